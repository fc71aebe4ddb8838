/**
 * The dataset without words (`datasetWithoutWords`) in few bytes, for the file large pages fetch
 * first (/data/chart.json): each stance a row of six values instead of an object of fourteen
 * fields, its names and labels looked up again from the leaders and axes. At 100x the bundled data
 * this is what lets the explore view start working before the words have arrived.
 */
import type { AxisId, EvidenceKind } from '../data/schema.ts';
import { datasetWithoutWords, hasWords } from './dataset-parts.ts';
import type { Dataset, StanceView } from './dataset.ts';
import { byAxisThenDate } from './stance-order.ts';

/** A stance as a chart places it: id, leader and axis (indexes), date, level, evidence kind. */
export type ChartRow = [string, number, number, string, number, EvidenceKind];

export interface ChartRows {
	/** The dataset with no stances, its leaders holding none. */
	base: Dataset;
	/** Every stance, in the dataset's order. */
	rows: ChartRow[];
}

export function chartRowsOf(dataset: Dataset): ChartRows {
	const leader = new Map(dataset.leaders.map((l, i) => [l.id, i]));
	const axis = new Map(dataset.axes.map((a, i) => [a.id, i]));
	return {
		base: {
			...datasetWithoutWords(dataset),
			stances: [],
			leaders: dataset.leaders.map((l) => ({ ...l, stances: [] }))
		},
		rows: dataset.stances.map((s) => [
			s.id,
			leader.get(s.leaderId) ?? -1,
			axis.get(s.axis) ?? -1,
			s.asOf,
			s.position,
			s.evidence
		])
	};
}

/** The dataset the rows were made from, without words: equal to `datasetWithoutWords` of it. */
export function datasetOfChartRows({ base, rows }: ChartRows): Dataset {
	const leaders = base.leaders.map((l) => ({ ...l, stances: [] as StanceView[] }));
	const stances = rows.map(([id, l, a, asOf, position, evidence]): StanceView => {
		const leader = leaders[l];
		const axis = base.axes[a];
		if (!leader || !axis) throw new Error(`chart row ${id} names no leader or axis`);
		const stance: StanceView = {
			id,
			leaderId: leader.id,
			leaderName: leader.name,
			leaderRole: leader.role,
			axis: axis.id as AxisId,
			axisLabel: axis.label,
			asOf,
			position,
			levelLabel: axis.levels.find((level) => level.value === position)?.label ?? '',
			evidence,
			summary: '',
			rationale: '',
			citations: [],
			corrections: [],
			changes: []
		};
		leader.stances.push(stance);
		return stance;
	});
	const order = byAxisThenDate(base.axes);
	for (const leader of leaders) leader.stances.sort(order);
	return { ...base, leaders, stances };
}

/**
 * Part of the dataset as a page carries it (`datasetWith`, `storyDataset`): every stance as a row,
 * and those with their words in full beside. The rows keep the part's sources and changes.
 */
export interface DatasetPart {
	rows: ChartRows;
	worded: StanceView[];
}

export function partOf(dataset: Dataset): DatasetPart {
	const rows = chartRowsOf(dataset);
	return {
		rows: { ...rows, base: { ...rows.base, sources: dataset.sources, changes: dataset.changes } },
		worded: dataset.stances.filter(hasWords)
	};
}

/** The dataset a part was made from: wordless stances from rows, the others as they were. */
export function datasetOfPart({ rows, worded }: DatasetPart): Dataset {
	const dataset = datasetOfChartRows(rows);
	const byId = new Map(worded.map((s) => [s.id, s]));
	const swap = (stances: StanceView[]) => stances.map((s) => byId.get(s.id) ?? s);
	const whole = dataset.stances.every((s) => byId.has(s.id));
	const { words: _, ...rest } = dataset;
	return {
		...rest,
		...(whole ? {} : { words: false as const }),
		leaders: dataset.leaders.map((l) => ({ ...l, stances: swap(l.stances) })),
		stances: swap(dataset.stances)
	};
}

/** A page's dataset: the whole, while small; past that, the part it draws (server/page-weight.ts). */
export type PageDataset = { whole: true; dataset: Dataset } | { whole: false; part: DatasetPart };

export function datasetOfPage(page: PageDataset): Dataset {
	return page.whole ? page.dataset : datasetOfPart(page.part);
}
