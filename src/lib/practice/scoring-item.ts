/**
 * A quote to score, as pages read it: the stance (its level, rationale and rubric come with it)
 * and the citation whose words are shown, the first in the leader's own words. The practice sets
 * and the presentation's Your call slides are both made of these.
 */
import type { PracticeItem } from '../data/schema.ts';
import type { CitationView, StanceView } from '../model/dataset.ts';

export interface ScoringItemView {
	stance: StanceView;
	/** The words to score: the stance's first citation with no other speaker named. */
	citation: CitationView;
	/** A nudge in our own words, shown on request before the reader picks. */
	hint?: string;
}

/** The stance's first citation in the leader's own words, if any. */
export function ownQuote(stance: StanceView): CitationView | undefined {
	return stance.citations.find((c) => c.speaker === undefined);
}

/**
 * Joins an item the validator accepted to its stance; an item that does not resolve is a bug
 * there, so it throws rather than ask the reader to score words with no evidence behind them.
 */
export function scoringItem(
	item: PracticeItem,
	stanceById: ReadonlyMap<string, StanceView>
): ScoringItemView {
	const stance = stanceById.get(item.stance);
	const citation = stance && ownQuote(stance);
	if (!stance || !citation)
		throw new Error(`scoringItem: stance "${item.stance}" is unknown or has no quote of its own`);
	return { stance, citation, ...(item.hint === undefined ? {} : { hint: item.hint }) };
}
