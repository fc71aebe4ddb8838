import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every leader in the dataset gets a prerendered page.
export const entries = (() =>
	loadDataset().leaders.map((leader) => ({ id: leader.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const dataset = loadDataset();
	const leader = dataset.leaders.find((l) => l.id === params.id);
	if (!leader) error(404, `No leader "${params.id}" in the dataset`);
	return { dataset, leader };
}) satisfies PageServerLoad;
