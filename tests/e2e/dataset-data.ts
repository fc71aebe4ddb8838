/**
 * The bundled dataset as the end-to-end tests see it: read straight from data/, independent of
 * the app's own loader, so a test compares the page with the files, not the app with itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface RawStance {
	id: string;
	axis: string;
	asOf: string;
	citations: { quote: string }[];
}
interface RawLeader {
	id: string;
	name: string;
	shortName?: string;
	role: 'cast' | 'reference';
	roleNote?: string;
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

/** The released versions data/changes.json lists, oldest first. */
export function readReleases(): { version: string; date: string; note: string }[] {
	const file = JSON.parse(readFileSync('data/changes.json', 'utf8')) as {
		releases?: { version: string; date: string; note: string }[];
	};
	return file.releases ?? [];
}

type RawSegment = string | { quote: string; stance: string };
export interface RawStep {
	id: string;
	title: string;
	annotation?: string;
	body: RawSegment[][];
	notes?: RawNotes;
	chart: {
		date: string;
		from?: string;
		view?: string;
		axis?: string;
		leaders?: string[];
		references?: true;
		highlight?: string[];
	};
}

export interface RawNotes {
	points: string[];
	question?: string;
}

export interface RawStory {
	title: string;
	dek: string;
	steps: RawStep[];
	opening?: RawNotes;
	discussion?: { title: string; questions: string[]; notes?: RawNotes };
}

export function readStory(): RawStory {
	return JSON.parse(readFileSync('data/story/story.json', 'utf8')) as RawStory;
}

/** A paragraph's words as a reader sees them: quotes inside curly quotation marks. */
export function paragraphText(paragraph: RawSegment[]): string {
	return paragraph.map((s) => (typeof s === 'string' ? s : `“${s.quote}”`)).join('');
}

/** The ids of the story's steps, in order. */
export function readStepIds(): string[] {
	const story = JSON.parse(readFileSync('data/story/story.json', 'utf8')) as {
		steps: { id: string }[];
	};
	return story.steps.map((s) => s.id);
}
