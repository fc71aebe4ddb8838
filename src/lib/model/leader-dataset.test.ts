import { describe, expect, it } from 'vitest';
import { chartModel } from '../chart/chart-model.ts';
import { leaderDataset } from './leader-dataset.ts';
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
