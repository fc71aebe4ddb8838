/**
 * The joined, typed model every page reads: leaders with their stances resolved to axes, level
 * labels and sources. Built once at build time from validated files (see `join.ts`); components
 * receive it ready to draw and never look anything up by id themselves.
 *
 * Only types live here, so importing them ships no code (and no zod) to the browser.
 */
import type { Affiliation, Axis, AxisId, EvidenceKind, MetaFile, Source } from '../data/schema.ts';

/** A correction with its source resolved: where we follow a verified source, not the essay. */
export interface CorrectionView {
	essaySays: string;
	sourceSays: string;
	source: Source;
}

/** A quote and where it comes from. `via` is set when the words were read in a secondary source. */
export interface CitationView {
	quote: string;
	source: Source;
	locator?: string;
	via?: Source;
}

/** One stance, joined: who, which axis, which level (with its label), and the evidence. */
export interface StanceView {
	id: string;
	leaderId: string;
	leaderName: string;
	axis: AxisId;
	axisLabel: string;
	/** When the stance was held: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
	asOf: string;
	position: number;
	levelLabel: string;
	evidence: EvidenceKind;
	summary: string;
	rationale: string;
	citations: CitationView[];
	corrections: CorrectionView[];
}

export interface LeaderView {
	id: string;
	name: string;
	/** Surname or short label for chart labels; falls back to the full name. */
	shortName: string;
	affiliations: Affiliation[];
	/** Sorted by axis (in the order of axes.json), then by `asOf`. */
	stances: StanceView[];
}

export interface EventView {
	id: string;
	date: string;
	label: string;
	description?: string;
	leaderIds: string[];
	citations: CitationView[];
	corrections: CorrectionView[];
}

/** The whole dataset, validated and joined. */
export interface Dataset {
	meta: MetaFile;
	axes: Axis[];
	/** Sorted by id. */
	sources: Source[];
	/** Sorted by name. */
	leaders: LeaderView[];
	/** Sorted by date. */
	events: EventView[];
	/** Every stance of every leader, sorted by `asOf`, then leader, then axis. */
	stances: StanceView[];
}
