import { describe, expect, it } from 'vitest';
import { closest, didYouMean, didYouMeanId, editDistance } from './suggest.ts';

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('', '')).toBe(0);
		expect(editDistance('axis', 'axis')).toBe(0);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('axis', 'axes')).toBe(1);
		expect(editDistance('axis', 'axiss')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
	it('counts a swap of neighbours as one edit', () => {
		expect(editDistance('stacne', 'stance')).toBe(1);
		expect(editDistance('ab', 'ba')).toBe(1);
		expect(editDistance('citaitons', 'citations')).toBe(1);
	});
});

describe('closest and didYouMean', () => {
	const keys = ['citations', 'corrections', 'position', 'asOf'];
	it('suggests the nearest candidate within the distance', () => {
		expect(closest('citaitons', keys, 2)).toBe('citations');
		expect(didYouMean('postion', keys, 2)).toBe(' (did you mean "position"?)');
	});
	it('suggests nothing beyond the distance, nor the word itself', () => {
		expect(closest('weights', keys, 2)).toBeUndefined();
		expect(didYouMean('asof-date', keys, 2)).toBe('');
		expect(closest('asOf', keys, 2)).toBeUndefined();
		expect(closest('aXYf', keys, 1)).toBeUndefined();
		expect(closest('aXYf', keys, 2)).toBe('asOf');
	});
	it('keeps the first of equally near candidates', () => {
		expect(closest('cat', ['bat', 'hat'], 1)).toBe('bat');
	});
});

describe('didYouMeanId', () => {
	const ids = ['no-priors-2023-11', 'dwarkesh-2024-04', 'lex-fridman-2023-03'];
	it('allows more typos in longer ids', () => {
		// 17 characters allow 3 edits (a fifth of the length); short ids allow 2.
		expect(didYouMeanId('no-pryors-2032-12', ids)).toBe(' (did you mean "no-priors-2023-11"?)');
		expect(didYouMeanId('dwarkesh-2024-0', ids)).toBe(' (did you mean "dwarkesh-2024-04"?)');
		expect(didYouMeanId('abcdefg', ['axcyefz'])).toBe('');
		expect(didYouMeanId('abcdefg', ['axcdefz'])).toBe(' (did you mean "axcdefz"?)');
	});
	it('falls back to the one known id that starts with it', () => {
		expect(didYouMeanId('no-priors', ids)).toBe(' (did you mean "no-priors-2023-11"?)');
	});
	it('suggests nothing when the prefix is not unique or not followed by a dash', () => {
		expect(didYouMeanId('podcast', ['podcast-2023-01', 'podcast-2024-01'])).toBe('');
		expect(didYouMeanId('no-pri', ids)).toBe('');
		expect(didYouMeanId('unrelated-id', ids)).toBe('');
	});
});
