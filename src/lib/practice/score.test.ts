import { describe, expect, it } from 'vitest';
import { distance, scoreSet, verdict, type Answer } from './score.ts';

const a = (stanceId: string, picked: number, level: number): Answer => ({
	stanceId,
	picked,
	level
});

describe('scoring a pick', () => {
	it('counts the levels between the pick and the dataset, either way', () => {
		expect(distance({ picked: 3, level: 1 })).toBe(2);
		expect(distance({ picked: 0, level: 4 })).toBe(4);
		expect(distance({ picked: 2, level: 2 })).toBe(0);
	});

	it('says how far, and which way, in words', () => {
		expect(verdict({ picked: 2, level: 2 })).toBe('You matched the dataset.');
		expect(verdict({ picked: 3, level: 2 })).toBe(
			'You read it 1 level more open than the dataset.'
		);
		expect(verdict({ picked: 0, level: 3 })).toBe(
			'You read it 3 levels more closed than the dataset.'
		);
	});
});

describe('scoring a set', () => {
	it('counts matches, answers within one level, and lists the furthest first', () => {
		const result = scoreSet([a('w', 2, 2), a('x', 4, 1), a('y', 1, 2), a('z', 0, 3), a('v', 3, 3)]);
		expect(result).toEqual({
			answered: 5,
			matched: 2,
			withinOne: 3,
			furthest: [a('x', 4, 1), a('z', 0, 3), a('y', 1, 2)]
		});
	});

	it('keeps the set’s order among ties, and caps the list', () => {
		const result = scoreSet([a('p', 0, 2), a('q', 4, 2), a('r', 2, 0), a('s', 1, 0)], 2);
		expect(result.furthest.map((x) => x.stanceId)).toEqual(['p', 'q']);
	});

	it('lists nothing as furthest when every pick matched, and scores an empty set as nothing', () => {
		expect(scoreSet([a('w', 2, 2)]).furthest).toEqual([]);
		expect(scoreSet([])).toEqual({ answered: 0, matched: 0, withinOne: 0, furthest: [] });
	});
});
