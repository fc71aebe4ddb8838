/**
 * How the folders of src/lib depend on each other: no two import each other, and nothing imports
 * upward (the vocabulary imports nothing; the schema and validator import only the vocabulary; the
 * model imports only those). Tests are left out: a test may use anything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return files(full);
		const code = /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name);
		return code ? [full] : [];
	});
}

/** The top-level part of src/lib a path is in: a folder name, or the module's own name. */
function partOf(file: string): string {
	const [first] = path.relative(LIB, file).split(path.sep);
	return (first ?? '').replace(/\.(ts|svelte)$/, '');
}

/** Part → the other parts it imports from. */
function dependencies(): Map<string, Set<string>> {
	const deps = new Map<string, Set<string>>();
	for (const file of files(LIB)) {
		const from = partOf(file);
		const text = readFileSync(file, 'utf8');
		for (const [, spec = ''] of text.matchAll(/from '([^']+)'/g)) {
			let target: string | undefined;
			if (spec.startsWith('$lib/')) target = path.join(LIB, spec.slice(5));
			else if (spec.startsWith('.')) target = path.join(path.dirname(file), spec);
			if (!target || path.relative(LIB, target).startsWith('..')) continue;
			const to = partOf(target);
			if (to !== from) deps.set(from, (deps.get(from) ?? new Set()).add(to));
		}
	}
	return deps;
}

describe('the parts of src/lib', () => {
	const deps = dependencies();
	const of = (part: string) => [...(deps.get(part) ?? [])].sort();

	it('finds the parts it checks', () => {
		expect(of('model')).toContain('data');
		expect(of('chart')).toContain('model');
	});

	it('never import each other', () => {
		const cycles = [...deps].flatMap(([a, tos]) =>
			[...tos].filter((b) => a < b && deps.get(b)?.has(a)).map((b) => `${a} <-> ${b}`)
		);
		expect(cycles).toEqual([]);
	});

	it('import nothing upward: vocabulary, then data, then model', () => {
		expect(of('vocabulary')).toEqual([]);
		expect(of('data')).toEqual(['vocabulary']);
		expect(of('model').filter((p) => p !== 'data' && p !== 'vocabulary')).toEqual([]);
	});
});
