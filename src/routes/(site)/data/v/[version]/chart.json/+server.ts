import { json } from '@sveltejs/kit';
import { releasedPositions } from '$lib/model/release';
import { releasedDataset } from '$lib/server/releases';
import { releasedVersions } from '$lib/server/released-route';
import type { EntryGenerator, RequestHandler } from './$types';

// Where a released version placed each stance, in few bytes: what the explore view draws as ghosts
// when a reader compares the chart with that version.
export const prerender = true;
export const entries = (() => releasedVersions()) satisfies EntryGenerator;
export const GET = (({ params }) =>
	json(releasedPositions(releasedDataset(params.version)))) satisfies RequestHandler;
