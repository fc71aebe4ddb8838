/**
 * What changed between two released versions: stances added, removed and changed (which fields,
 * with the corrections log's entries that explain them), and sources added, removed and changed.
 * This is the editors' clock, apart from the leaders': a stance whose level changed between
 * versions was re-scored (a correction), while a leader's move is a new stance at a later date.
 */
import { compareVersions } from '../data/versions.ts';
import type { ChangeView } from './dataset.ts';
import type { ReleasedDataset, ReleasedSource, ReleasedStance } from './release.ts';

/** What can differ in a stance, in the order a reader is told. */
export const STANCE_FIELDS = [
	'level',
	'date',
	'evidence',
	'citations',
	'summary',
	'rationale',
	'cause'
] as const;
export type StanceField = (typeof STANCE_FIELDS)[number];

export const STANCE_FIELD_LABELS: Readonly<Record<StanceField, string>> = {
	level: 'Level',
	date: 'Date held',
	evidence: 'Evidence',
	citations: 'Quotes or sources',
	summary: 'Summary',
	rationale: 'Rationale',
	cause: 'Cause of its move'
};

const SAME: Readonly<Record<StanceField, (a: ReleasedStance, b: ReleasedStance) => boolean>> = {
	level: (a, b) => a.position === b.position,
	date: (a, b) => a.asOf === b.asOf,
	evidence: (a, b) => a.evidence === b.evidence,
	citations: (a, b) => a.citations.join('\n') === b.citations.join('\n'),
	summary: (a, b) => a.summary === b.summary,
	rationale: (a, b) => a.rationale === b.rationale,
	cause: (a, b) => a.cause === b.cause && a.causeNote === b.causeNote
};

export interface StanceDiff {
	before: ReleasedStance;
	after: ReleasedStance;
	fields: StanceField[];
	/** The corrections log's entries for this stance made after `from`, up to `to`. */
	corrections: ChangeView[];
}

export interface RemovedStance {
	stance: ReleasedStance;
	corrections: ChangeView[];
}

export interface SourceDiff {
	before: ReleasedSource;
	after: ReleasedSource;
}

export interface VersionDiff {
	from: string;
	to: string;
	added: ReleasedStance[];
	removed: RemovedStance[];
	changed: StanceDiff[];
	sourcesAdded: ReleasedSource[];
	sourcesRemoved: ReleasedSource[];
	sourcesChanged: SourceDiff[];
}

/** The difference from `older` to `newer`, with the reasons `log` gives (Dataset.changes). */
export function versionDiff(
	older: ReleasedDataset,
	newer: ReleasedDataset,
	log: readonly ChangeView[]
): VersionDiff {
	const between = log.filter(
		(c) =>
			compareVersions(c.version, older.version) > 0 &&
			compareVersions(c.version, newer.version) <= 0
	);
	const reasons = (id: string) => between.filter((c) => c.stanceId === id);
	const before = new Map(older.stances.map((s) => [s.id, s]));
	const after = new Map(newer.stances.map((s) => [s.id, s]));

	const changed: StanceDiff[] = [];
	for (const stance of newer.stances) {
		const was = before.get(stance.id);
		if (!was) continue;
		const fields = STANCE_FIELDS.filter((f) => !SAME[f](was, stance));
		if (fields.length > 0)
			changed.push({ before: was, after: stance, fields, corrections: reasons(stance.id) });
	}
	const oldSources = new Map(older.sources.map((s) => [s.id, s]));
	const newSources = new Map(newer.sources.map((s) => [s.id, s]));
	const sameSource = (a: ReleasedSource, b: ReleasedSource) =>
		a.outlet === b.outlet && a.title === b.title && a.date === b.date && a.url === b.url;
	return {
		from: older.version,
		to: newer.version,
		added: newer.stances.filter((s) => !before.has(s.id)),
		removed: older.stances
			.filter((s) => !after.has(s.id))
			.map((stance) => ({ stance, corrections: reasons(stance.id) })),
		changed,
		sourcesAdded: newer.sources.filter((s) => !oldSources.has(s.id)),
		sourcesRemoved: older.sources.filter((s) => !newSources.has(s.id)),
		sourcesChanged: newer.sources.flatMap((s) => {
			const was = oldSources.get(s.id);
			return was && !sameSource(was, s) ? [{ before: was, after: s }] : [];
		})
	};
}

/** True when nothing differs. */
export function isEmptyDiff(diff: VersionDiff): boolean {
	return (
		diff.added.length +
			diff.removed.length +
			diff.changed.length +
			diff.sourcesAdded.length +
			diff.sourcesRemoved.length +
			diff.sourcesChanged.length ===
		0
	);
}

/** "31 stances added, 27 stances changed, 57 sources added", or "No change". */
export function diffSummary(diff: VersionDiff): string {
	const count = (n: number, noun: string, what: string) =>
		n > 0 ? [`${n} ${noun}${n === 1 ? '' : 's'} ${what}`] : [];
	const said = [
		...count(diff.added.length, 'stance', 'added'),
		...count(diff.changed.length, 'stance', 'changed'),
		...count(diff.removed.length, 'stance', 'removed'),
		...count(diff.sourcesAdded.length, 'source', 'added'),
		...count(diff.sourcesChanged.length, 'source', 'changed'),
		...count(diff.sourcesRemoved.length, 'source', 'removed')
	];
	return said.length === 0 ? 'No change' : said.join(', ');
}
