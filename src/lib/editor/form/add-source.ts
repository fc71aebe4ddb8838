/**
 * Writes a new source into sources.json's text: the repo keeps sources sorted by id (code point by
 * code point), so the new one goes at its place in that order; in a file not sorted so, at the end.
 * The file is laid out as the repo stores it.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { formatDataFile } from '../../data/format.ts';
import { asObject } from '../../data/json-values.ts';
import type { Source } from '../../data/schema.ts';
import type { Written } from './upsert-stance.ts';

function idOf(value: unknown): string {
	const id = asObject(value)?.id;
	return typeof id === 'string' ? id : '';
}

/**
 * `sourcesText` with `source` added, and the offset of its opening brace. Throws when the text is
 * not a sources file (JSON with a `sources` list): the caller checks that first.
 */
export function addSource(sourcesText: string, source: Source): Written {
	const file = asObject(JSON.parse(sourcesText));
	if (!file || !Array.isArray(file.sources)) throw new Error('not a sources file');
	const sources: unknown[] = [...(file.sources as unknown[])];
	const ids = sources.map(idOf);
	const sorted = ids.every((id, i) => i === 0 || ids[i - 1]! <= id);
	const after = ids.findIndex((id) => id > source.id);
	const index = sorted && after >= 0 ? after : sources.length;
	sources.splice(index, 0, source);
	const text = formatDataFile({ ...file, sources });
	const node = findNodeAtLocation(parseTree(text)!, ['sources', index]);
	return { text, offset: node?.offset ?? 0 };
}
