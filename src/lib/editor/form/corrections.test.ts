import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../data/format.ts';
import type { Change, Stance } from '../../data/schema.ts';
import { addCorrections, correctionFor, correctionVersion, nextPatch } from './corrections.ts';

const before = { id: 'doe-tools-2025', position: 3, asOf: '2025-05', evidence: 'explicit' } as Pick<
	Stance,
	'id' | 'position' | 'asOf' | 'evidence'
>;

describe('correctionFor', () => {
	it('records nothing when level, date and evidence are the same', () => {
		expect(correctionFor(before, { ...before }, '2.2.2', '2026-11-30', 'why')).toEqual([]);
	});

	it('records a level change as the log writes it', () => {
		expect(
			correctionFor(before, { ...before, position: 2 }, '2.2.2', '2026-11-30', 'Fake reason.')
		).toEqual([
			{
				version: '2.2.2',
				date: '2026-11-30',
				change: 'level',
				stance: 'doe-tools-2025',
				before: 3,
				after: 2,
				why: 'Fake reason.'
			}
		]);
	});

	it('records each of level, date and evidence, in that order', () => {
		const entries = correctionFor(
			before,
			{ ...before, position: 1, asOf: '2025-06', evidence: 'inferred' },
			'2.3.0',
			'2026-11-30',
			'w'
		);
		expect(entries.map((e) => [e.change, e.before, e.after])).toEqual([
			['level', 3, 1],
			['date', '2025-05', '2025-06'],
			['evidence', 'explicit', 'inferred']
		]);
		expect(Object.keys(entries[1]!)).toEqual([
			'version',
			'date',
			'change',
			'stance',
			'before',
			'after',
			'why'
		]);
	});
});

describe('addCorrections', () => {
	const log = formatDataFile({
		$schema: '../schema/changes.schema.json',
		changes: [
			{
				version: '2.0.0',
				date: '2026-01-01',
				change: 'level',
				stance: 'x',
				before: 1,
				after: 2,
				why: 'w'
			}
		],
		releases: [{ version: '2.0.0', date: '2026-01-01', note: 'n' }]
	});
	const entry = correctionFor(
		before,
		{ ...before, position: 2 },
		'2.2.2',
		'2026-11-30',
		'w'
	)[0] as Extract<Change, { change: 'level' }>;

	it('appends entries at the end (the log is oldest first), keeping releases', () => {
		const text = addCorrections(log, [entry]);
		const parsed = JSON.parse(text);
		expect(parsed.changes.map((c: { stance: string }) => c.stance)).toEqual([
			'x',
			'doe-tools-2025'
		]);
		expect(parsed.releases).toHaveLength(1);
		expect(text).toBe(formatDataFile(parsed));
	});

	it('replaces the same stance’s same change in the same version, once', () => {
		const once = addCorrections(log, [entry]);
		const again = addCorrections(once, [{ ...entry, after: 1, why: 'changed again' }]);
		const changes = JSON.parse(again).changes;
		expect(changes).toHaveLength(2);
		expect(changes[1]).toMatchObject({ before: 3, after: 1, why: 'changed again' });
		// Another version's entry for the same stance is a new record.
		expect(JSON.parse(addCorrections(once, [{ ...entry, version: '2.2.3' }])).changes).toHaveLength(
			3
		);
	});

	it('refuses a text that is not the corrections log', () => {
		expect(() => addCorrections('{"sources": []}', [entry])).toThrow();
	});
});

describe('versions', () => {
	it('bumps the patch', () => expect(nextPatch('2.2.1')).toBe('2.2.2'));
	it('uses the draft version when it is already newer than the published one', () => {
		expect(correctionVersion('2.2.1', '2.2.1')).toBe('2.2.2');
		expect(correctionVersion('2.3.0', '2.2.1')).toBe('2.3.0');
		expect(correctionVersion('2.0.0', '2.2.1')).toBe('2.2.2');
	});
});
