/**
 * Which data file a draft is, read from its content: a leader file by its `id`, the others by
 * their list (`sources`, `events`, `axes`, the corrections log's `changes`, the story's `steps`)
 * or fields. Read leniently, so a draft with a syntax error is still checked as the right file and
 * its errors land in the right place.
 */
import { parse } from 'jsonc-parser';

/** Where a leader's file sits: 'data/leaders/<id>.json'. */
export function leaderPath(id: string): string {
	return `data/leaders/${id}.json`;
}

export interface DraftPathGuess {
	/** The file the draft is; undefined when it is a leader file without a usable id yet. */
	path?: string;
	/** Why, in words: "from its id", "from its "sources" list". */
	reason: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LISTS = [
	['sources', 'data/sources.json'],
	['events', 'data/events.json'],
	['axes', 'data/axes.json'],
	['changes', 'data/changes.json'],
	['steps', 'data/story/story.json']
] as const;

/** The data file `text` is, or undefined when nothing in it says. */
export function detectDraftPath(text: string): DraftPathGuess | undefined {
	const root: unknown = parse(text, [], { allowTrailingComma: true });
	if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined;
	const value = root as Record<string, unknown>;
	const schema = typeof value.$schema === 'string' ? value.$schema : '';

	if (schema.endsWith('/leader.schema.json') || 'stances' in value || 'affiliations' in value) {
		const id = value.id;
		return typeof id === 'string' && KEBAB.test(id)
			? { path: leaderPath(id), reason: 'from its id' }
			: { reason: 'a leader file, but its "id" is not a valid id yet' };
	}
	for (const [key, path] of LISTS) {
		if (
			key in value ||
			schema.endsWith(`/${path.split('/').at(-1)?.replace('.json', '')}.schema.json`)
		)
			return { path, reason: `from its "${key}" list` };
	}
	if ('version' in value || 'updated' in value || schema.endsWith('/meta.schema.json'))
		return { path: 'data/meta.json', reason: 'from its "version"' };
	return undefined;
}
