/**
 * Sorting the citation table by one column. Stable: rows that tie keep the order they came in
 * (the dataset's date, leader, axis order), so a sort never shuffles equal rows.
 */
import { compareDates } from '../data/dates.ts';
import type { EvidenceKind } from '../data/schema.ts';
import type { CitationRow } from './citation-rows.ts';

export const SORT_KEYS = ['leader', 'axis', 'asOf', 'position', 'evidence', 'source'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** The words `aria-sort` uses, so the state can be written straight onto the header. */
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
	key: SortKey;
	direction: SortDirection;
}

/** The table's first order: by the date each stance was held, earliest first. */
export const DEFAULT_SORT: SortState = { key: 'asOf', direction: 'ascending' };

// Strongest evidence first. Written out here rather than imported from the schema, which would
// pull zod into the browser bundle.
const EVIDENCE_RANK: Record<EvidenceKind, number> = { explicit: 0, reported: 1, inferred: 2 };

const text = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

const COMPARE: Record<SortKey, (a: CitationRow, b: CitationRow) => number> = {
	leader: (a, b) => text(a.leaderName, b.leaderName),
	axis: (a, b) => a.axisOrder - b.axisOrder,
	asOf: (a, b) => compareDates(a.asOf, b.asOf),
	position: (a, b) => a.position - b.position,
	evidence: (a, b) => EVIDENCE_RANK[a.evidence] - EVIDENCE_RANK[b.evidence],
	source: (a, b) =>
		text(a.source.outlet, b.source.outlet) || compareDates(a.source.date, b.source.date)
};

/** A sorted copy of `rows`; descending reverses the column's order but keeps ties stable. */
export function sortRows(rows: readonly CitationRow[], sort: SortState): CitationRow[] {
	const compare = COMPARE[sort.key];
	const sign = sort.direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index }))
		.sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
		.map(({ row }) => row);
}

/**
 * The sort after a click on a column header: the same column flips its direction, another
 * column starts ascending.
 */
export function nextSort(current: SortState, key: SortKey): SortState {
	if (current.key !== key) return { key, direction: 'ascending' };
	return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
