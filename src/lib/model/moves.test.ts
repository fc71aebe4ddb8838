import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { datasetWithoutWords } from './dataset-parts.ts';
import { moveBetween, moveLine, transitionsOf, movesBetween, type Transition } from './moves.ts';

const dataset = testDataset();

describe('moveBetween', () => {
	it('says which way and how far a level changed', () => {
		expect(moveBetween(2, 0)).toEqual({ direction: 'closed', steps: 2 });
		expect(moveBetween(1, 2)).toEqual({ direction: 'open', steps: 1 });
		expect(moveBetween(3, 3)).toBeUndefined();
	});
});

describe('the moves of a joined dataset', () => {
	it('sets a move on each stance whose level differs from the one before on its axis', () => {
		const moved = transitionsOf(dataset.stances);
		expect(moved.map((t) => t.id)).toEqual(['lovelace-weights-2023']);
		const [t] = moved as [Transition];
		expect(t.move).toMatchObject({
			direction: 'closed',
			steps: 3,
			cause: 'statement',
			from: { id: 'lovelace-weights-2015', asOf: '2015-12', position: 4, levelLabel: 'Open' }
		});
		// The before side quotes the stance before, with its source, as the panel shows it.
		const before = dataset.stances.find((s) => s.id === 'lovelace-weights-2015');
		expect(t.move.from.citation).toBe(before?.citations[0]);
	});
	it('leaves a first stance on an axis, and every other leader, without a move', () => {
		for (const s of dataset.stances.filter((s) => s.id !== 'lovelace-weights-2023'))
			expect(s.move).toBeUndefined();
	});
	it('drops the move with the words (it quotes the stance before)', () => {
		expect(transitionsOf(datasetWithoutWords(dataset).stances)).toEqual([]);
	});
});

describe('moves in words', () => {
	it('uses neutral words only', () => {
		const move = dataset.stances.find((s) => s.move)?.move;
		if (!move) throw new Error('the fixture has a move');
		expect(moveLine(move)).toBe('Moved toward closed by 3 levels');
		expect(moveLine({ direction: 'open', steps: 1 })).toBe('Moved toward open by 1 level');
		expect(moveLine(move)).not.toMatch(/flip|revers|u-turn/i);
	});
});

describe('movesBetween', () => {
	it('keeps the moves after the first month and up to the second, of the leaders and axis shown', () => {
		const ids = (list: { id: string }[]) => list.map((t) => t.id);
		const everyone = ['ada-lovelace', 'alan-turing'];
		expect(ids(movesBetween(dataset.stances, '2016-01', '2023-11', everyone, null))).toEqual([
			'lovelace-weights-2023'
		]);
		expect(movesBetween(dataset.stances, '2023-11', '2025-01', everyone, null)).toEqual([]);
		expect(movesBetween(dataset.stances, '2016-01', '2025-01', ['alan-turing'], null)).toEqual([]);
		expect(movesBetween(dataset.stances, '2016-01', '2025-01', everyone, 'access')).toEqual([]);
	});
});
