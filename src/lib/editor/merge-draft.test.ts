import { describe, expect, it } from 'vitest';
import { mergeDrafts } from './merge-draft.ts';

const bundled = [
	{ path: 'data/axes.json', text: 'axes' },
	{ path: 'data/leaders/b.json', text: 'b' },
	{ path: 'data/sources.json', text: 'sources' }
];

describe('mergeDrafts', () => {
	it('replaces the file at each draft path', () => {
		expect(
			mergeDrafts(bundled, [
				{ path: 'data/sources.json', text: 'new sources' },
				{ path: 'data/leaders/b.json', text: 'draft' }
			])
		).toEqual([
			{ path: 'data/axes.json', text: 'axes' },
			{ path: 'data/leaders/b.json', text: 'draft' },
			{ path: 'data/sources.json', text: 'new sources' }
		]);
	});

	it('adds a new file in path order, leaving the bundled list as it was', () => {
		const merged = mergeDrafts(bundled, [{ path: 'data/leaders/a.json', text: 'new' }]);
		expect(merged.map((f) => f.path)).toEqual([
			'data/axes.json',
			'data/leaders/a.json',
			'data/leaders/b.json',
			'data/sources.json'
		]);
		expect(bundled).toHaveLength(3);
	});
});
