/**
 * CITATION.cff at the repository's root is what GitHub's "Cite this repository" and reference
 * managers read: it must be valid CFF 1.2.0 (the keys it requires) and name the dataset's current
 * version and date, or a citation made from it names data the site no longer serves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The top-level `key: value` pairs of a YAML file (enough for CFF's scalar keys). */
function topLevel(text: string): Map<string, string> {
	const pairs = new Map<string, string>();
	for (const [, key = '', value = ''] of text.matchAll(/^([a-z-]+):[ \t]*(.*)$/gm))
		pairs.set(key, value.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1'));
	return pairs;
}

describe('CITATION.cff', () => {
	const cff = readFileSync('CITATION.cff', 'utf8');
	const keys = topLevel(cff);
	const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as {
		version: string;
		updated: string;
		title?: string;
	};

	it('has the keys CFF 1.2.0 requires, as a dataset', () => {
		expect(keys.get('cff-version')).toBe('1.2.0');
		for (const key of ['message', 'title', 'authors']) expect(keys.has(key), key).toBe(true);
		expect(cff).toMatch(/^authors:\n {2}- (name|family-names): \S/m);
		expect(keys.get('type')).toBe('dataset');
		expect(keys.get('license')).toBe('CC-BY-4.0');
	});

	it("names the dataset's current title, version and date (update it with each release)", () => {
		expect(keys.get('title')).toBe(meta.title);
		expect(keys.get('version')).toBe(meta.version);
		expect(keys.get('date-released')).toBe(meta.updated);
	});
});
