/**
 * zod issues in words: one-line messages for editors, keyed to the value (or key) they are about.
 * An unknown key names the known key it is probably a misspelling of; a key zod reports as a
 * wrong value but that is simply absent is reported as missing.
 */
import * as z from 'zod';
import { expectedSchemaRef } from './data-paths.ts';
import { asObject, hasOwn, valueAt } from './json-values.ts';
import type { JsonPath } from './positions.ts';
import type { Finding } from './report.ts';
import { FILE_KINDS, type FileKind } from './schema.ts';
import { closest, didYouMean } from './suggest.ts';

/** Messages for schemas that carry none of their own (schema.ts messages always win over these). */
const EXPECTED: Readonly<Record<string, string>> = {
	object: 'an object { … }',
	array: 'a list [ … ]',
	string: 'text in quotes',
	number: 'a number',
	boolean: 'true or false'
};

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const friendlyDefaults: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
		case 'too_small':
			return issue.origin === 'array'
				? `must list at least ${plural(Number(issue.minimum), 'item')}`
				: undefined;
		case 'too_big':
			return issue.origin === 'array'
				? `must list at most ${plural(Number(issue.maximum), 'item')}`
				: undefined;
		case 'invalid_value':
			return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		default:
			return undefined;
	}
};

/** The object schema at `path` inside `schema`, through lists and optionals; undefined if none. */
function objectSchemaAt(schema: z.core.$ZodType, path: JsonPath): z.ZodObject | undefined {
	let current: z.core.$ZodType | undefined = schema;
	for (let i = 0; ; i++) {
		while (
			current instanceof z.ZodOptional ||
			current instanceof z.ZodNullable ||
			current instanceof z.ZodDefault
		) {
			current = current.unwrap();
		}
		if (i === path.length) return current instanceof z.ZodObject ? current : undefined;
		const segment = path[i];
		if (current instanceof z.ZodObject && typeof segment === 'string')
			current = current.shape[segment];
		else if (current instanceof z.ZodArray && typeof segment === 'number')
			current = current.element;
		else return undefined;
	}
}

/** A finding from zod, with what it says about keys (to tell a misspelt key from a missing one). */
export interface ZodFinding extends Finding {
	/** For a missing key: the key. */
	missing?: string;
	/** For an unknown key: the known key it is probably a misspelling of. */
	suggests?: string;
}

/** A zod issue's path as a JSON path (zod allows symbol keys; JSON has none). */
export function issuePath(issue: z.core.$ZodIssue): JsonPath {
	return issue.path.filter((s): s is string | number => typeof s !== 'symbol');
}

/** One zod issue as one or more findings (an unknown-keys issue names each key separately). */
export function describeIssue(
	issue: z.core.$ZodIssue,
	data: unknown,
	kind: FileKind
): ZodFinding[] {
	const at = issuePath(issue);

	if (issue.code === 'unrecognized_keys') {
		const known = Object.keys(objectSchemaAt(FILE_KINDS[kind].schema, at)?.shape ?? {});
		return issue.keys.map((key) => {
			const suggests = closest(key, known, 2);
			return {
				at: [...at, key],
				target: 'key',
				message: `unknown key "${key}"${suggests === undefined ? '' : ` (did you mean "${suggests}"?)`}`,
				...(suggests === undefined ? {} : { suggests })
			};
		});
	}

	// A missing key: zod reports its value as wrong (type or enum), but the key is simply absent.
	const key = at.at(-1);
	const parent = asObject(valueAt(data, at.slice(0, -1)));
	if (typeof key === 'string' && parent && !hasOwn(parent, key)) {
		const hint =
			key === '$schema' && at.length === 1 ? `: add "$schema": "${expectedSchemaRef(kind)}"` : '';
		return [
			{
				at: at.slice(0, -1),
				target: 'value',
				message: `missing required key "${key}"${hint}`,
				missing: key
			}
		];
	}

	let message = issue.message;
	if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
		const values = issue.values.filter((v): v is string => typeof v === 'string');
		message += didYouMean(issue.input, values, 2);
	}
	return [{ at, target: 'value', message }];
}
