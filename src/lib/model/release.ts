/**
 * A released version of the dataset as its JSON download (`releases/<version>/openness-spectrum.json`)
 * holds it, reduced to what two versions are compared by: each stance's place (leader, axis, date
 * held, level, evidence), its words (summary, rationale, quotes), the sources it cites and the
 * cause of its move; and each source. The download's layout has grown over the versions (1.0.0 had
 * no corrections log, 2.2.0 added moves), so the reader takes only fields every version has, and
 * those that later ones added when present.
 */
import { compareDates } from '../data/dates.ts';
import type { EvidenceKind } from '../vocabulary.ts';
import type { Dataset } from './dataset.ts';

export interface ReleasedStance {
	id: string;
	leaderId: string;
	leaderName: string;
	axis: string;
	axisLabel: string;
	asOf: string;
	position: number;
	levelLabel: string;
	evidence: EvidenceKind;
	summary: string;
	rationale: string;
	/** Each citation as "source id: quote", in order. */
	citations: string[];
	/** The kind of cause of its move, where the version records one. */
	cause?: string;
	/** Our sentence on that cause, where there is one. */
	causeNote?: string;
}

export interface ReleasedSource {
	id: string;
	outlet: string;
	title: string;
	date: string;
	url?: string;
}

export interface ReleasedDataset {
	version: string;
	updated: string;
	stances: ReleasedStance[];
	sources: ReleasedSource[];
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw new Error(`a released dataset's ${what} must be an object`);
	return value as Json;
}
function list(value: unknown, what: string): Json[] {
	if (!Array.isArray(value)) throw new Error(`a released dataset's ${what} must be a list`);
	return value.map((item) => object(item, what));
}
function text(value: unknown, what: string): string {
	if (typeof value !== 'string') throw new Error(`a released dataset's ${what} must be text`);
	return value;
}

/** Reads a version's JSON download; throws, naming the field, on anything it cannot read. */
export function readRelease(json: unknown): ReleasedDataset {
	const root = object(json, 'file');
	const stances = list(root.leaders, 'leaders').flatMap((leader) =>
		list(leader.stances, 'stances').map((s): ReleasedStance => {
			const move = s.move === undefined ? undefined : object(s.move, 'move');
			const position = s.position;
			if (typeof position !== 'number') throw new Error(`stance ${String(s.id)} has no level`);
			return {
				id: text(s.id, 'stance id'),
				leaderId: text(leader.id, 'leader id'),
				leaderName: text(leader.name, 'leader name'),
				axis: text(s.axis, 'axis'),
				axisLabel: text(s.axisLabel, 'axis label'),
				asOf: text(s.asOf, 'asOf'),
				position,
				levelLabel: text(s.levelLabel, 'level label'),
				evidence: text(s.evidence, 'evidence') as EvidenceKind,
				summary: text(s.summary, 'summary'),
				rationale: text(s.rationale, 'rationale'),
				citations: list(s.citations, 'citations').map(
					(c) => `${text(object(c.source, 'source').id, 'source id')}: ${text(c.quote, 'quote')}`
				),
				...(move === undefined ? {} : { cause: text(move.cause, 'cause') }),
				...(typeof move?.causeNote === 'string' ? { causeNote: move.causeNote } : {})
			};
		})
	);
	return {
		version: text(root.version, 'version'),
		updated: text(root.updated, 'updated'),
		stances,
		sources: list(root.sources, 'sources').map(source)
	};
}

function source(s: Json): ReleasedSource {
	return {
		id: text(s.id, 'source id'),
		outlet: text(s.outlet, 'outlet'),
		title: text(s.title, 'title'),
		date: text(s.date, 'source date'),
		...(typeof s.url === 'string' ? { url: s.url } : {})
	};
}

/** The dataset as it would be released now: what a release of it would hold. */
export function releaseOfDataset(dataset: Dataset): ReleasedDataset {
	return {
		version: dataset.meta.version,
		updated: dataset.meta.updated,
		stances: dataset.leaders.flatMap((l) =>
			l.stances.map((s) => ({
				id: s.id,
				leaderId: s.leaderId,
				leaderName: s.leaderName,
				axis: s.axis,
				axisLabel: s.axisLabel,
				asOf: s.asOf,
				position: s.position,
				levelLabel: s.levelLabel,
				evidence: s.evidence,
				summary: s.summary,
				rationale: s.rationale,
				citations: s.citations.map((c) => `${c.source.id}: ${c.quote}`),
				...(s.move === undefined ? {} : { cause: s.move.cause }),
				...(s.move?.causeNote === undefined ? {} : { causeNote: s.move.causeNote })
			}))
		),
		sources: dataset.sources.map((s) => ({
			id: s.id,
			outlet: s.outlet,
			title: s.title,
			date: s.date,
			...(s.url === undefined ? {} : { url: s.url })
		}))
	};
}

/** A stance as a ghost draws it: id, leader, axis, date held and level. */
export type ReleasedPosition = [
	id: string,
	leaderId: string,
	axis: string,
	asOf: string,
	position: number
];

/** Where a release placed each stance, in the dataset's order of date: what a ghost layer needs. */
export function releasedPositions(release: ReleasedDataset): ReleasedPosition[] {
	return release.stances
		.map((s): ReleasedPosition => [s.id, s.leaderId, s.axis, s.asOf, s.position])
		.sort((a, b) => compareDates(a[3], b[3]));
}
