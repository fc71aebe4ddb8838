/** What the routes under /data/v/<version>/ share: the versions they are built for, and the files. */
import { error } from '@sveltejs/kit';
import { loadDataset } from './dataset.ts';
import { releasedFile, type ReleaseFile } from './releases.ts';

/** One entry per release the data lists (a test holds releases/ to that list). */
export function releasedVersions(): { version: string }[] {
	return loadDataset().releases.map(({ version }) => ({ version }));
}

const TYPES: Record<ReleaseFile, string> = {
	'openness-spectrum.json': 'application/json; charset=utf-8',
	'openness-spectrum.csv': 'text/csv; charset=utf-8'
};

/** A released file as it was served, or a 404 for a version that was never released. */
export function releasedVersionResponse(version: string, file: ReleaseFile): Response {
	const text = releasedFile(version, file);
	if (text === undefined) error(404, `Version ${version} was never released`);
	return new Response(text, { headers: { 'content-type': TYPES[file] } });
}
