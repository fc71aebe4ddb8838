import { describe, expect, it } from 'vitest';
import { compareDrawings, drawingContext, drawnStep, type DrawnStep } from './drawn-step.ts';
import { editedDataset, lovelaceRescored } from './impact-fixtures.ts';

const published = drawingContext(editedDataset());

describe('drawnStep', () => {
	it('draws a spectrum step as its frame and each shown leader with a point at its month', () => {
		const drawn = drawnStep(
			published,
			{ date: '2023-11', from: '2015-12', axis: 'weights' },
			'A note'
		);
		expect(drawn.pieces.map((p) => p.key)).toEqual(['frame', 'spectrum|weights|ada-lovelace']);
		// Level 1 now, level 4 at the trail's month, explicit evidence, not stale.
		expect(drawn.pieces[1]?.value).toBe('[1,4,"explicit",false]');
		expect(drawn.pieces[0]?.value).toContain('"A note"');
	});

	it('draws a timelines step as every stance of each shown leader on each axis, and the events', () => {
		const drawn = drawnStep(
			published,
			{ date: '2025-03', view: 'timelines', axis: 'access' },
			undefined
		);
		expect(drawn.pieces.map((p) => p.key)).toEqual([
			'frame',
			'timeline-range',
			'events',
			'timeline|access|ada-lovelace',
			'timeline|access|alan-turing'
		]);
		expect(drawn.pieces.at(-1)?.value).toBe('[["2019-05",3,"explicit"]]');
	});

	it('is the same drawing from a dataset made again, and not once a point moves', () => {
		const chart = { date: '2024-06' };
		const again = drawnStep(drawingContext(editedDataset()), chart, undefined);
		expect(compareDrawings(drawnStep(published, chart, undefined), again)).toEqual({
			changed: false,
			leaderIds: []
		});
		const moved = drawnStep(drawingContext(lovelaceRescored()), chart, undefined);
		expect(compareDrawings(again, moved)).toEqual({ changed: true, leaderIds: ['ada-lovelace'] });
	});
});

describe('compareDrawings', () => {
	const step = (pieces: DrawnStep['pieces']): DrawnStep => ({
		state: drawnStep(published, { date: '2024-06' }, undefined).state,
		pieces
	});
	const point = (leaderId: string, value: string, layout: string) => ({
		key: `spectrum|weights|${leaderId}`,
		leaderId,
		value,
		layout
	});

	it("counts a point moved to another row as a change of the chart, not of the leader's point", () => {
		expect(compareDrawings(step([point('a', '[1]', '0')]), step([point('a', '[1]', '1')]))).toEqual(
			{
				changed: true,
				leaderIds: []
			}
		);
	});

	it('names a leader whose point is no longer drawn, or newly drawn', () => {
		expect(compareDrawings(step([point('a', '[1]', '0')]), step([]))).toEqual({
			changed: true,
			leaderIds: ['a']
		});
		expect(compareDrawings(step([]), step([point('b', '[2]', '0')]))).toEqual({
			changed: true,
			leaderIds: ['b']
		});
	});
});
