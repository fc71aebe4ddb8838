import { describe, expect, it } from 'vitest';
import { stancesAsOf } from './as-of.ts';
import { chartDomain } from './chart-state.ts';
import { parseChartState } from './chart-state-parse.ts';
import { stanceChartState, stanceViewHref } from './stance-view.ts';
import { testDataset } from '../server/test-dataset.ts';

const dataset = testDataset();
const domain = chartDomain(dataset);

describe("a stance's view", () => {
	it('opens the month the stance was taken in, with its citations open', () => {
		for (const stance of dataset.stances) {
			const href = stanceViewHref(stance, domain);
			const state = parseChartState(new URL(href, 'https://example.org').searchParams, domain);
			expect(state, stance.id).toEqual(stanceChartState(stance, domain));
			expect(state.date, stance.id).toBe(stance.asOf.slice(0, 7));
			expect(state.stance, stance.id).toBe(stance.id);
		}
	});

	it('names the month even when it is an earlier one than the default view', () => {
		const early = dataset.stances.find((s) => s.asOf === '2015-12');
		expect(early && stanceViewHref(early, domain)).toBe(
			`/explore?date=2015-12&stance=${early?.id}`
		);
	});

	it('shows the stance on the spectra of that month', () => {
		for (const stance of dataset.stances) {
			const month = stanceChartState(stance, domain).date;
			const held = [...stancesAsOf(dataset.stances, month).values()].map((s) => s.id);
			expect(held, stance.id).toContain(stance.id);
		}
	});
});
