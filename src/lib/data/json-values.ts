/**
 * Small helpers for reading raw JSON (`JSON.parse` output) without trusting its shape: the rules
 * that span files walk the data zod may have rejected, so every step checks what it finds.
 */
import type { JsonPath } from './positions.ts';

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as JsonObject)
		: undefined;
}

export function asArray(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}

export function hasOwn(object: JsonObject, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

export function valueAt(root: unknown, path: JsonPath): unknown {
	let value = root;
	for (const segment of path) {
		if (typeof segment === 'number') value = asArray(value)[segment];
		else {
			const object = asObject(value);
			value = object && hasOwn(object, segment) ? object[segment] : undefined;
		}
	}
	return value;
}
