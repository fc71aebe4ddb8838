import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from './json-schema.ts';
import { FILE_KINDS } from './schema.ts';

describe('schema/*.schema.json', () => {
	const rendered = renderJsonSchemas();

	it('has one JSON Schema per kind of data file', () => {
		expect(Object.keys(rendered).sort()).toEqual(Object.values(FILE_KINDS).map((k) => k.jsonSchema).sort());
	});

	for (const [name, text] of Object.entries(rendered)) {
		it(`${name} is committed and up to date with schema.ts`, () => {
			const file = `schema/${name}`;
			const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
			expect(committed, `${file} is stale: run npm run schema`).toBe(text);
		});
	}

	it('targets draft-07 and refuses unknown keys, as the validator does', () => {
		for (const text of Object.values(rendered)) {
			const schema = JSON.parse(text) as { $schema?: string; additionalProperties?: boolean };
			expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
			expect(schema.additionalProperties).toBe(false);
		}
	});
});
