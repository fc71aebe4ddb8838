/**
 * Completion in the draft: keys and fixed values from the file's JSON Schema, and the ids the
 * data holds (see schema-options.ts). The schema is picked by the draft's file path and loaded
 * when first needed; the ids are read from the files at the first completion, and again when the
 * files change.
 */
import type {
	CompletionContext,
	CompletionResult,
	CompletionSource
} from '@codemirror/autocomplete';
import { axisLevels, dataIds } from './data-ids.ts';
import { jsonContext } from './json-context.ts';
import {
	completionOptions,
	schemaNameOf,
	type CompletionData,
	type JsonSchema
} from './schema-options.ts';

/** The generated schemas, each loaded on first use. */
const SCHEMAS = import.meta.glob<JsonSchema>('../../../../schema/*.schema.json', {
	import: 'default'
});

const loaded = new Map<string, Promise<JsonSchema | undefined>>();

/** The JSON Schema of the data file at `path`; undefined for a path that is not a data file. */
export function schemaFor(path: string): Promise<JsonSchema | undefined> {
	const name = schemaNameOf(path);
	if (name === undefined) return Promise.resolve(undefined);
	let schema = loaded.get(name);
	if (!schema) {
		const load = SCHEMAS[`../../../../schema/${name}.schema.json`];
		schema = load ? load().catch(() => undefined) : Promise.resolve(undefined);
		loaded.set(name, schema);
	}
	return schema;
}

/** The rest of the word after the cursor, with its closing quote and, after a key, its colon. */
function replacedAfter(cx: CompletionContext, kind: 'key' | 'value', quoted: boolean): number {
	const after = cx.state.sliceDoc(cx.pos, Math.min(cx.state.doc.length, cx.pos + 200));
	let end = /^[\w$.-]*/.exec(after)?.[0].length ?? 0;
	if (quoted && after[end] === '"') {
		end++;
		if (kind === 'key') end += /^\s*:[ \t]?/.exec(after.slice(end))?.[0].length ?? 0;
	}
	return cx.pos + end;
}

/**
 * The completion source. `path`: the file the draft is checked as, read at each completion;
 * `files`: the data files whose ids are offered (the bundled ones, or a changeset's).
 */
export function draftCompletion(
	path: () => string,
	files: () => readonly { path: string; text: string }[]
): CompletionSource {
	// Read again only when the files change (a changeset may add a source or a leader).
	let read: { from: readonly { path: string; text: string }[]; data: CompletionData } | undefined;
	const dataOf = (now: readonly { path: string; text: string }[]): CompletionData => {
		if (read?.from !== now)
			read = { from: now, data: { ...dataIds(now), levels: axisLevels(now) } };
		return read.data;
	};
	return async (cx: CompletionContext): Promise<CompletionResult | null> => {
		const context = jsonContext(cx.state, cx.pos);
		if (!context) return null;
		const typed = cx.state.sliceDoc(context.from, cx.pos);
		// Typing opens the list in a word or a quoted string; Ctrl-Space opens it anywhere it fits.
		if (!cx.explicit && typed === '' && !context.quoted) return null;
		const schema = (await schemaFor(path())) ?? {};
		if (cx.aborted) return null;
		const options = completionOptions(schema, context, typed, dataOf(files()));
		if (options.length === 0) return null;
		return {
			from: context.from,
			to: replacedAfter(cx, context.kind, context.quoted),
			options,
			validFor: /^[\w$.-]*$/
		};
	};
}
