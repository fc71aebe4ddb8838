/** Every page of the site, and where the build writes each one. */
import { readLeaders } from './dataset-data.ts';

export const ROUTES: string[] = [
	'/',
	'/explore',
	'/data',
	'/data/changes',
	'/editor',
	'/present',
	'/present/notes',
	...readLeaders().map((l) => `/leaders/${l.id}`)
];

/** adapter-static writes `/` as build/index.html and `/explore` as build/explore.html. */
export function builtFile(route: string, dir = 'build'): string {
	return route === '/' ? `${dir}/index.html` : `${dir}${route}.html`;
}
