/**
 * The part of the dataset one leader's page needs. A prerendered page carries its data for
 * hydration, so a leader page holding the whole dataset grew with every other leader's stances:
 * at 100x the bundled data each leader page was 3.2 MB, and the build wrote 411 MB of them.
 */
import type { CitationView, CorrectionView, Dataset } from './dataset.ts';

/**
 * The dataset as one leader's page sees it: that leader's stances, every event, the axes and
 * meta, the sources those cite, and every other leader without stances (so the leader keeps the
 * colour and shape it has on every other page, which follow the order of all leaders).
 */
export function leaderDataset(dataset: Dataset, leaderId: string): Dataset {
	const stances = dataset.stances.filter((s) => s.leaderId === leaderId);
	const own = new Set(stances.map((s) => s.id));
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
		leaders: dataset.leaders.map((l) => (l.id === leaderId ? l : { ...l, stances: [] })),
		stances,
		changes: dataset.changes.filter((c) => c.stanceId !== undefined && own.has(c.stanceId))
	};
}
