/**
 * Where data files sit and what their paths say: the kind of a file, a leader's id, the `$schema`
 * a file must carry and the folder holding the dataset. Paths are '/'-separated text here, never
 * the file system (the validator runs in the browser too).
 */
import { FILE_KINDS, type FileKind } from './schema.ts';

export const TOP_LEVEL_FILES: Readonly<Record<string, FileKind>> = {
	'axes.json': 'axes',
	'sources.json': 'sources',
	'events.json': 'events',
	'meta.json': 'meta',
	'changes.json': 'changes',
	'practice.json': 'practice'
};
export const REQUIRED_FILES = ['axes.json', 'sources.json', 'events.json', 'meta.json'] as const;
/** The story's one file, in the folder of its own: `story/story.json`. */
export const STORY_FILE = 'story.json';

/** Kinds that live one folder below the dataset's root: leaders/<id>.json and story/story.json. */
export const FOLDER_OF_KIND: Partial<Record<FileKind, string>> = {
	leader: 'leaders',
	story: 'story'
};

/** Orders data files by path, code point by code point: the same order on every machine and locale. */
export function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The kind of data file a path names, from its last segments, whatever the folder holding the
 * dataset is called (tests keep datasets in fixture folders): 'data/axes.json' is 'axes',
 * 'data/leaders/x.json' is 'leader', 'data/story/story.json' is 'story', anything else undefined.
 */
export function kindOfPath(path: string): FileKind | undefined {
	const parts = path.split('/');
	const name = parts.at(-1) ?? '';
	if (!name.endsWith('.json')) return undefined;
	if (parts.at(-2) === 'leaders') return name === '.json' ? undefined : 'leader';
	if (parts.at(-2) === 'story') return name === STORY_FILE ? 'story' : undefined;
	return TOP_LEVEL_FILES[name];
}

/** The `$schema` value each kind of file must carry, relative to the file (leaders and the story sit one deeper). */
export function expectedSchemaRef(kind: FileKind): string {
	const prefix = FOLDER_OF_KIND[kind] ? '../../schema/' : '../schema/';
	return prefix + FILE_KINDS[kind].jsonSchema;
}

export function dirname(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '' : path.slice(0, slash);
}

export function join(dir: string, name: string): string {
	return dir === '' ? name : `${dir}/${name}`;
}

/** A leader's id as its file name says: 'data/leaders/dario-amodei.json' → 'dario-amodei'. */
export function leaderIdOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** The folder holding the dataset: where the top-level files are (or above leaders/ or story/), else 'data'. */
export function dataRoot(files: readonly { path: string }[]): string {
	const top = files.find((f) => {
		const kind = kindOfPath(f.path);
		return kind !== undefined && !FOLDER_OF_KIND[kind];
	});
	if (top) return dirname(top.path);
	const nested = files.find((f) => {
		const kind = kindOfPath(f.path);
		return kind !== undefined && FOLDER_OF_KIND[kind];
	});
	return nested ? dirname(dirname(nested.path)) : 'data';
}
