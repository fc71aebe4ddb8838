import { describe, expect, it } from 'vitest';
import { ghostsAt, replacedAt } from './ghosts.ts';
import type { ReleasedPosition } from './release.ts';

const positions: ReleasedPosition[] = [
	['a-2015', 'ada', 'weights', '2015-12', 4],
	['t-2019', 'alan', 'weights', '2019-05', 3],
	['a-2023', 'ada', 'weights', '2023-11', 1],
	['a-2024', 'ada', 'access', '2024-05', 2]
];

describe('ghostsAt', () => {
	it('gives each leader the latest position a release had on the axis at the month', () => {
		const ghosts = ghostsAt(positions, '2024-06', 'weights');
		expect([...ghosts.values()].map((g) => [g.leaderId, g.position])).toEqual([
			['ada', 1],
			['alan', 3]
		]);
		expect(ghostsAt(positions, '2019-01', 'weights').get('ada')?.asOf).toBe('2015-12');
		expect(ghostsAt(positions, '2015-01', 'weights').size).toBe(0);
	});
});

describe('replacedAt', () => {
	it('lists the shown leaders placed differently then and now, and points only one of them has', () => {
		const ghosts = ghostsAt(positions, '2024-06', 'weights');
		const now = new Map([
			['ada', { position: 2 }],
			['alan', { position: 3 }],
			['grace', { position: 0 }]
		]);
		expect(replacedAt(ghosts, now, ['ada', 'alan', 'grace'], 'weights')).toEqual([
			{ leaderId: 'ada', axis: 'weights', then: 1, now: 2 },
			{ leaderId: 'grace', axis: 'weights', now: 0 }
		]);
		expect(replacedAt(ghosts, new Map(), ['alan'], 'weights')).toEqual([
			{ leaderId: 'alan', axis: 'weights', then: 3 }
		]);
		expect(replacedAt(ghosts, now, ['alan'], 'weights')).toEqual([]);
	});
});
