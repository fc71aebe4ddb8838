import { releasedVersionResponse, releasedVersions } from '$lib/server/released-route';
import type { EntryGenerator, RequestHandler } from './$types';

// Each released version's CSV, byte for byte as it was served when released (releases/).
export const prerender = true;
export const entries = (() => releasedVersions()) satisfies EntryGenerator;
export const GET = (({ params }) =>
	releasedVersionResponse(params.version, 'openness-spectrum.csv')) satisfies RequestHandler;
