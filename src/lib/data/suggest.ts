/** "Did you mean …?": the nearest known key, value or id for a misspelt one. */

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const above = rows[i - 1] ?? [];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
			}
			row.push(best);
		}
		rows.push(row);
	}
	return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/** ` (did you mean "x"?)` for the closest candidate within `maxDistance` edits, else ''. */
export function didYouMean(
	word: string,
	candidates: Iterable<string>,
	maxDistance: number
): string {
	const best = closest(word, candidates, maxDistance);
	return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** The candidate closest to `word`, if any is within `maxDistance` edits (and is not `word`). */
export function closest(
	word: string,
	candidates: Iterable<string>,
	maxDistance: number
): string | undefined {
	let best: string | undefined;
	let bestDistance = maxDistance + 1;
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
		const distance = editDistance(word, candidate);
		if (distance > 0 && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/**
 * ` (did you mean "x"?)` for an unknown id: the closest known id (long ids allow more typos than
 * keys), else the one known id that starts with it ("no-priors" for "no-priors-2023-11").
 */
export function didYouMeanId(id: string, ids: Iterable<string>): string {
	const known = [...ids];
	const near = didYouMean(id, known, Math.max(2, Math.floor(id.length / 5)));
	if (near !== '') return near;
	const longer = known.filter((k) => k.startsWith(`${id}-`));
	return longer.length === 1 ? ` (did you mean "${longer[0]}"?)` : '';
}
