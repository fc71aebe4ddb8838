import { chartFacts } from '$lib/chart/chart-model';
import { slideHref, stepSlideIndexes } from '$lib/present/slides';
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
		// Each step's slide in /present, counted past the Your call slides before it: worked out
		// here, so the story's page carries no code of the slides.
		slideHrefs: stepSlideIndexes(
			story.steps.map((step) => step.id),
			loadStoryCalls().map((call) => call.after)
		).map(slideHref)
	};
}) satisfies PageServerLoad;
