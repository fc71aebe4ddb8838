import { chartFacts } from '$lib/chart/chart-model';
import { loadDataset, loadStory, loadStoryCalls } from '$lib/server/dataset';
import { pageDataset } from '$lib/server/page-weight';
import { storyDataset } from '$lib/story/story-dataset';
import type { PageServerLoad } from './$types';

// The whole dataset while it is small; past that (server/page-weight.ts) what the story draws, with
// the facts of the whole; a point opened on the chart fetches its words.
export const load = (() => {
	const dataset = loadDataset();
	const story = loadStory();
	return {
		...pageDataset(dataset, (whole) => storyDataset(whole, story)),
		story,
		facts: chartFacts(dataset),
		stanceCount: dataset.stances.length,
		// Where each step's slide is in /present: after the Your call slides placed before it.
		callsAfter: loadStoryCalls().map((call) => call.after)
	};
}) satisfies PageServerLoad;
