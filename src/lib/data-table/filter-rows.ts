/**
 * Filtering the citation table: a text search over the quote, the leader and the source, and
 * exact choices of leader, role (the cast, or the leaders shown for reference), axis, evidence and
 * how the quote was checked. Every filter left empty lets every row through.
 */
import type { AxisId, EvidenceKind, LeaderRole } from '../data/schema.ts';
import type { QuoteCheck } from '../model/quote-check.ts';
import type { CitationRow } from './citation-rows.ts';

export interface RowFilter {
	/** Words to find; every word must appear somewhere in the row's searchable text. */
	text: string;
	/** A leader id, or '' for every leader. */
	leader: string;
	/** The cast or the reference leaders, or '' for both. */
	role: LeaderRole | '';
	axis: AxisId | '';
	evidence: EvidenceKind | '';
	/** How the quote was checked, or '' for any. */
	check: QuoteCheck | '';
	/** Only the stances new or changed since the release before this version. */
	newSince: boolean;
}

export const EMPTY_FILTER: RowFilter = {
	text: '',
	leader: '',
	role: '',
	axis: '',
	evidence: '',
	check: '',
	newSince: false
};

/** True when any filter is set. */
export function isFiltered(filter: RowFilter): boolean {
	return (Object.keys(EMPTY_FILTER) as (keyof RowFilter)[]).some(
		(key) => filter[key] !== EMPTY_FILTER[key]
	);
}

/**
 * Lower case, accents removed, curly quotes and apostrophes made straight, so "openai’s" finds
 * "OpenAI's" and "lecun" finds "LeCun".
 */
export function normalizeText(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[‘’‛′]/g, "'")
		.replace(/[“”‟″]/g, '"')
		.toLowerCase();
}

function searchable(row: CitationRow): string {
	return normalizeText(
		[
			row.quote,
			row.leaderName,
			row.speaker ?? '',
			row.source.outlet,
			row.source.title,
			row.via?.outlet ?? ''
		].join('\n')
	);
}

/**
 * The rows that pass every filter, in the order they came in. `newSince` keeps the rows of the
 * stances in `fresh` (new or changed since the release before).
 */
export function filterRows(
	rows: readonly CitationRow[],
	filter: RowFilter,
	fresh: ReadonlySet<string> = new Set()
): CitationRow[] {
	const words = normalizeText(filter.text).split(/\s+/).filter(Boolean);
	return rows.filter((row) => {
		if (filter.leader !== '' && row.leaderId !== filter.leader) return false;
		if (filter.role !== '' && row.leaderRole !== filter.role) return false;
		if (filter.axis !== '' && row.axis !== filter.axis) return false;
		if (filter.evidence !== '' && row.evidence !== filter.evidence) return false;
		if (filter.check !== '' && row.check !== filter.check) return false;
		if (filter.newSince && !fresh.has(row.stanceId)) return false;
		if (words.length === 0) return true;
		const haystack = searchable(row);
		return words.every((word) => haystack.includes(word));
	});
}

/** What the live region says: "12 of 44 citations shown". */
export function shownLabel(shown: number, total: number): string {
	return `${shown} of ${total} ${total === 1 ? 'citation' : 'citations'} shown`;
}
