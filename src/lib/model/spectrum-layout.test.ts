import { describe, expect, it } from 'vitest';
import { layoutSpectrum, maxSpectrumRows } from './spectrum-layout.ts';
import type { StanceView } from './dataset.ts';
import { testDataset } from '../server/test-dataset.ts';

const { stances } = testDataset();
const leaders = ['ada-lovelace', 'alan-turing'];

/** A copy of a fixture stance moved to another leader, level or date. */
function variant(base: StanceView, patch: Partial<StanceView>): StanceView {
	return { ...base, ...patch };
}

describe('layoutSpectrum', () => {
	it('places each leader at their level as of the month, leaving out leaders with no stance', () => {
		const marks = layoutSpectrum(stances, 'access', leaders, '2019-05');
		expect(marks.map((m) => [m.leaderId, m.position, m.row])).toEqual([['alan-turing', 3, 0]]);
	});

	it('dodges leaders who share a level into rows, in display order', () => {
		const base = stances.find((s) => s.id === 'turing-access-2019');
		if (!base) throw new Error('fixture changed');
		const shared = [
			...stances,
			variant(base, { id: 'x', leaderId: 'grace-hopper', asOf: '2019-05', position: 3 })
		].sort((a, b) => a.asOf.localeCompare(b.asOf));
		const marks = layoutSpectrum(shared, 'access', ['grace-hopper', ...leaders], '2019-06');
		expect(marks.map((m) => [m.leaderId, m.row])).toEqual([
			['grace-hopper', 0],
			['alan-turing', 1]
		]);
	});

	it('records the earlier level for a trail only when it changed', () => {
		const marks = layoutSpectrum(stances, 'weights', leaders, '2024-01', '2016-01');
		expect(marks).toHaveLength(1);
		expect(marks[0]?.position).toBe(1);
		expect(marks[0]?.fromPosition).toBe(4);
		const still = layoutSpectrum(stances, 'weights', leaders, '2020-01', '2016-01');
		expect(still[0]?.fromPosition).toBeUndefined();
	});

	it('puts a leader with a trail in a row clear of every mark along the trail', () => {
		const base = stances.find((s) => s.id === 'lovelace-weights-2015');
		if (!base) throw new Error('fixture changed');
		// Grace Hopper holds level 2 throughout; Ada Lovelace moves from 4 to 1, across level 2.
		const withHopper = [
			...stances,
			variant(base, { id: 'y', leaderId: 'grace-hopper', asOf: '2015-12', position: 2 })
		].sort((a, b) => a.asOf.localeCompare(b.asOf));
		const ids = ['ada-lovelace', 'grace-hopper'];
		const marks = layoutSpectrum(withHopper, 'weights', ids, '2024-01', '2016-01');
		expect(marks.map((m) => [m.leaderId, m.position, m.fromPosition, m.row])).toEqual([
			['ada-lovelace', 1, 4, 1],
			['grace-hopper', 2, undefined, 0]
		]);
		// Without trails, rows are by level only; with no room for a clear row, the same.
		const plain = layoutSpectrum(withHopper, 'weights', ids, '2024-01');
		expect(plain.map((m) => m.row)).toEqual([0, 0]);
		const cramped = layoutSpectrum(withHopper, 'weights', ids, '2024-01', '2016-01', 1);
		expect(cramped.map((m) => m.row)).toEqual([0, 0]);
	});

	it('shows only the leaders asked for', () => {
		expect(layoutSpectrum(stances, 'access', ['ada-lovelace'], '2025-06')).toHaveLength(1);
	});
});

describe('maxSpectrumRows', () => {
	it('is the most leaders ever sharing a level, at least one', () => {
		expect(maxSpectrumRows(stances, ['weights', 'access'], leaders, ['2015-12', '2025-06'])).toBe(
			1
		);
		expect(maxSpectrumRows([], ['weights'], leaders, ['2015-12'])).toBe(1);
	});
});
