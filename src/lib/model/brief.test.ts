import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { biggestMoves, sourcesOf } from './brief.ts';
import type { StanceView } from './dataset.ts';
import type { Transition } from './moves.ts';

const dataset = testDataset();
const [real] = dataset.stances.filter((s) => s.move) as Transition[];
if (!real) throw new Error('the fixture has a move');

/** A copy of the fixture's move, `steps` levels far, dated `asOf`. */
const moved = (id: string, steps: number, asOf: string): Transition => ({
	...real,
	id,
	asOf,
	move: { ...real.move, steps }
});

describe('biggestMoves', () => {
	const ids = (list: StanceView[]) => list.map((s) => s.id);
	const one = moved('one', 1, '2020-01');
	const two = moved('two', 2, '2018-01');
	const three = moved('three', 3, '2024-05');
	const oneLater = moved('one-later', 1, '2025-01');
	const still: StanceView = { ...real, id: 'still', move: undefined };

	it('lists every move of two levels or more, oldest first, and no stance that did not move', () => {
		expect(ids(biggestMoves([one, three, still, two, oneLater], { least: 2 }))).toEqual([
			'two',
			'three'
		]);
	});
	it('tops up with the next largest, the latest first, when too few moved that far', () => {
		expect(ids(biggestMoves([one, three, oneLater], { least: 2 }))).toEqual(['three', 'one-later']);
	});
	it('keeps the largest, then the latest, when more moved far than it lists', () => {
		const far = [moved('a', 2, '2019-01'), moved('b', 2, '2021-01'), moved('c', 4, '2015-01')];
		expect(ids(biggestMoves(far, { least: 1, most: 2 }))).toEqual(['c', 'b']);
	});
	it("finds the fixture's one move", () => {
		expect(ids(biggestMoves(dataset.stances))).toEqual([real.id]);
	});
});

describe('sourcesOf', () => {
	it('gives each source once, with the source a move came from, oldest first', () => {
		const sources = sourcesOf([real, real]);
		const expected = [...real.citations.map((c) => c.source), real.move.from.citation.source];
		expect(new Set(sources)).toEqual(new Set(expected));
		expect(sources.length).toBe(new Set(expected.map((s) => s.id)).size);
		const dates = sources.map((s) => s.date);
		expect(dates).toEqual([...dates].sort());
	});
	it('gives nothing for no stances', () => {
		expect(sourcesOf([])).toEqual([]);
	});
});
