import { stancesAsOf } from '$lib/model/as-of';
import { biggestMoves, sourcesOf } from '$lib/model/brief';
import { chartDomain, defaultChartState } from '$lib/model/chart-state';
import { chartCaption } from '$lib/model/describe-state';
import { discussion } from '$lib/present/slides';
import { loadDataset, loadStory } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** Discussion questions the brief prints: the presentation's first three. */
const QUESTIONS = 3;

// Worked out once, while prerendering: the page has no script (+page.ts), so none of this is sent
// to the browser as data.
export const load = (() => {
	const dataset = loadDataset();
	const state = { ...defaultChartState(chartDomain(dataset)), view: 'spectrum' as const };
	const shown = [...stancesAsOf(dataset.stances, state.date).values()];
	const moves = biggestMoves(dataset.stances);
	return {
		dataset,
		state,
		caption: chartCaption(state, dataset.axes),
		moves,
		questions: discussion(loadStory()).questions.slice(0, QUESTIONS),
		sources: sourcesOf([...shown, ...moves])
	};
}) satisfies PageServerLoad;
