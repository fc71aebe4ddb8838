import { describe, expect, it } from 'vitest';
import type { Axis, Change } from '../data/schema.ts';
import { changeLine, changesByVersion, changeViews } from './change-view.ts';

const axis: Axis = {
	id: 'weights',
	label: 'Model weights',
	question: 'Should weights be published?',
	levels: ['Locked', 'Closed', 'Threshold', 'Mostly open', 'Open'].map((label, value) => ({
		value,
		label,
		rubric: `${label}.`
	}))
};
const stances = new Map([
	[
		'ada-weights-2015',
		{
			id: 'ada-weights-2015',
			leaderId: 'ada',
			leaderName: 'Ada Lovelace',
			axisLabel: 'Model weights',
			axis: 'weights'
		}
	]
]);
const base = { date: '2026-11-29', why: 'The record says otherwise.' };
const log: Change[] = [
	{
		...base,
		version: '1.1.0',
		change: 'date',
		stance: 'ada-weights-2015',
		before: '2015',
		after: '2015-12'
	},
	{ ...base, version: '2.0.0', change: 'level', stance: 'ada-weights-2015', before: 4, after: 2 },
	{
		...base,
		version: '2.0.0',
		change: 'removal',
		stance: 'ada-tools-2015',
		before: 'Open-source tools, level 4',
		replacedBy: ['ada-weights-2015']
	},
	{
		...base,
		version: '2.0.0',
		change: 'rubric',
		axis: 'weights',
		level: 2,
		before: 'Old.',
		after: 'New.'
	}
];

describe('changeViews', () => {
	const views = changeViews(log, [axis], stances);

	it('lists the newest version first, keeping the log order within a version', () => {
		expect(views.map((v) => [v.version, v.kind])).toEqual([
			['2.0.0', 'level'],
			['2.0.0', 'removal'],
			['2.0.0', 'rubric'],
			['1.1.0', 'date']
		]);
	});

	it('writes levels with their labels and dates at their precision', () => {
		expect(views[0]).toMatchObject({ field: 'Level', before: '4 (Open)', after: '2 (Threshold)' });
		expect(views[3]).toMatchObject({ field: 'Held from', before: '2015', after: 'Dec 2015' });
		expect(changeLine(views[0]!)).toBe('level 4 (Open) → 2 (Threshold)');
	});

	it('links a change to its stance, and a removal to the stances that replaced it', () => {
		expect(views[0]?.stance).toEqual({
			id: 'ada-weights-2015',
			leaderId: 'ada',
			leaderName: 'Ada Lovelace',
			axisLabel: 'Model weights'
		});
		expect(views[1]?.stance).toBeUndefined();
		expect(views[1]?.stanceId).toBe('ada-tools-2015');
		expect(views[1]?.replacedBy.map((s) => s.id)).toEqual(['ada-weights-2015']);
		expect(views[1]?.after).toBeUndefined();
		expect(changeLine(views[1]!)).toBe('Removed: Open-source tools, level 4');
	});

	it('names the axis and level of a rubric change', () => {
		expect(views[2]).toMatchObject({
			field: 'Rubric of Model weights, level 2 (Threshold)',
			before: 'Old.',
			after: 'New.'
		});
		expect(views[2]?.stanceId).toBeUndefined();
	});

	it('groups the log by version, each with its latest date', () => {
		const groups = changesByVersion(views);
		expect(groups.map((g) => [g.version, g.date, g.changes.length])).toEqual([
			['2.0.0', '2026-11-29', 3],
			['1.1.0', '2026-11-29', 1]
		]);
	});
});
