import { error } from '@sveltejs/kit';
import { leaderDataset } from '$lib/model/dataset-parts';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every leader in the dataset gets a prerendered page.
export const entries = (() =>
	loadDataset().leaders.map((leader) => ({ id: leader.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const dataset = loadDataset();
	const leader = dataset.leaders.find((l) => l.id === params.id);
	if (!leader) error(404, `No leader "${params.id}" in the dataset`);
	// Only what this page draws: its HTML carries the data for hydration.
	return { dataset: leaderDataset(dataset, leader.id), leader };
}) satisfies PageServerLoad;
