import { describe, expect, it } from 'vitest';
import { changedLinePairs, diffCounts, diffHunks, diffLines, type DiffLine } from './line-diff.ts';

/** A diff as `git diff` prints its body: ' ', '-' or '+' before each line. */
function show(lines: DiffLine[]): string[] {
	return lines.map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${l.text}`);
}

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('diffLines', () => {
	it('finds nothing changed in equal texts', () => {
		expect(diffLines('a\nb\n', 'a\nb\n').every((l) => l.kind === 'same')).toBe(true);
	});

	it('shows one changed line as removed then added, with both line numbers', () => {
		const lines = diffLines('a\nb\nc\n', 'a\nB\nc\n');
		expect(show(lines)).toEqual([' a', '-b', '+B', ' c']);
		expect(lines[1]).toEqual({ kind: 'removed', text: 'b', oldLine: 2 });
		expect(lines[2]).toEqual({ kind: 'added', text: 'B', newLine: 2 });
		expect(lines[3]).toEqual({ kind: 'same', text: 'c', oldLine: 3, newLine: 3 });
	});

	it('keeps the longest common run when lines move around an insertion', () => {
		expect(show(diffLines('a\nb\nc\nd\n', 'a\nx\nb\nd\ny\n'))).toEqual([
			' a',
			'+x',
			' b',
			'-c',
			' d',
			'+y'
		]);
	});

	it('diffs against nothing (a new file) as all added', () => {
		expect(show(diffLines('', 'a\nb\n'))).toEqual(['+a', '+b']);
	});

	it('tells "no newline at the end" apart only by content, not by an empty extra line', () => {
		expect(show(diffLines('a\nb', 'a\nb\n'))).toEqual([' a', ' b']);
	});

	it('shows a rewrite too large for the table as the old middle removed, then the new added', () => {
		const before = numbered(3000).join('\n');
		const after = numbered(3000)
			.map((l) => `${l}!`)
			.join('\n');
		const lines = diffLines(before, after);
		expect(diffCounts(lines)).toEqual({ added: 3000, removed: 3000 });
		expect(lines[0]?.kind).toBe('removed');
		expect(lines[3000]?.kind).toBe('added');
	});
});

describe('diffHunks', () => {
	it('is empty when nothing changed', () => {
		expect(diffHunks(diffLines('a\n', 'a\n'))).toEqual([]);
	});

	it('keeps three lines of context and splits far-apart changes into hunks', () => {
		const before = numbered(20);
		const after = [...before];
		after[1] = 'changed 2';
		after[17] = 'changed 18';
		const hunks = diffHunks(diffLines(before.join('\n'), after.join('\n')));
		expect(hunks.map((h) => show(h.lines))).toEqual([
			[' line 1', '-line 2', '+changed 2', ' line 3', ' line 4', ' line 5'],
			[' line 15', ' line 16', ' line 17', '-line 18', '+changed 18', ' line 19', ' line 20']
		]);
	});

	it('joins changes whose context would overlap into one hunk, repeating no line', () => {
		const before = numbered(12);
		const after = [...before];
		after[2] = 'x';
		after[8] = 'y';
		const hunks = diffHunks(diffLines(before.join('\n'), after.join('\n')));
		expect(hunks).toHaveLength(1);
		expect(show(hunks[0]?.lines ?? [])).toEqual([
			' line 1',
			' line 2',
			'-line 3',
			'+x',
			' line 4',
			' line 5',
			' line 6',
			' line 7',
			' line 8',
			'-line 9',
			'+y',
			' line 10',
			' line 11',
			' line 12'
		]);
	});
});

describe('diffCounts', () => {
	it('counts added and removed lines', () => {
		expect(diffCounts(diffLines('a\nb\n', 'a\nc\nd\n'))).toEqual({ added: 2, removed: 1 });
	});
});

describe('changedLinePairs', () => {
	it('pairs each removed line with the added line in its place', () => {
		const lines = diffLines('a\nb\nc\nd\n', 'a\nB\nC\nX\nd\n');
		expect(show(lines)).toEqual([' a', '-b', '-c', '+B', '+C', '+X', ' d']);
		expect(changedLinePairs(lines)).toEqual([undefined, 3, 4, 1, 2, undefined, undefined]);
	});

	it('pairs nothing when lines are only added or only removed', () => {
		expect(changedLinePairs(diffLines('a\nb\n', 'a\nx\nb\n')).every((p) => p === undefined)).toBe(
			true
		);
		expect(changedLinePairs(diffLines('a\nb\n', 'b\n')).every((p) => p === undefined)).toBe(true);
	});
});
