import { describe, expect, it } from 'vitest';
import { chartModel } from '../chart/chart-model.ts';
import { stancesAsOf } from './as-of.ts';
import { stanceLabel } from './stance-label.ts';
import { datasetAsOf, datasetWithoutWords, leaderDataset } from './dataset-parts.ts';
import { testDataset } from '../server/test-dataset.ts';

describe('leaderDataset', () => {
	const dataset = testDataset();
	const [first, second] = dataset.leaders;
	if (!first || !second) throw new Error('the fixture has two leaders');
	const own = leaderDataset(dataset, second.id);

	it("keeps only the leader's stances, and every other leader without stances", () => {
		expect(own.stances.map((s) => s.id).sort()).toEqual(second.stances.map((s) => s.id).sort());
		expect(own.stances.every((s) => s.leaderId === second.id)).toBe(true);
		expect(own.leaders.map((l) => l.id)).toEqual(dataset.leaders.map((l) => l.id));
		expect(own.leaders.find((l) => l.id === first.id)?.stances).toEqual([]);
		expect(own.events).toBe(dataset.events);
	});

	it('keeps every source its stances and the events cite, and no other', () => {
		const cited = new Set(
			[...own.stances, ...own.events].flatMap((item) =>
				item.citations.flatMap((c) => [c.source.id, ...(c.via ? [c.via.id] : [])])
			)
		);
		expect(own.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
	});

	it('gives the leader the same style as the whole dataset does', () => {
		expect(chartModel(own).styles.get(second.id)).toEqual(
			chartModel(dataset).styles.get(second.id)
		);
	});
});

describe('datasetAsOf', () => {
	const dataset = testDataset();
	const month = dataset.stances[Math.floor(dataset.stances.length / 2)]?.asOf.slice(0, 7) ?? '';
	const then = datasetAsOf(dataset, month);

	it('keeps the stances held at the month, and no other', () => {
		const held = [...stancesAsOf(dataset.stances, month).values()].map((s) => s.id).sort();
		expect(held.length).toBeGreaterThan(0);
		expect(then.stances.map((s) => s.id).sort()).toEqual(held);
		expect(then.stances.length).toBeLessThan(dataset.stances.length);
	});

	it('gives each leader only their own held stances, in the same order as the whole', () => {
		for (const leader of then.leaders) {
			const whole = dataset.leaders.find((l) => l.id === leader.id);
			expect(leader.stances).toEqual(whole?.stances.filter((s) => then.stances.includes(s)));
		}
		expect(then.leaders.map((l) => l.id)).toEqual(dataset.leaders.map((l) => l.id));
	});

	it('draws the spectra of that month exactly as the whole dataset does', () => {
		expect(stancesAsOf(then.stances, month)).toEqual(stancesAsOf(dataset.stances, month));
	});
});

describe('datasetWithoutWords', () => {
	const dataset = testDataset();
	const bare = datasetWithoutWords(dataset);

	it('keeps every stance where the charts place it', () => {
		const place = (d: typeof dataset) =>
			d.stances.map((s) => [s.id, s.leaderId, s.axis, s.asOf, s.position, s.evidence].join());
		expect(place(bare)).toEqual(place(dataset));
		expect(bare.stances.map((s) => stanceLabel(s))).toEqual(
			dataset.stances.map((s) => stanceLabel(s))
		);
		expect(bare.leaders.map((l) => l.stances.length)).toEqual(
			dataset.leaders.map((l) => l.stances.length)
		);
	});

	it('leaves out every word, and says so', () => {
		expect(bare.words).toBe(false);
		expect(dataset.words).toBeUndefined();
		expect(bare.stances.every((s) => s.citations.length === 0 && s.rationale === '')).toBe(true);
		expect(bare.leaders.flatMap((l) => l.stances).every((s) => s.summary === '')).toBe(true);
		expect(dataset.stances.some((s) => s.citations.length > 0)).toBe(true);
		expect(JSON.stringify(bare).length).toBeLessThan(JSON.stringify(dataset).length);
	});
});
