import { describe, expect, it } from 'vitest';
import { chartDomain } from '../model/chart-state.ts';
import { testDataset } from '../server/test-dataset.ts';
import { previewMonth } from './preview-month.ts';

const dataset = testDataset();
const months = chartDomain(dataset).months;
const byId = new Map(dataset.stances.map((s) => [s.id, s]));

describe('previewMonth', () => {
	it('opens at the month an added stance starts to hold, before one that is only changed', () => {
		const shown = previewMonth(months, byId, {
			added: ['lovelace-weights-2023'],
			changed: ['turing-access-2019']
		});
		expect(shown.month).toBe('2023-11');
		expect(shown.stance?.id).toBe('lovelace-weights-2023');
	});

	it('opens at a changed stance when none is added; a year starts in its January', () => {
		const year = new Map(byId);
		const turing = byId.get('turing-access-2019');
		if (!turing) throw new Error('fixture has Turing');
		year.set('turing-access-2019', { ...turing, asOf: '2019' });
		expect(previewMonth(months, year, { added: [], changed: ['turing-access-2019'] }).month).toBe(
			'2019-01'
		);
	});

	it('opens at the latest month without a change it can find', () => {
		expect(previewMonth(months, byId, { added: ['not-there'], changed: [] })).toEqual({
			month: months.at(-1)
		});
		expect(months.at(-1)).toBe('2025-06');
	});
});
