import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { droppedPoints, stancesWithEvidence } from './evidence-filter.ts';

// The fixture: Lovelace weights 2015-12 (reported, 4), 2023-11 (explicit, 1), access 2024-05
// (inferred, 2); Turing access 2019-05 (explicit, 3), methodology 2025-03 (reported, 2).
const { stances } = testDataset();
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
const everyone = ['ada-lovelace', 'alan-turing'];

describe('stancesWithEvidence', () => {
	it('keeps every stance (the same list) for all evidence', () => {
		expect(stancesWithEvidence(stances, 'all')).toBe(stances);
	});
	it('drops inferred stances for explicit and reported, and reported too for explicit only', () => {
		expect(ids(stancesWithEvidence(stances, 'stated'))).not.toContain('lovelace-access-2024');
		expect(ids(stancesWithEvidence(stances, 'stated'))).toHaveLength(4);
		expect(ids(stancesWithEvidence(stances, 'explicit'))).toEqual([
			'turing-access-2019',
			'lovelace-weights-2023'
		]);
	});
});

describe('droppedPoints', () => {
	it('lists what leaves the chart at a month, and what is drawn instead', () => {
		const kept = stancesWithEvidence(stances, 'explicit');
		const dropped = droppedPoints(stances, kept, '2025-06', everyone);
		expect(dropped.map((d) => [d.dropped.id, d.instead?.id])).toEqual([
			['lovelace-access-2024', undefined],
			['turing-methodology-2025', undefined]
		]);
		// Before the explicit stance of 2023 the reported one of 2015 held: it drops, none instead.
		expect(
			droppedPoints(stances, kept, '2020-01', everyone).map((d) => [d.dropped.id, d.instead?.id])
		).toEqual([['lovelace-weights-2015', undefined]]);
	});
	it('names the stance drawn instead when an earlier one is kept', () => {
		const explicit = stances.find((s) => s.id === 'lovelace-weights-2023');
		if (!explicit) throw new Error('fixture changed');
		const inferred = { ...explicit, id: 'lovelace-weights-2024', asOf: '2024-08' };
		inferred.evidence = 'inferred';
		const all = [...stances, inferred].sort((a, b) => a.asOf.localeCompare(b.asOf));
		const kept = stancesWithEvidence(all, 'stated');
		const dropped = droppedPoints(all, kept, '2025-06', ['ada-lovelace']);
		expect(dropped.map((d) => [d.dropped.id, d.instead?.id])).toEqual([
			['lovelace-access-2024', undefined],
			['lovelace-weights-2024', 'lovelace-weights-2023']
		]);
	});
	it('lists nothing for leaders not shown, or when every stance is kept', () => {
		const kept = stancesWithEvidence(stances, 'stated');
		expect(droppedPoints(stances, kept, '2025-06', ['alan-turing'])).toEqual([]);
		expect(droppedPoints(stances, stances, '2025-06', everyone)).toEqual([]);
	});
});
