import { error } from '@sveltejs/kit';
import { loadDataset, loadStory } from '$lib/server/dataset';
import { shareImages, sharePng } from '$lib/publish/share-images.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Every share image is written at build time (see $lib/publish/share-images.server).
export const prerender = true;

export const entries = (() =>
	shareImages(loadDataset(), loadStory()).map(({ name }) => ({ name }))) satisfies EntryGenerator;

export const GET = (({ params }) => {
	const image = shareImages(loadDataset(), loadStory()).find((i) => i.name === params.name);
	if (!image) error(404, `No share image "${params.name}"`);
	return new Response(Buffer.from(sharePng(image)), {
		headers: { 'content-type': 'image/png' }
	});
}) satisfies RequestHandler;
