/**
 * The explore view's chart model for the evidence a reader chose (model/evidence-filter.ts): kept
 * here, beside the one view that draws from chosen evidence, so no other route loads it.
 */
import type { ChartModel } from '$lib/chart/chart-model';
import { stancesWithEvidence } from '$lib/model/evidence-filter';
import type { EvidenceFilter } from '$lib/vocabulary';

/**
 * The model drawing only from the evidence `evidence` keeps (model/evidence-filter.ts): the same
 * domain, styles, months and rows, so the scales and the spectra's heights stay as they are and
 * only marks move; the same model when it keeps all.
 */
export function modelDrawingFrom(model: ChartModel, evidence: EvidenceFilter): ChartModel {
	if (evidence === 'all') return model;
	const stances = stancesWithEvidence(model.dataset.stances, evidence);
	const kept = new Set(stances);
	return {
		...model,
		dataset: {
			...model.dataset,
			stances: [...stances],
			leaders: model.dataset.leaders.map((l) => ({
				...l,
				stances: l.stances.filter((s) => kept.has(s))
			}))
		}
	};
}
