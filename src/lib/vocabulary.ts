/**
 * The product's fixed words, in one place and free of zod, so the schema (src/lib/data) and the
 * interface (charts, panels, tables, slides, downloads) name things the same way: the axes' ids,
 * the levels and how a level reads on the scale, the kinds of evidence and what each means, the
 * kinds of source, the chart views and the kinds of correction.
 *
 * Change a wording here and it changes on screen, in the downloads and in the validator's messages.
 */

/** The four openness axes. Fixed by the data contract; their labels and rubrics are data (axes.json). */
export const AXIS_IDS = ['weights', 'tools', 'methodology', 'access'] as const;
export type AxisId = (typeof AXIS_IDS)[number];

/** Levels run from 0, the closed end, to 4, the open end. */
export const LEVEL_VALUES = [0, 1, 2, 3, 4] as const;
export const LEVEL_MIN = LEVEL_VALUES[0];
export const LEVEL_MAX = LEVEL_VALUES[LEVEL_VALUES.length - 1];

/** A level on its scale, so nobody reads "1 of 4" as the first of four: "1 of 0–4". */
export function levelOnScale(value: number): string {
	return `${value} of ${LEVEL_MIN}–${LEVEL_MAX}`;
}

export const EVIDENCE_KINDS = ['explicit', 'reported', 'inferred'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Each kind of evidence: its name, what it means, and its line in a chart's key. */
export const EVIDENCE: Readonly<
	Record<EvidenceKind, { name: string; meaning: string; key: string }>
> = {
	explicit: {
		name: 'Explicit',
		meaning: 'the leader says it, in their own words (a post they co-signed counts)',
		key: 'Explicit: they said it'
	},
	reported: {
		name: 'Reported',
		meaning: 'the leader describes a past view or their organisation’s view',
		key: 'Reported: they described it'
	},
	inferred: {
		name: 'Inferred',
		meaning: 'read from an action of their lab, which the rationale names; never from silence',
		key: 'Inferred: read from what their lab did'
	}
};

/**
 * A leader's part in the product. The cast are the leaders of frontier labs the story follows;
 * reference leaders lead or led labs that release open-weight models, and stand beside the cast
 * for comparison: shown in /explore and /data (and hidden at will), drawn lighter with their name
 * in italics, each with a page, and in the story only where a step chooses to show them.
 */
export const LEADER_ROLES = ['cast', 'reference'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

/** What a reference leader is called where the two roles are told apart. */
export const FOR_REFERENCE = 'For reference';
/** How a reference leader is drawn, in a chart's key (after "For reference: "). */
export const REFERENCE_KEY = 'drawn lighter, name in italics';

export const SOURCE_KINDS = [
	'article',
	'interview',
	'podcast',
	'talk',
	'post',
	'newsletter',
	'paper',
	'statement',
	'release'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Which charts a view shows: the spectra at a date, the timelines, or both. */
export const CHART_VIEWS = ['both', 'spectrum', 'timelines'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];
export const CHART_VIEW_LABELS: Readonly<Record<ChartView, string>> = {
	both: 'Spectra and timelines',
	spectrum: 'Spectra only',
	timelines: 'Timelines only'
};

/** What a correction changes: one field of a published stance, its removal, or a level's rubric. */
export const CHANGE_KINDS = [
	'level',
	'date',
	'evidence',
	'attribution',
	'removal',
	'rubric'
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** How a quote was checked (derived from its citation, see model/quote-check.ts). */
export const QUOTE_CHECKS = ['original', 'copy', 'essay'] as const;
export type QuoteCheck = (typeof QUOTE_CHECKS)[number];

/** What each check means, in a few words a reader can scan. */
export const QUOTE_CHECK_LABELS: Readonly<Record<QuoteCheck, string>> = {
	original: 'Checked at the original',
	copy: 'Read in a copy or report',
	essay: 'Quoted via the essay, not checked'
};

/** The same, in the fewest words, for a slide's attribution line read from the back of a room. */
export const QUOTE_CHECK_SHORT: Readonly<Record<QuoteCheck, string>> = {
	original: 'checked at the original',
	copy: 'read in a copy',
	essay: 'via the essay, not checked'
};

/**
 * Why a leader's point moved from one level to another on an axis (a stance's `cause`): what the
 * record shows changed, never a judgement of the person. Words on screen stay neutral: a point
 * "moved toward open" or "toward closed", never a flip or a reversal.
 */
export const CAUSE_KINDS = ['statement', 'action', 'role', 'context'] as const;
export type CauseKind = (typeof CAUSE_KINDS)[number];

/** Each cause: its name, and what it means. */
export const CAUSES: Readonly<Record<CauseKind, { name: string; meaning: string }>> = {
	statement: {
		name: 'New statement',
		meaning: 'the leader said something that reads at another level'
	},
	action: {
		name: 'Company action',
		meaning: 'their lab released, withheld or published something'
	},
	role: {
		name: 'New role',
		meaning: 'the leader took a new role or moved to another lab'
	},
	context: {
		name: 'New context',
		meaning: 'the world around the leader changed, and their words or acts answered it'
	}
};

/** Which way a point moved on its axis: toward the open end (4) or the closed end (0). */
export const DIRECTIONS = ['open', 'closed'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
	open: 'Toward open',
	closed: 'Toward closed'
};

/** How old a point may be, in months from its date to the month shown, before it is drawn faded. */
export const STALE_AFTER_MONTHS = 36;

/**
 * Which evidence a chart draws from: all of it, what leaders said (explicit and reported), or
 * their explicit words only. Dropping inferred points shows how much of a picture rests on
 * readings of what their labs did.
 */
export const EVIDENCE_FILTERS = ['all', 'stated', 'explicit'] as const;
export type EvidenceFilter = (typeof EVIDENCE_FILTERS)[number];
export const EVIDENCE_FILTER_LABELS: Readonly<Record<EvidenceFilter, string>> = {
	all: 'All evidence',
	stated: 'Explicit and reported only',
	explicit: 'Explicit only'
};
/** The kinds of evidence each filter keeps. */
export const EVIDENCE_KEPT: Readonly<Record<EvidenceFilter, readonly EvidenceKind[]>> = {
	all: EVIDENCE_KINDS,
	stated: ['explicit', 'reported'],
	explicit: ['explicit']
};
