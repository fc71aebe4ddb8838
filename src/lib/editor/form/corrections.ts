/**
 * The corrections log's entries for a change to a published stance, and writing them into
 * changes.json. A change of level, date (`asOf`) or evidence each needs one entry (EDITING.md,
 * "Change a published stance"), with the value before and after and why. The log is oldest first:
 * entries go at the end, except that an entry for the same stance, change and version (the
 * stance was changed again before the release) is replaced where it is, so the log records the
 * change from the published value once.
 */
import { formatDataFile } from '../../data/format.ts';
import { asObject } from '../../data/json-values.ts';
import type { Change, Stance } from '../../data/schema.ts';
import { compareVersions } from '../../data/versions.ts';

/** An entry for a change of a stance's level, date or evidence. */
export type StanceCorrection = Extract<Change, { change: 'level' | 'date' | 'evidence' }>;

/** The fields of a stance the log follows. */
type Followed = Pick<Stance, 'id' | 'position' | 'asOf' | 'evidence'>;

/** The entries that record `before` (as published) becoming `after`: none when neither changed. */
export function correctionFor(
	before: Followed,
	after: Followed,
	version: string,
	date: string,
	why: string
): StanceCorrection[] {
	const base = { version, date } as const;
	const stance = before.id;
	const entries: StanceCorrection[] = [];
	if (before.position !== after.position)
		entries.push({
			...base,
			change: 'level',
			stance,
			before: before.position,
			after: after.position,
			why
		});
	if (before.asOf !== after.asOf)
		entries.push({ ...base, change: 'date', stance, before: before.asOf, after: after.asOf, why });
	if (before.evidence !== after.evidence)
		entries.push({
			...base,
			change: 'evidence',
			stance,
			before: before.evidence,
			after: after.evidence,
			why
		});
	return entries;
}

/** What makes two entries the same record: one stance's one field, in one version. */
function keyOf(entry: unknown): string {
	const object = asObject(entry);
	return object
		? `${String(object.version)} ${String(object.change)} ${String(object.stance)}`
		: '';
}

/**
 * `changesText` with `entries` added (or replacing the same stance's same change in the same
 * version), laid out as the repo stores it. Throws when the text is not a corrections log.
 */
export function addCorrections(changesText: string, entries: readonly Change[]): string {
	const file = asObject(JSON.parse(changesText));
	if (!file || !Array.isArray(file.changes)) throw new Error('not a corrections log');
	const changes: unknown[] = [...(file.changes as unknown[])];
	for (const entry of entries) {
		const same = changes.findIndex((c) => keyOf(c) === keyOf(entry));
		if (same >= 0) changes[same] = entry;
		else changes.push(entry);
	}
	return formatDataFile({ ...file, changes });
}

/** "2.2.1" → "2.2.2". */
export function nextPatch(version: string): string {
	const [major, minor, patch] = version.split('.').map(Number);
	return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

/**
 * The version a correction belongs to: the draft's meta.json version when it is already newer
 * than the published one (the release being prepared), else the next patch after the published.
 */
export function correctionVersion(draftVersion: string, publishedVersion: string): string {
	return compareVersions(draftVersion, publishedVersion) > 0
		? draftVersion
		: nextPatch(publishedVersion);
}
