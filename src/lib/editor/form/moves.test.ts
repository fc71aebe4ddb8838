import { describe, expect, it } from 'vitest';
import { movesFrom } from './moves.ts';

const stances = [
	{ id: 'a', axis: 'weights', asOf: '2020', position: 2 },
	{ id: 'b', axis: 'weights', asOf: '2023-05', position: 3 },
	{ id: 'c', axis: 'tools', asOf: '2021', position: 1 }
];

describe('movesFrom', () => {
	it('is the stance before on the axis, when its level differs', () => {
		expect(movesFrom(stances, { axis: 'weights', asOf: '2024', position: 1 })?.id).toBe('b');
		expect(movesFrom(stances, { axis: 'weights', asOf: '2021', position: 3 })?.id).toBe('a');
	});
	it('is undefined at the level before, for the first stance on its axis, or while unset', () => {
		expect(movesFrom(stances, { axis: 'weights', asOf: '2024', position: 3 })).toBeUndefined();
		expect(movesFrom(stances, { axis: 'access', asOf: '2024', position: 3 })).toBeUndefined();
		expect(movesFrom(stances, { axis: 'weights', asOf: '2019', position: 0 })).toBeUndefined();
		expect(movesFrom(stances, { axis: 'weights', asOf: '2024', position: null })).toBeUndefined();
	});
	it('orders by date precision: a month comes after its year', () => {
		expect(movesFrom(stances, { axis: 'weights', asOf: '2023-05-02', position: 1 })?.id).toBe('b');
	});
});
