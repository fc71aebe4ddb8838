import { error } from '@sveltejs/kit';
import { chartFacts } from '$lib/chart/chart-model';
import { loadDataset, loadStory } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// Chart-only pages for other sites' iframes: /embed/explore (any explore view: the same query as
// /explore, read in the browser) and /embed/story/<step> (each story step, whole without script).
export const entries = (() => [
	{ view: 'explore' },
	...loadStory().steps.map((step) => ({ view: `story/${step.id}` }))
]) satisfies EntryGenerator;

export const load = (({ params }) => {
	const dataset = loadDataset();
	const found = loadStory().steps.find((s) => `story/${s.id}` === params.view);
	if (params.view !== 'explore' && !found) error(404, `No embed "${params.view}"`);
	const step = found
		? { id: found.id, title: found.title, state: found.state, annotation: found.annotation }
		: null;
	return { dataset, facts: chartFacts(dataset), step };
}) satisfies PageServerLoad;
