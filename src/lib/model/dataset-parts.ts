/**
 * Parts of the dataset for pages that must not carry all of it. A prerendered page carries its
 * data for hydration, so a page holding the whole dataset grows with every stance: at 100x the
 * bundled data each leader page was 3.2 MB, and the build wrote 411 MB of them.
 */
import { stancesAsOf } from './as-of.ts';
import type { CitationView, CorrectionView, Dataset, StanceView } from './dataset.ts';

/**
 * The dataset with only `stances` (a sorted subset of its own, or copies of them, as
 * `datasetWithoutWords` makes): every axis, event and leader
 * kept (so each leader keeps the colour and shape it has on every other page, which follow the
 * order of all leaders), each leader holding only their own of those stances, and only the
 * sources those stances and the events cite and the changes made to those stances.
 */
export function datasetWith(dataset: Dataset, stances: StanceView[]): Dataset {
	const kept = new Map(stances.map((s) => [s.id, s]));
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
	const { words: _, ...rest } = dataset;
	return {
		...rest,
		...(stances.every(hasWords) ? {} : { words: false as const }),
		sources: dataset.sources.filter((s) => cited.has(s.id)),
		leaders: dataset.leaders.map((l) => ({
			...l,
			stances: l.stances.flatMap((s) => kept.get(s.id) ?? [])
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

/**
 * The dataset without its words: every stance with its place on the charts (leader, axis, date,
 * level, evidence kind) but no summary, rationale, citations, corrections or changes, and no
 * sources or log. What charts draw from, at a fraction of the bytes; `words: false` says so, and
 * whatever shows a stance's words must take them from the whole dataset.
 */
export function datasetWithoutWords(dataset: Dataset): Dataset {
	const bare = new Map(dataset.stances.map((s) => [s.id, withoutWords(s)]));
	const without = (stances: StanceView[]) => stances.map((s) => bare.get(s.id) ?? s);
	return {
		...dataset,
		words: false,
		sources: [],
		leaders: dataset.leaders.map((l) => ({ ...l, stances: without(l.stances) })),
		stances: without(dataset.stances),
		changes: []
	};
}

/** A stance's place on the charts, without its words (nor its move, which quotes the stance before). */
function withoutWords({ move: _, ...stance }: StanceView): StanceView {
	return { ...stance, summary: '', rationale: '', citations: [], corrections: [], changes: [] };
}

/**
 * Whether a stance carries its words: a stance always rests on at least one citation (the schema
 * says so), so one with none is a copy made by `datasetWithoutWords`.
 */
export function hasWords(stance: Pick<StanceView, 'citations'>): boolean {
	return stance.citations.length > 0;
}
