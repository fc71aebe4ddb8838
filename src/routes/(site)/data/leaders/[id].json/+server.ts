import { error, json } from '@sveltejs/kit';
import { leaderJson } from '$lib/model/dataset-json';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

// One leader's data, for a script that needs one person (linked from their page).
export const prerender = true;

export const entries = (() =>
	loadDataset().leaders.map((leader) => ({ id: leader.id }))) satisfies EntryGenerator;

export const GET = (({ params }) => {
	const dataset = loadDataset();
	if (!dataset.leaders.some((l) => l.id === params.id)) error(404, `No leader "${params.id}"`);
	return json(leaderJson(dataset, params.id));
}) satisfies RequestHandler;
