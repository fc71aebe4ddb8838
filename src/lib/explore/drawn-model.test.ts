import { describe, expect, it } from 'vitest';
import { chartModel } from '$lib/chart/chart-model';
import { testDataset } from '$lib/server/test-dataset';
import { modelDrawingFrom } from './drawn-model.ts';

describe('modelDrawingFrom', () => {
	const model = chartModel(testDataset());
	it('is the same model for all evidence', () => {
		expect(modelDrawingFrom(model, 'all')).toBe(model);
	});
	it('draws from the kept stances only, with the scales and heights of the whole', () => {
		const explicit = modelDrawingFrom(model, 'explicit');
		expect(explicit.dataset.stances.map((s) => s.evidence)).toEqual(['explicit', 'explicit']);
		expect(explicit.dataset.leaders.flatMap((l) => l.stances)).toHaveLength(2);
		expect(explicit.domain).toBe(model.domain);
		expect(explicit.spectrumRows).toBe(model.spectrumRows);
		expect(explicit.stanceById).toBe(model.stanceById);
	});
});
