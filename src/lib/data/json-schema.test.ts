import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { renderJsonSchemas } from './json-schema.ts';
import { kindOfPath } from './data-paths.ts';
import { FILE_KINDS } from './schema.ts';

describe('schema/*.schema.json', () => {
	const rendered = renderJsonSchemas();

	it('has one JSON Schema per kind of data file', () => {
		expect(Object.keys(rendered).sort()).toEqual(
			Object.values(FILE_KINDS)
				.map((k) => k.jsonSchema)
				.sort()
		);
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

/**
 * What an editor's IDE sees: every bundled data file checked against its committed JSON Schema by
 * a standard JSON Schema validator (ajv), so the IDE never flags a valid file, and does flag a typo.
 */
describe('the JSON Schemas as an IDE uses them', () => {
	const ajv = new Ajv({ allErrors: true, strict: false });
	addFormats(ajv);
	const schemaFor = (file: string) => {
		const kind = kindOfPath(file);
		if (!kind) throw new Error(`${file} is not a data file`);
		const name = FILE_KINDS[kind].jsonSchema;
		return (
			ajv.getSchema(name) ??
			(ajv.addSchema(JSON.parse(readFileSync(`schema/${name}`, 'utf8')), name), ajv.getSchema(name))
		);
	};

	for (const file of readDataDir('data').map((f) => f.path)) {
		it(`${file} passes its JSON Schema`, () => {
			const validate = schemaFor(file);
			const valid = validate?.(JSON.parse(readFileSync(file, 'utf8')));
			expect(validate?.errors ?? [], file).toEqual([]);
			expect(valid).toBe(true);
		});
	}

	it('flags a misspelt key and an http: address', () => {
		const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
			sources: Record<string, unknown>[];
		};
		const first = sources.sources[0] ?? {};
		sources.sources[0] = { ...first, url: 'http://example.org/', titel: 'x' };
		const validate = schemaFor('data/sources.json');
		expect(validate?.(sources)).toBe(false);
		const messages = (validate?.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
		expect(messages).toContain('/sources/0 must NOT have additional properties');
		expect(messages).toContain('/sources/0/url must match pattern "^https://"');
	});
});
