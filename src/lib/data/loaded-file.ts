/** A data file that parsed as JSON, and which of its values zod rejected. */
import type * as z from 'zod';
import type { JsonPath } from './positions.ts';
import type { FileKind } from './schema.ts';
import { issuePath } from './zod-messages.ts';

/**
 * A data file that parsed as JSON, with the paths zod rejected and those that still hold a
 * template's placeholder (reported on their own): the rules over clean values skip both.
 */
export class LoadedFile {
	/** Every zod issue path and all its prefixes, joined: a value is clean when its path is absent. */
	readonly #dirty = new Set<string>();

	constructor(
		readonly path: string,
		readonly kind: FileKind,
		readonly data: unknown,
		issues: readonly z.core.$ZodIssue[],
		placeholders: readonly JsonPath[] = []
	) {
		for (const at of [...issues.map(issuePath), ...placeholders]) {
			for (let depth = 0; depth <= at.length; depth++) this.#dirty.add(pathKey(at.slice(0, depth)));
		}
	}

	/** True when zod found nothing wrong at or under `at`, and it holds no placeholder. */
	isClean(at: JsonPath): boolean {
		return !this.#dirty.has(pathKey(at));
	}

	/** The string at `at` when it passed its schema (so it is a well-formed id, date…). */
	string(at: JsonPath, value: unknown): string | undefined {
		return typeof value === 'string' && this.isClean(at) ? value : undefined;
	}
}

export function pathKey(at: JsonPath): string {
	return at.join('\u0001');
}
