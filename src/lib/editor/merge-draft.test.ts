import { describe, expect, it } from 'vitest';
import { mergeDraft } from './merge-draft.ts';

const bundled = [
	{ path: 'data/axes.json', text: 'axes' },
	{ path: 'data/leaders/b.json', text: 'b' },
	{ path: 'data/sources.json', text: 'sources' }
];

describe('mergeDraft', () => {
	it('replaces the file at the draft path', () => {
		expect(mergeDraft(bundled, { path: 'data/leaders/b.json', text: 'draft' })).toEqual([
			{ path: 'data/axes.json', text: 'axes' },
			{ path: 'data/leaders/b.json', text: 'draft' },
			{ path: 'data/sources.json', text: 'sources' }
		]);
	});

	it('adds a new file in path order, leaving the bundled list as it was', () => {
		const merged = mergeDraft(bundled, { path: 'data/leaders/a.json', text: 'new' });
		expect(merged.map((f) => f.path)).toEqual([
			'data/axes.json',
			'data/leaders/a.json',
			'data/leaders/b.json',
			'data/sources.json'
		]);
		expect(bundled).toHaveLength(3);
	});
});
