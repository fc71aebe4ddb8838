import { describe, expect, it } from 'vitest';
import { laneStep, markNudges, stepPath, stepSeries } from './step-series.ts';
import { testDataset } from '../server/test-dataset.ts';

const { stances } = testDataset();
const leaders = ['ada-lovelace', 'alan-turing'];

describe('stepSeries', () => {
	it('gives each leader with stances on the axis a series in date order', () => {
		const series = stepSeries(stances, 'weights', leaders, 2025.5);
		expect(series).toHaveLength(1);
		const [ada] = series;
		expect(ada?.points.map((p) => [p.stance.id, p.x, p.position])).toEqual([
			['lovelace-weights-2015', 2015 + 11 / 12, 4],
			['lovelace-weights-2023', 2023 + 10 / 12, 1]
		]);
		expect(ada?.end).toBe(2025.5);
	});

	it('gives lanes centred on zero by display order', () => {
		const series = stepSeries(stances, 'access', leaders, 2025.5);
		expect(series.map((s) => [s.leaderId, s.lane])).toEqual([
			['ada-lovelace', -0.5],
			['alan-turing', 0.5]
		]);
	});
});

describe('stepPath', () => {
	it('draws runs and risers, holding the last level to the end', () => {
		const [ada] = stepSeries(stances, 'weights', leaders, 2026);
		if (!ada) throw new Error('fixture changed');
		const path = stepPath(
			{ ...ada, points: ada.points.map((p, i) => ({ ...p, x: 2016 + i * 4 })) },
			(year) => (year - 2016) * 10,
			(level) => 4 - level
		);
		expect(path).toBe('M0,0H40V3H100');
	});

	it('is empty for a series with no points', () => {
		expect(
			stepPath(
				{ points: [], end: 2020 },
				(x) => x,
				(y) => y
			)
		).toBe('');
	});
});

describe('laneStep', () => {
	it('keeps every lane within 0.3 of a level from its centre', () => {
		expect(laneStep(1)).toBe(0);
		expect(laneStep(2)).toBe(0.12);
		for (const n of [2, 7, 70]) expect(laneStep(n) * (n - 1)).toBeLessThanOrEqual(0.6 + 1e-9);
	});
});

describe('markNudges', () => {
	const series = stepSeries(stances, 'weights', ['ada-lovelace', 'alan-turing'], 2026);
	const ada = series[0];
	if (!ada) throw new Error('fixture changed');
	const twin = (id: string, x: number, position: number) => ({
		...ada,
		leaderId: id,
		points: [{ stance: { ...ada.points[0]!.stance, id }, x, position }]
	});

	it('leaves lone marks where they are', () => {
		expect([...markNudges(series).values()]).toEqual([0, 0]);
	});

	it('spreads marks at the same level and nearly the same date, centred on zero', () => {
		const crowded = [...series, twin('b', 2015 + 11 / 12, 4), twin('c', 2016, 4)];
		const nudges = markNudges(crowded);
		expect(nudges.get('lovelace-weights-2015')).toBe(-1);
		expect(nudges.get('b')).toBe(0);
		expect(nudges.get('c')).toBe(1);
		expect(nudges.get('lovelace-weights-2023')).toBe(0);
	});

	it('does not group marks at other levels or far apart in time', () => {
		const apart = [...series, twin('b', 2015 + 11 / 12, 3), twin('c', 2018, 4)];
		const nudges = markNudges(apart);
		expect(nudges.get('b')).toBe(0);
		expect(nudges.get('c')).toBe(0);
	});
});
