import { describe, expect, it } from 'vitest';
import { crowdsOf } from './crowds.ts';

describe('crowdsOf', () => {
	it('leaves marks 24 px or more apart alone', () => {
		const marks = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 24, y: 0 },
			{ id: 'c', x: 0, y: 24 },
			{ id: 'd', x: 17, y: 41 }
		];
		expect(crowdsOf(marks)).toEqual(new Map());
	});

	it('joins marks closer than 24 px, across rows too, and names the crowd by its leftmost mark', () => {
		const marks = [
			{ id: 'right', x: 30, y: 5 },
			{ id: 'left', x: 10, y: 0 },
			{ id: 'alone', x: 100, y: 0 }
		];
		expect(crowdsOf(marks)).toEqual(
			new Map([
				['left', 'left'],
				['right', 'left']
			])
		);
	});

	it('chains: a mark near either end of a crowd is in it', () => {
		const marks = [0, 20, 40, 60].map((x, i) => ({ id: `m${i}`, x, y: 0 }));
		const crowds = crowdsOf(marks);
		expect([...crowds.values()]).toEqual(['m0', 'm0', 'm0', 'm0']);
	});

	it('keeps separate crowds apart, each at least 24 px from the other', () => {
		const marks = [
			{ id: 'a1', x: 0, y: 0 },
			{ id: 'a2', x: 10, y: 0 },
			{ id: 'b1', x: 40, y: 0 },
			{ id: 'b2', x: 50, y: 3 }
		];
		expect(crowdsOf(marks)).toEqual(
			new Map([
				['a1', 'a1'],
				['a2', 'a1'],
				['b1', 'b1'],
				['b2', 'b1']
			])
		);
	});
});
