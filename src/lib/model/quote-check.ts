/**
 * How each quote was checked, derived from the data (never free text): a citation with no `via`
 * was read at its original source; one with `via` was read in that copy or report; one whose `via`
 * is the seed essay was read only in the essay and not checked at the source.
 *
 * The words themselves are in the vocabulary; the citation panel, leader pages, the presentation's
 * quote lists, the /data table and the CSV all read them through here.
 */
import type { Source } from '../data/schema.ts';
import {
	QUOTE_CHECK_LABELS,
	QUOTE_CHECK_SHORT,
	QUOTE_CHECKS,
	type QuoteCheck
} from '../vocabulary.ts';

export { QUOTE_CHECKS, QUOTE_CHECK_LABELS, QUOTE_CHECK_SHORT, type QuoteCheck };

export function quoteCheck(citation: { via?: Pick<Source, 'seed'> }): QuoteCheck {
	if (!citation.via) return 'original';
	return citation.via.seed ? 'essay' : 'copy';
}

/** "41 of 63 quotes checked at the original": how much of the evidence was read at its source. */
export function countChecks(
	citations: readonly { check: QuoteCheck }[]
): Record<QuoteCheck, number> {
	const counts: Record<QuoteCheck, number> = { original: 0, copy: 0, essay: 0 };
	for (const c of citations) counts[c.check]++;
	return counts;
}

/** The host a link opens, so a link can say where it goes: "openai.com". */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/** The ids of the sources that quotes were read in (every `via`): copies and reports, not originals. */
export function readInIds(
	items: readonly { citations: readonly { via?: Source }[] }[]
): Set<string> {
	return new Set(items.flatMap((item) => item.citations.flatMap((c) => (c.via ? [c.via.id] : []))));
}
