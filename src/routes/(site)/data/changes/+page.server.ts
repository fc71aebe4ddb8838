import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

// Only what the log shows: its HTML carries the data for hydration.
export const load = (() => {
	const { meta, changes } = loadDataset();
	return { meta, changes };
}) satisfies PageServerLoad;
