import { describe, expect, it } from 'vitest';
import { datasetAsOf } from '../model/dataset-parts.ts';
import { testDataset } from '../server/test-dataset.ts';
import { chartFacts, chartModel } from './chart-model.ts';

describe('chartModel of part of a dataset', () => {
	const whole = testDataset();
	const last = whole.stances.at(-1)?.asOf.slice(0, 7) ?? '';
	const part = datasetAsOf(whole, last);

	it('takes the time control, ticks and spectrum heights of the whole from its facts', () => {
		const full = chartModel(whole);
		const shown = chartModel(part, chartFacts(whole));
		expect(part.stances.length).toBeLessThan(whole.stances.length);
		expect(shown.domain.months).toEqual(full.domain.months);
		expect(shown.extent).toEqual(full.extent);
		expect(shown.changes).toEqual(full.changes);
		expect(shown.spectrumRows).toBe(full.spectrumRows);
		expect(shown.styles).toEqual(full.styles);
	});

	it('without them, would cover only the part (which is why pages pass them)', () => {
		expect(chartModel(part).changes).not.toEqual(chartModel(whole).changes);
	});
});
