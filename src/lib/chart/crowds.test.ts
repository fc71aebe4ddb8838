import { describe, expect, it } from 'vitest';
import { crowdLayout, crowdsOf } from './crowds.ts';

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

	it("takes in a mark that the crowd's box would cover, so the box is one target of its own", () => {
		// a and b crowd (20 px apart); c is over 24 px from both, but its square meets their box.
		const marks = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 20, y: 0 },
			{ id: 'c', x: 10, y: 22 }
		];
		expect(crowdsOf(marks.slice(0, 2)).size).toBe(2);
		expect(Math.hypot(10, 22)).toBeGreaterThan(24);
		const { crowds, boxes } = crowdLayout(marks);
		expect(crowds).toEqual(
			new Map([
				['a', 'a'],
				['b', 'a'],
				['c', 'a']
			])
		);
		expect(boxes).toEqual([{ key: 'a', left: -12, right: 32, top: -12, bottom: 34 }]);
	});

	it('gives each crowd a box around its marks that touches no other target', () => {
		const marks = [
			{ id: 'a1', x: 0, y: 0 },
			{ id: 'a2', x: 10, y: 5 },
			{ id: 'lone', x: 46, y: 0 },
			{ id: 'b1', x: 100, y: 0 },
			{ id: 'b2', x: 100, y: 12 }
		];
		const { crowds, boxes } = crowdLayout(marks);
		expect(crowds.has('lone')).toBe(false);
		expect(boxes).toEqual([
			{ key: 'a1', left: -12, right: 22, top: -12, bottom: 17 },
			{ key: 'b1', left: 88, right: 112, top: -12, bottom: 24 }
		]);
	});
});
