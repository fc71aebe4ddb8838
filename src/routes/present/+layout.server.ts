import { chartFacts } from '$lib/chart/chart-model';
import { loadDataset, loadStory, loadStoryCalls } from '$lib/server/dataset';
import { pageDataset } from '$lib/server/page-weight';
import { storyDataset } from '$lib/story/story-dataset';
import type { LayoutServerLoad } from './$types';

// The deck and the notes window show the same slides, from the same data: the whole dataset while
// it is small, past that (server/page-weight.ts) what the story draws, with the facts of the whole.
export const load = (() => {
	const dataset = loadDataset();
	const story = loadStory();
	return {
		...pageDataset(dataset, (whole) => storyDataset(whole, story)),
		story,
		calls: loadStoryCalls(),
		facts: chartFacts(dataset)
	};
}) satisfies LayoutServerLoad;
