/**
 * A line diff of two texts, grouped into hunks with context, as `git diff` shows them: what an
 * editor's download changes in the repo's copy of the file.
 *
 * The longest common subsequence of lines, after the common start and end are set aside (a typical
 * edit touches a few lines of a few hundred, so the table stays small). When what is left is too
 * large for a table (a whole file rewritten), the middle is shown as removed, then added.
 */

export interface DiffLine {
	kind: 'same' | 'added' | 'removed';
	text: string;
	/** 1-based line in the old text (same and removed lines). */
	oldLine?: number;
	/** 1-based line in the new text (same and added lines). */
	newLine?: number;
}

export interface DiffHunk {
	lines: DiffLine[];
}

/** Cells of the LCS table beyond which the middle is shown as replaced (about 16 MB of memory). */
const MAX_TABLE_CELLS = 4_000_000;

function splitLines(text: string): string[] {
	if (text === '') return [];
	const lines = text.split('\n');
	// A trailing newline ends the last line; it does not start an empty one.
	if (lines.at(-1) === '') lines.pop();
	return lines;
}

/** The middle as LCS edit steps: a table of suffix LCS lengths, then one walk from the top. */
function lcsSteps(a: string[], b: string[]): DiffLine['kind'][] {
	const n = a.length;
	const m = b.length;
	if (n * m > MAX_TABLE_CELLS) {
		return [...Array<'removed'>(n).fill('removed'), ...Array<'added'>(m).fill('added')];
	}
	const width = m + 1;
	const table = new Uint32Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i * width + j] =
				a[i] === b[j]
					? (table[(i + 1) * width + j + 1] ?? 0) + 1
					: Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
		}
	}
	const steps: DiffLine['kind'][] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			steps.push('same');
			i++;
			j++;
		} else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
			steps.push('removed');
			i++;
		} else {
			steps.push('added');
			j++;
		}
	}
	while (i++ < n) steps.push('removed');
	while (j++ < m) steps.push('added');
	return steps;
}

/** Every line of both texts, in order: unchanged, removed from `before`, added in `after`. */
export function diffLines(before: string, after: string): DiffLine[] {
	const a = splitLines(before);
	const b = splitLines(after);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (
		end < a.length - start &&
		end < b.length - start &&
		a[a.length - 1 - end] === b[b.length - 1 - end]
	)
		end++;

	const steps: DiffLine['kind'][] = [
		...Array<'same'>(start).fill('same'),
		...lcsSteps(a.slice(start, a.length - end), b.slice(start, b.length - end)),
		...Array<'same'>(end).fill('same')
	];
	const out: DiffLine[] = [];
	let i = 0;
	let j = 0;
	for (const kind of steps) {
		if (kind === 'same') {
			out.push({ kind, text: a[i] ?? '', oldLine: i + 1, newLine: j + 1 });
			i++;
			j++;
		} else if (kind === 'removed') {
			out.push({ kind, text: a[i] ?? '', oldLine: i + 1 });
			i++;
		} else {
			out.push({ kind, text: b[j] ?? '', newLine: j + 1 });
			j++;
		}
	}
	return out;
}

/** The changed lines with `context` unchanged lines around each change; empty when none changed. */
export function diffHunks(lines: DiffLine[], context = 3): DiffHunk[] {
	const hunks: DiffHunk[] = [];
	let current: DiffLine[] | undefined;
	let lastChange = -1;
	const close = () => {
		if (!current) return;
		current.push(...lines.slice(lastChange + 1, lastChange + 1 + context));
		hunks.push({ lines: current });
	};
	lines.forEach((line, index) => {
		if (line.kind === 'same') return;
		if (current && index - lastChange <= 2 * context + 1) {
			// Close enough to the last change that their contexts meet: one hunk.
			current.push(...lines.slice(lastChange + 1, index + 1));
		} else {
			close();
			current = lines.slice(Math.max(0, index - context), index + 1);
		}
		lastChange = index;
	});
	close();
	return hunks;
}

/** How many lines were added and removed. */
export function diffCounts(lines: DiffLine[]): { added: number; removed: number } {
	let added = 0;
	let removed = 0;
	for (const line of lines) {
		if (line.kind === 'added') added++;
		else if (line.kind === 'removed') removed++;
	}
	return { added, removed };
}

/**
 * Which removed line was rewritten as which added line: in each run of removed lines followed
 * by a run of added lines, the first of each are a pair, then the second, and so on (as `git diff
 * --word-diff` reads them). Returns, for each line, the index of its partner in `lines`.
 */
export function changedLinePairs(lines: readonly DiffLine[]): (number | undefined)[] {
	const partner: (number | undefined)[] = Array<number | undefined>(lines.length).fill(undefined);
	let i = 0;
	while (i < lines.length) {
		if (lines[i]?.kind !== 'removed') {
			i++;
			continue;
		}
		const removedStart = i;
		while (lines[i]?.kind === 'removed') i++;
		const addedStart = i;
		while (lines[i]?.kind === 'added') i++;
		const pairs = Math.min(addedStart - removedStart, i - addedStart);
		for (let k = 0; k < pairs; k++) {
			partner[removedStart + k] = addedStart + k;
			partner[addedStart + k] = removedStart + k;
		}
	}
	return partner;
}
