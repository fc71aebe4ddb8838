/**
 * A slide's quotes in runs that share one attribution: consecutive quotes of one person from one
 * source, read the same way (same speaker, same copy). Order is kept; the same source later,
 * after another, starts a new run.
 */
import type { SlideQuote } from './slides.ts';

export function quoteGroups(quotes: readonly SlideQuote[]): SlideQuote[][] {
	const groups: SlideQuote[][] = [];
	for (const quote of quotes) {
		const last = groups.at(-1);
		const head = last?.[0];
		if (
			last &&
			head &&
			head.stance.leaderId === quote.stance.leaderId &&
			head.citation.source.id === quote.citation.source.id &&
			head.citation.speaker === quote.citation.speaker &&
			head.citation.via?.id === quote.citation.via?.id
		)
			last.push(quote);
		else groups.push([quote]);
	}
	return groups;
}
