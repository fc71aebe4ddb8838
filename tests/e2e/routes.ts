/** Every page of the site, and where the build writes each one. */
import { readLeaders, readPractice, readReleases, readStepIds } from './dataset-data.ts';

/** Each released version's page of changes from the one before. */
const releases = readReleases();
const versionPages = releases
	.slice(1)
	.map((r, i) => `/data/changes/${releases[i]?.version}/${r.version}`);

export const ROUTES: string[] = [
	'/',
	'/explore',
	'/data',
	'/data/changes',
	...versionPages,
	'/editor',
	'/brief',
	'/404',
	'/embed/explore',
	`/embed/story/${readStepIds()[0]}`,
	'/present',
	'/present/handout',
	'/present/notes',
	'/practice',
	'/practice/worksheet',
	...readPractice()
		.slice(1)
		.map((set) => `/practice/${set.id}`),
	...readLeaders().map((l) => `/leaders/${l.id}`)
];

/** adapter-static writes `/` as build/index.html and `/explore` as build/explore.html. */
export function builtFile(route: string, dir = 'build'): string {
	return route === '/' ? `${dir}/index.html` : `${dir}${route}.html`;
}
