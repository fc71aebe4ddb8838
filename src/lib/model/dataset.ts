/**
 * The joined, typed model every page reads: leaders with their stances resolved to axes, level
 * labels and sources. Built once at build time from validated files (see `join.ts`); components
 * receive it ready to draw and never look anything up by id themselves.
 *
 * Only types live here, so importing them ships no code (and no zod) to the browser.
 */
import type {
	Affiliation,
	Axis,
	AxisId,
	ChangeKind,
	EvidenceKind,
	LeaderRole,
	MetaFile,
	Release,
	Source
} from '../data/schema.ts';
import type { MoveView } from './moves.ts';
import type { QuoteCheck } from './quote-check.ts';

/** A correction with its source resolved: where we follow a verified source, not the essay. */
export interface CorrectionView {
	essaySays: string;
	sourceSays: string;
	source: Source;
}

/**
 * A quote and where it comes from. `via` is set when the words were read in a copy or report;
 * `check` says how they were checked (derived, see quote-check.ts); `speaker` names who said them
 * when they are not the leader's own (an investor, a co-founder, a company's unsigned post).
 */
export interface CitationView {
	quote: string;
	source: Source;
	locator?: string;
	via?: Source;
	check: QuoteCheck;
	speaker?: string;
}

/** A stance as a correction names it: enough to link to it and say whose it is. */
export interface StanceRef {
	id: string;
	leaderId: string;
	leaderName: string;
	axisLabel: string;
}

/**
 * One entry of the corrections log (data/changes.json), in words: what changed, from what to
 * what, in which version and why. `stance` is the stance as it is now (absent for a removal and
 * for a rubric change); a removal lists the stances that replaced it.
 */
export interface ChangeView {
	version: string;
	date: string;
	kind: ChangeKind;
	why: string;
	/** The id of the stance changed or removed; absent for a rubric change. */
	stanceId?: string;
	stance?: StanceRef;
	replacedBy: StanceRef[];
	/** What changed, in a few words: "Level", "Date held", "Rubric of Model weights, level 2". */
	field: string;
	before: string;
	/** Absent for a removal. */
	after?: string;
	/** The change in a line: "level 4 (Open) → 2 (Threshold)" (`changeLine`). */
	line: string;
}

/** One stance, joined: who, which axis, which level (with its label), and the evidence. */
export interface StanceView {
	id: string;
	leaderId: string;
	leaderName: string;
	/** The leader's role: one of the cast, or shown for reference. */
	leaderRole: LeaderRole;
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
	/** Every published correction of this stance, oldest first. */
	changes: ChangeView[];
	/**
	 * How the leader moved to this level from their stance before on this axis, with its cause;
	 * absent when the level is the same or this is their first stance on the axis, and in a
	 * dataset without words.
	 */
	move?: MoveView;
}

export interface LeaderView {
	id: string;
	name: string;
	/** Surname or short label for chart labels; falls back to the full name. */
	shortName: string;
	/** One of the cast the story follows, or a reference shown beside them for comparison. */
	role: LeaderRole;
	/** Why the leader has their role, in our words (every reference leader has one). */
	roleNote?: string;
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
	/** The display order: the cast by name, then the reference leaders by name. */
	leaders: LeaderView[];
	/** Sorted by date. */
	events: EventView[];
	/** Every stance of every leader, sorted by `asOf`, then leader, then axis. */
	stances: StanceView[];
	/** The corrections log, newest version first (within a version, in the log's order). */
	changes: ChangeView[];
	/** Every released version, oldest first (changes.json `releases`). */
	releases: Release[];
	/**
	 * False in a dataset made for charts only (`datasetWithoutWords`): its stances carry no
	 * summary, rationale, citations, corrections or changes. Absent in the whole dataset.
	 */
	words?: false;
}
