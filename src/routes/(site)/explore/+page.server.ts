import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load = (() => ({ dataset: loadDataset() })) satisfies PageServerLoad;
