/**
 * Completion in the draft: keys and fixed values from the file's JSON Schema, and the ids the
 * data holds (see schema-options.ts). The schema is picked by the draft's file path and loaded
 * when first needed; the ids are read from the files at the first completion, and again when the
 * files change.
 */
import {
	insertCompletionText,
	pickedCompletion,
	type Completion,
	type CompletionContext,
	type CompletionResult,
	type CompletionSource
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

/**
 * How many characters after a completed word are already what the completion ends with: the
 * closing quote of a quoted value, or of a quoted key with its colon. They are replaced, not
 * doubled. (They cannot be part of the completed range itself: CodeMirror checks that range
 * against `validFor` as the editor types on.)
 */
export function closingAfter(after: string, kind: 'key' | 'value', quoted: boolean): number {
	if (!quoted || !after.startsWith('"')) return 0;
	return kind === 'key' ? (/^"\s*:[ \t]?/.exec(after)?.[0].length ?? 1) : 1;
}

/** Applies `insert` over the completed word and whatever of its ending is already there. */
function applying(insert: string, kind: 'key' | 'value', quoted: boolean): Completion['apply'] {
	return (view, completion, from, to) => {
		const after = view.state.sliceDoc(to, Math.min(view.state.doc.length, to + 40));
		view.dispatch({
			...insertCompletionText(view.state, insert, from, to + closingAfter(after, kind, quoted)),
			annotations: pickedCompletion.of(completion)
		});
	};
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
		const rest = /^[\w$.-]*/.exec(cx.state.sliceDoc(cx.pos, cx.pos + 200))?.[0] ?? '';
		return {
			from: context.from,
			to: cx.pos + rest.length,
			options: options.map((option) =>
				typeof option.apply === 'string'
					? { ...option, apply: applying(option.apply, context.kind, context.quoted) }
					: option
			),
			validFor: /^[\w$.-]*$/
		};
	};
}
