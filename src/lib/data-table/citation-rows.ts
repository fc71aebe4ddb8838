/**
 * The rows of the citation table on /data: one per citation of every stance, flat, carrying
 * everything a row shows and everything the table sorts and filters by. The first stage of the
 * table; sorting (`sort-rows.ts`) and filtering (`filter-rows.ts`) work on these rows.
 */
import type { AxisId, EvidenceKind, LeaderRole, Source } from '../data/schema.ts';
import type { CorrectionView, Dataset } from '../model/dataset.ts';
import type { QuoteCheck } from '../model/quote-check.ts';

export interface CitationRow {
	/** Unique per row: the stance id and the citation's index within the stance. */
	key: string;
	stanceId: string;
	leaderId: string;
	leaderName: string;
	/** One of the cast, or a leader shown for reference. */
	leaderRole: LeaderRole;
	axis: AxisId;
	axisLabel: string;
	/** The axis's place in axes.json, so sorting by axis follows the rubric order, not the alphabet. */
	axisOrder: number;
	/** When the stance was held: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
	asOf: string;
	position: number;
	levelLabel: string;
	evidence: EvidenceKind;
	quote: string;
	source: Source;
	locator?: string;
	/** The copy or report the quote was read in, when it was not read at the original. */
	via?: Source;
	/** How the quote was checked: at the original, in a copy or report, or only in the essay. */
	check: QuoteCheck;
	/** Who said the words, when not the leader. */
	speaker?: string;
	/** The stance's corrections (where we follow a verified source over the essay), on each of its rows. */
	corrections: CorrectionView[];
}

/** Every citation of every stance, in the dataset's stance order (date, leader, axis). */
export function citationRows(dataset: Dataset): CitationRow[] {
	const axisOrder = new Map(dataset.axes.map((a, i) => [a.id, i]));
	return dataset.stances.flatMap((stance) =>
		stance.citations.map((citation, i) => ({
			key: `${stance.id}#${i}`,
			stanceId: stance.id,
			leaderId: stance.leaderId,
			leaderName: stance.leaderName,
			leaderRole: stance.leaderRole,
			axis: stance.axis,
			axisLabel: stance.axisLabel,
			axisOrder: axisOrder.get(stance.axis) ?? 0,
			asOf: stance.asOf,
			position: stance.position,
			levelLabel: stance.levelLabel,
			evidence: stance.evidence,
			quote: citation.quote,
			source: citation.source,
			...(citation.locator === undefined ? {} : { locator: citation.locator }),
			...(citation.via === undefined ? {} : { via: citation.via }),
			check: citation.check,
			...(citation.speaker === undefined ? {} : { speaker: citation.speaker }),
			corrections: stance.corrections
		}))
	);
}
