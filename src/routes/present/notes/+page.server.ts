import { loadDataset, loadStory } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	dataset: loadDataset(),
	story: loadStory()
})) satisfies PageServerLoad;
