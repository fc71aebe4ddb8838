/**
 * The bundled dataset as the end-to-end tests see it: read straight from data/, independent of
 * the app's own loader, so a test compares the page with the files, not the app with itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface RawStance {
	id: string;
	asOf: string;
	citations: { quote: string }[];
}
interface RawLeader {
	id: string;
	name: string;
	stances: RawStance[];
}

export function readLeaders(dir = 'data/leaders'): RawLeader[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RawLeader);
}

export function readMeta(): { version: string; updated: string } {
	return JSON.parse(readFileSync('data/meta.json', 'utf8')) as { version: string; updated: string };
}
