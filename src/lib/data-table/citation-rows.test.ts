import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { citationRows } from './citation-rows.ts';

describe('citationRows', () => {
	const rows = citationRows(testDataset());

	it('makes one row per citation, in the dataset order of stances', () => {
		expect(rows.map((r) => r.key)).toEqual([
			'lovelace-weights-2015#0',
			'turing-access-2019#0',
			'lovelace-weights-2023#0',
			'lovelace-access-2024#0',
			'turing-methodology-2025#0'
		]);
	});

	it('carries the stance, the level and the resolved sources', () => {
		expect(rows[1]).toEqual({
			key: 'turing-access-2019#0',
			stanceId: 'turing-access-2019',
			leaderId: 'alan-turing',
			leaderName: 'Alan Turing',
			leaderRole: 'cast',
			axis: 'access',
			axisLabel: 'Access',
			axisOrder: 3,
			asOf: '2019-05',
			position: 3,
			levelLabel: 'Leaning open',
			evidence: 'explicit',
			quote: 'everyone should be able to use these systems, with sensible limits',
			source: {
				id: 'example-talk-2019',
				kind: 'talk',
				outlet: 'Example Conference',
				title: 'Keynote on access',
				date: '2019-05'
			},
			via: {
				id: 'example-essay-2025',
				kind: 'post',
				outlet: 'Example Blog',
				title: 'An essay on openness',
				date: '2025-03',
				seed: true
			},
			check: 'essay',
			corrections: []
		});
	});

	it('keeps a locator when there is one and leaves it out otherwise', () => {
		expect(rows[0]?.locator).toBe('12:30');
		expect(rows[2]).not.toHaveProperty('locator');
		expect(rows[2]).not.toHaveProperty('via');
	});
});
