import { describe, expect, it } from 'vitest';
import { changeMonths, seriesKey, stancesAsOf } from './as-of.ts';
import { testDataset } from '../server/test-dataset.ts';

const { stances } = testDataset();

describe('stancesAsOf', () => {
	it('has nothing before the first stance', () => {
		expect(stancesAsOf(stances, '2015-11').size).toBe(0);
	});

	it('holds a stance from the month it starts until the next one on that axis', () => {
		const at = (month: string) =>
			stancesAsOf(stances, month).get(seriesKey('ada-lovelace', 'weights'))?.id;
		expect(at('2015-12')).toBe('lovelace-weights-2015');
		expect(at('2023-10')).toBe('lovelace-weights-2015');
		expect(at('2023-11')).toBe('lovelace-weights-2023');
		expect(at('2025-06')).toBe('lovelace-weights-2023');
	});

	it('keeps one stance per leader and axis', () => {
		const latest = stancesAsOf(stances, '2025-06');
		expect([...latest.keys()].sort()).toEqual([
			'ada-lovelace|access',
			'ada-lovelace|weights',
			'alan-turing|access',
			'alan-turing|methodology'
		]);
	});
});

describe('changeMonths', () => {
	it('lists each month a stance starts, once, in order', () => {
		expect(changeMonths(stances)).toEqual(['2015-12', '2019-05', '2023-11', '2024-05', '2025-03']);
	});
});
