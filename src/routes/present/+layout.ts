import { chartModel } from '$lib/chart/chart-model';
import { storySlides } from '$lib/present/slides';
import type { LayoutLoad } from './$types';

// Computed where the page runs (while prerendering, and again in the browser), not sent as data.
export const load = (({ data }) => ({
	...data,
	model: chartModel(data.dataset),
	slides: storySlides(data.story)
})) satisfies LayoutLoad;
