import { loadDataset, loadStory } from '$lib/server/dataset';
import type { LayoutServerLoad } from './$types';

// The deck and the notes window show the same slides, from the same data.
export const load = (() => ({
	dataset: loadDataset(),
	story: loadStory()
})) satisfies LayoutServerLoad;
