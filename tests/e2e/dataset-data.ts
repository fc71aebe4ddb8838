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
	position: number;
	evidence: 'explicit' | 'reported' | 'inferred';
	rationale: string;
	citations: { quote: string; speaker?: string }[];
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
	calls?: RawCall[];
}

/** A quote to score: in a practice set, or on a Your call slide (with its id and the step it follows). */
export interface RawCall {
	id: string;
	after: string;
	stance: string;
	hint?: string;
}

export interface RawPracticeSet {
	id: string;
	title: string;
	items: { stance: string; hint?: string }[];
}

export function readPractice(): RawPracticeSet[] {
	return (JSON.parse(readFileSync('data/practice.json', 'utf8')) as { sets: RawPracticeSet[] })
		.sets;
}

export interface RawAxis {
	id: string;
	label: string;
	levels: { value: number; label: string; rubric: string }[];
}

export function readAxes(): RawAxis[] {
	return (JSON.parse(readFileSync('data/axes.json', 'utf8')) as { axes: RawAxis[] }).axes;
}

/** A stance by id, with its leader and axis. */
export function findStance(id: string): { stance: RawStance; leader: RawLeader; axis: RawAxis } {
	for (const leader of readLeaders()) {
		const stance = leader.stances.find((s) => s.id === id);
		const axis = readAxes().find((a) => a.id === stance?.axis);
		if (stance && axis) return { stance, leader, axis };
	}
	throw new Error(`no stance ${id} in data/`);
}

/**
 * The presentation's slides as the data says they come: the title, each step followed by the Your
 * call slides placed after it, the closing questions.
 */
export function readSlides(): {
	kind: 'title' | 'step' | 'call' | 'discuss';
	id: string;
	title: string;
}[] {
	const story = readStory();
	return [
		{ kind: 'title', id: 'title', title: story.title },
		...story.steps.flatMap((step) => [
			{ kind: 'step' as const, id: step.id, title: step.title },
			...(story.calls ?? [])
				.filter((call) => call.after === step.id)
				.map((call) => {
					const { leader, axis } = findStance(call.stance);
					return {
						kind: 'call' as const,
						id: call.id,
						title: `Your call: ${leader.name} on ${axis.label.toLowerCase()}`
					};
				})
		]),
		{ kind: 'discuss', id: 'discuss', title: story.discussion?.title ?? 'Discuss' }
	];
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
