/**
 * Ids the form suggests, following EDITING.md's conventions (the editor may change them): a stance
 * is `<surname>-<axis>-<year>`, with `-<month>` when the leader has another stance on that axis in
 * that year; a source is `<outlet>-<year>-<month>`. A suggestion is never an id already taken.
 */

/** Lowercase kebab-case words of `text`: accents dropped, anything else between words a hyphen. */
export function kebabWords(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The surname part of a leader's stance ids: their short name, else the last word of their name. */
export function surnameOf(leader: { shortName?: string; name?: string; id: string }): string {
	const from = leader.shortName ?? leader.name?.split(/\s+/).at(-1) ?? '';
	return kebabWords(from) || leader.id.split('-').at(-1) || leader.id;
}

/** `base`, or `base-2`, `base-3`… : the first that is not taken. */
function untaken(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A stance id for `surname`'s stance on `axis` held at `asOf`. `sameLeader`: the leader's other
 * stances (not the one being edited); `taken`: every stance id in the data.
 */
export function suggestStanceId(
	surname: string,
	axis: string,
	asOf: string,
	sameLeader: readonly { axis: string; asOf: string }[],
	taken: ReadonlySet<string>
): string {
	const year = /^\d{4}/.exec(asOf)?.[0];
	if (!surname || !axis || !year) return '';
	const base = `${surname}-${axis}-${year}`;
	const month = /^\d{4}-(\d{2})/.exec(asOf)?.[1];
	const sameYear = sameLeader.some((s) => s.axis === axis && s.asOf.startsWith(year));
	if (month && (sameYear || taken.has(base))) return untaken(`${base}-${month}`, taken);
	return untaken(base, taken);
}

/** The outlet's name as an id's first words: its first three words, without "the" or a note in brackets. */
function outletWords(outlet: string): string {
	const words = kebabWords(outlet.replace(/\([^)]*\)/g, ' '))
		.split('-')
		.filter((w) => w !== '');
	if (words[0] === 'the' && words.length > 1) words.shift();
	return words.slice(0, 3).join('-');
}

/** A source id from its outlet and date: `wired-2025-02`; '' until both are given. */
export function suggestSourceId(outlet: string, date: string, taken: ReadonlySet<string>): string {
	const words = outletWords(outlet);
	const yearMonth = /^\d{4}(-\d{2})?/.exec(date.trim())?.[0];
	if (!words || !yearMonth) return '';
	return untaken(`${words}-${yearMonth}`, taken);
}
