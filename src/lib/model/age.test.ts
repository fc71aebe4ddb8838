import { describe, expect, it } from 'vitest';
import {
	ageInMonths,
	isStale,
	lastOnRecord,
	limitInWords,
	staleAfterMonths,
	staleCount
} from './age.ts';

describe('ageInMonths', () => {
	it('counts whole months from the month a stance held from', () => {
		expect(ageInMonths('2020-06', '2020-06')).toBe(0);
		expect(ageInMonths('2020-06', '2023-06')).toBe(36);
		expect(ageInMonths('2020-06-15', '2020-09')).toBe(3);
	});
	it('counts a year from its last month, so a point is never old sooner than its date allows', () => {
		expect(ageInMonths('2015', '2016-01')).toBe(1);
		expect(ageInMonths('2015', '2015-03')).toBe(0);
	});
	it('is 0 before the stance holds', () => {
		expect(ageInMonths('2024-05', '2024-01')).toBe(0);
	});
});

describe('isStale and staleCount', () => {
	it('calls a point stale only past the limit', () => {
		expect(isStale({ asOf: '2020-06' }, '2023-06', 36)).toBe(false);
		expect(isStale({ asOf: '2020-06' }, '2023-07', 36)).toBe(true);
	});
	it('counts the stale points of a spectrum', () => {
		const points = [{ asOf: '2015-12' }, { asOf: '2023-07' }, { asOf: '2019' }];
		expect(staleCount(points, '2024-01', 36)).toBe(2);
		expect(staleCount(points, '2024-01', 120)).toBe(0);
	});
});

describe('the limit', () => {
	it('is the dataset setting, 36 months unless set', () => {
		expect(staleAfterMonths({})).toBe(36);
		expect(staleAfterMonths({ staleAfterMonths: 24 })).toBe(24);
	});
	it('reads in years when it is whole years', () => {
		expect(limitInWords(36)).toBe('older than 3 years');
		expect(limitInWords(12)).toBe('older than 1 year');
		expect(limitInWords(18)).toBe('older than 18 months');
	});
	it('names the date a stale point was last on record', () => {
		expect(lastOnRecord({ asOf: '2020-06' })).toBe('last on record Jun 2020');
	});
});
