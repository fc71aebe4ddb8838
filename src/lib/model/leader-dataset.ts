/**
 * Parts of the dataset for pages that must not carry all of it. A prerendered page carries its
 * data for hydration, so a page holding the whole dataset grows with every stance: at 100x the
 * bundled data each leader page was 3.2 MB, and the build wrote 411 MB of them.
 */
import { stancesAsOf } from './as-of.ts';
import type { CitationView, CorrectionView, Dataset, StanceView } from './dataset.ts';

/**
 * The dataset with only `stances` (a sorted subset of its own): every axis, event and leader
 * kept (so each leader keeps the colour and shape it has on every other page, which follow the
 * order of all leaders), each leader holding only their own of those stances, and only the
 * sources those stances and the events cite and the changes made to those stances.
 */
export function datasetWith(dataset: Dataset, stances: StanceView[]): Dataset {
	const kept = new Set(stances.map((s) => s.id));
	const cited = new Set<string>();
	const cite = (items: { citations: CitationView[]; corrections: CorrectionView[] }[]) => {
		for (const item of items) {
			for (const c of item.citations) {
				cited.add(c.source.id);
				if (c.via) cited.add(c.via.id);
			}
			for (const c of item.corrections) cited.add(c.source.id);
		}
	};
	cite(stances);
	cite(dataset.events);
	return {
		...dataset,
		sources: dataset.sources.filter((s) => cited.has(s.id)),
		leaders: dataset.leaders.map((l) => ({
			...l,
			stances: l.stances.filter((s) => kept.has(s.id))
		})),
		stances,
		changes: dataset.changes.filter((c) => c.stanceId !== undefined && kept.has(c.stanceId))
	};
}

/** The dataset as one leader's page sees it: that leader's stances only (see `datasetWith`). */
export function leaderDataset(dataset: Dataset, leaderId: string): Dataset {
	return datasetWith(
		dataset,
		dataset.stances.filter((s) => s.leaderId === leaderId)
	);
}

/**
 * The dataset as a chart draws it at `month` and no other: each leader's latest stance on each
 * axis as of then (see `datasetWith`). What a page holds for its first view when the whole
 * dataset is too big to carry (see `server/page-weight.ts`).
 */
export function datasetAsOf(dataset: Dataset, month: string): Dataset {
	const held = new Set(stancesAsOf(dataset.stances, month).values());
	return datasetWith(
		dataset,
		dataset.stances.filter((s) => held.has(s))
	);
}
