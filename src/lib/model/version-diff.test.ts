import { describe, expect, it } from 'vitest';
import type { ReleasedDataset, ReleasedStance } from './release.ts';
import { diffSummary, isEmptyDiff, versionDiff } from './version-diff.ts';
import type { ChangeView } from './dataset.ts';

const stance = (id: string, patch: Partial<ReleasedStance> = {}): ReleasedStance => ({
	id,
	leaderId: 'ada-lovelace',
	leaderName: 'Ada Lovelace',
	axis: 'weights',
	axisLabel: 'Model weights',
	asOf: '2023-11',
	position: 2,
	levelLabel: 'Threshold',
	evidence: 'explicit',
	summary: 'She said so.',
	rationale: 'Level 2 because.',
	citations: ['talk: the words'],
	...patch
});
const release = (
	version: string,
	stances: ReleasedStance[],
	sources = ['talk']
): ReleasedDataset => ({
	version,
	updated: '2026-01-01',
	stances,
	sources: sources.map((id) => ({ id, outlet: 'Outlet', title: id, date: '2023-11' }))
});
const correction = (version: string, stanceId: string): ChangeView => ({
	version,
	date: '2026-01-01',
	kind: 'level',
	why: 'The record says otherwise.',
	stanceId,
	replacedBy: [],
	field: 'Level',
	before: '3',
	after: '2',
	line: 'level 3 → 2'
});

describe('versionDiff', () => {
	const older = release('1.0.0', [stance('a', { position: 3 }), stance('b'), stance('gone')]);
	const newer = release(
		'1.1.0',
		[
			stance('a'),
			stance('b', { cause: 'statement', citations: ['talk: other words'] }),
			stance('new')
		],
		['talk', 'paper']
	);
	const log = [correction('1.1.0', 'a'), correction('1.0.0', 'a'), correction('1.2.0', 'a')];
	const diff = versionDiff(older, newer, log);

	it('lists stances added, removed and changed, naming the fields that changed', () => {
		expect(diff.added.map((s) => s.id)).toEqual(['new']);
		expect(diff.removed.map((r) => r.stance.id)).toEqual(['gone']);
		expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
			['a', ['level']],
			['b', ['citations', 'cause']]
		]);
	});
	it('gives the corrections made after the older version, up to the newer one', () => {
		expect(diff.changed[0]?.corrections.map((c) => c.version)).toEqual(['1.1.0']);
	});
	it('lists sources added, and says it all in a line', () => {
		expect(diff.sourcesAdded.map((s) => s.id)).toEqual(['paper']);
		expect(diffSummary(diff)).toBe(
			'1 stance added, 2 stances changed, 1 stance removed, 1 source added'
		);
	});
	it('finds no change between a version and itself', () => {
		const same = versionDiff(older, older, log);
		expect(isEmptyDiff(same)).toBe(true);
		expect(diffSummary(same)).toBe('No change');
	});
	it('finds a cause whose sentence changed, as a change of its cause', () => {
		const was = release('1.0.0', [stance('a', { cause: 'role', causeNote: 'He leads it.' })]);
		const now = release('1.0.1', [stance('a', { cause: 'role', causeNote: 'He co-founded it.' })]);
		expect(versionDiff(was, now, []).changed.map((c) => c.fields)).toEqual([['cause']]);
	});
});
