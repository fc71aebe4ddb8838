import { loadDataset } from '$lib/server/dataset';
import type { LayoutServerLoad } from './$types';

// Every page's footer names the dataset version, so a citation of the site stays reproducible.
export const load = (() => {
	const { meta } = loadDataset();
	return { meta };
}) satisfies LayoutServerLoad;
