/**
 * What can be written at a place in a data file, read from its JSON Schema (schema/*.schema.json,
 * generated from the zod schema by `npm run schema`): the keys of the object there with their
 * descriptions, a field's fixed values (axes, evidence kinds, kinds of change), levels 0–4 with
 * the axis's labels, and the ids of leaders, sources and stances for the fields that cite them.
 */
import type { Completion } from '@codemirror/autocomplete';
import { ID_FIELDS, type DataIds } from './data-ids.ts';
import type { JsonContext } from './json-context.ts';

/** The parts of a JSON Schema the generated schemas use. */
export interface JsonSchema {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
	const?: unknown;
	minimum?: number;
	maximum?: number;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
}

/** A level of an axis, as data/axes.json names it. */
export interface LevelName {
	value: number;
	label: string;
}

/** What completion offers besides the schema: the data's ids and each axis's level names. */
export interface CompletionData extends DataIds {
	/** Level names by axis id. */
	levels: ReadonlyMap<string, readonly LevelName[]>;
}

/** The schema's kind of a data file, by its path; undefined for a file that is not data. */
export function schemaNameOf(path: string): string | undefined {
	const parts = path.split('/');
	const name = parts.at(-1) ?? '';
	if (parts.at(-2) === 'leaders' && /^[^.].*\.json$/.test(name)) return 'leader';
	if (parts.at(-2) === 'story') return name === 'story.json' ? 'story' : undefined;
	const kind = /^(axes|sources|events|meta|changes|practice)\.json$/.exec(name)?.[1];
	return kind;
}

/** The schema and every branch of its anyOf, oneOf and allOf. */
function branches(schema: JsonSchema): JsonSchema[] {
	const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
	return [schema, ...nested.flatMap(branches)];
}

/** The schemas that may apply at `path` (keys, `*` for a list's item). */
export function schemasAt(root: JsonSchema, path: readonly string[]): JsonSchema[] {
	let here = branches(root);
	for (const step of path) {
		here = here.flatMap((s) => {
			const next = step === '*' ? s.items : s.properties?.[step];
			return next ? branches(next) : [];
		});
	}
	return here;
}

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.join(' or ') : s.type);

/** The keys that may go in the object at `context`, minus those it already has. */
function keyOptions(root: JsonSchema, context: JsonContext, typed: string): Completion[] {
	const seen = new Set<string>();
	const options: Completion[] = [];
	for (const schema of schemasAt(root, context.path)) {
		for (const [key, field] of Object.entries(schema.properties ?? {})) {
			if (seen.has(key) || (context.siblings.has(key) && key !== typed)) continue;
			seen.add(key);
			const required = schema.required?.includes(key) ?? false;
			options.push({
				label: key,
				type: 'property',
				detail: [typeOf(field), required ? 'required' : 'optional'].filter(Boolean).join(', '),
				...(field.description ? { info: field.description } : {}),
				apply: context.quoted ? `${key}": ` : `"${key}": `,
				boost: required ? 1 : 0
			});
		}
	}
	return options;
}

/** A string value as typed after the cursor: the closing quote comes with it. */
const stringApply = (value: string, quoted: boolean) =>
	quoted ? `${value}"` : JSON.stringify(value);

function idOptions(context: JsonContext, data: CompletionData): Completion[] {
	const kind = context.key === undefined ? undefined : ID_FIELDS[context.key];
	if (!kind) return [];
	return data[kind].map((option) => ({
		label: option.id,
		type: 'variable',
		detail: option.detail,
		apply: stringApply(option.id, context.quoted)
	}));
}

function levelOptions(
	schema: JsonSchema,
	context: JsonContext,
	data: CompletionData
): Completion[] {
	const { minimum, maximum } = schema;
	if (context.quoted || minimum === undefined || maximum === undefined || maximum - minimum > 10)
		return [];
	const axis = context.siblings.get('axis');
	const named = axis === undefined ? undefined : data.levels.get(axis);
	const options: Completion[] = [];
	for (let value = minimum; value <= maximum; value++) {
		const label = named?.find((l) => l.value === value)?.label;
		const everyAxis = [...data.levels]
			.map(([id, levels]) => `${id}: ${levels.find((l) => l.value === value)?.label ?? '?'}`)
			.join('; ');
		const info = named ? schema.description : everyAxis || schema.description;
		options.push({
			label: String(value),
			type: 'constant',
			...(label ? { detail: label } : {}),
			...(info ? { info } : {})
		});
	}
	return options;
}

/** The fixed values of the field at `context`: enum and const values, levels, true and false. */
function fixedOptions(root: JsonSchema, context: JsonContext, data: CompletionData): Completion[] {
	if (context.key === undefined) return [];
	const step = context.inList ? [context.key, '*'] : [context.key];
	const options = new Map<string, Completion>();
	for (const schema of schemasAt(root, [...context.path, ...step])) {
		const values = [...(schema.enum ?? []), ...('const' in schema ? [schema.const] : [])];
		if (schema.type === 'boolean') values.push(true, false);
		for (const value of values) {
			const label = typeof value === 'string' ? value : JSON.stringify(value);
			if (options.has(label)) continue;
			if (typeof value !== 'string' && context.quoted) continue;
			options.set(label, {
				label,
				type: 'constant',
				...(schema.description ? { info: schema.description } : {}),
				apply: typeof value === 'string' ? stringApply(value, context.quoted) : label
			});
		}
		if (schema.type === 'integer')
			for (const option of levelOptions(schema, context, data)) options.set(option.label, option);
	}
	return [...options.values()];
}

/** Every completion that fits `context` in a file of the schema `root`. */
export function completionOptions(
	root: JsonSchema,
	context: JsonContext,
	typed: string,
	data: CompletionData
): Completion[] {
	if (context.kind === 'key') return keyOptions(root, context, typed);
	return [...fixedOptions(root, context, data), ...idOptions(context, data)];
}
