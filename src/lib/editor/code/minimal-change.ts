/**
 * The smallest single replacement that turns one text into another: what the two share at the
 * start and at the end is kept. A change made outside the editor ("add a stance", "lay out") is
 * applied this way, so the cursor stays put where nothing changed and undo restores exactly it.
 */

/** Replace `from`–`to` of the old text with `insert`; null when the texts are equal. */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

export function minimalChange(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const shorter = Math.min(before.length, after.length);
	let start = 0;
	while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = 0;
	while (
		end < shorter - start &&
		before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
	)
		end++;
	// Never split a surrogate pair: a change that starts or ends inside one would not be text.
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
	return {
		from: start,
		to: before.length - end,
		insert: after.slice(start, after.length - end)
	};
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
