/**
 * What the /data page counts of the whole dataset, worked out where the whole is (the server), so
 * the page says it even when it carries only part of the dataset.
 */
import type { Dataset } from './dataset.ts';
import { countChecks, type QuoteCheck } from './quote-check.ts';

export interface DatasetCounts {
	stances: number;
	leaders: number;
	citations: number;
	sources: number;
	changes: number;
	checks: Record<QuoteCheck, number>;
}

export function datasetCounts(dataset: Dataset): DatasetCounts {
	const citations = dataset.stances.flatMap((s) => s.citations);
	return {
		stances: dataset.stances.length,
		leaders: dataset.leaders.length,
		citations: citations.length,
		sources: dataset.sources.length,
		changes: dataset.changes.length,
		checks: countChecks(citations)
	};
}
