import { chartModel } from '$lib/chart/chart-model';
import { datasetOfPage } from '$lib/model/chart-rows';
import { storySlides } from '$lib/present/slides';
import type { LayoutLoad } from './$types';

// Computed where the page runs (while prerendering, and again in the browser), not sent as data.
export const load = (({ data }) => ({
	...data,
	model: chartModel(datasetOfPage(data), data.facts),
	slides: storySlides(data.story, data.calls)
})) satisfies LayoutLoad;
