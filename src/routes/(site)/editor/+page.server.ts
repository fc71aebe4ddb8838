import { bundledDataFiles, loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

// The raw text of every bundled data file: the editor checks a draft merged into them, exactly as
// `npm run validate` would check the repo with the draft saved in it.
export const load = (() => ({
	files: bundledDataFiles(),
	leaders: loadDataset().leaders.map(({ id, name }) => ({ id, name }))
})) satisfies PageServerLoad;
