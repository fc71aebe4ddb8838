import { readFileSync } from 'node:fs';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { jsonContext } from './json-context.ts';
import {
	completionOptions,
	schemaNameOf,
	schemasAt,
	type CompletionData,
	type JsonSchema
} from './schema-options.ts';

const schema = (name: string) =>
	JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')) as JsonSchema;
const leader = schema('leader');

const data: CompletionData = {
	leaders: [{ id: 'ann-example', detail: 'Ann Example' }],
	sources: [{ id: 'example-times-2024', detail: 'Example Times, 2024-01-02' }],
	stances: [{ id: 'example-tools-2024', detail: 'Ann Example, tools, 2024' }],
	levels: new Map([
		['tools', [0, 1, 2, 3, 4].map((value) => ({ value, label: `Tools ${value}` }))],
		['weights', [0, 1, 2, 3, 4].map((value) => ({ value, label: `Weights ${value}` }))]
	])
};

/** The options at the `|` of `text` in a file of `root`. */
function optionsAt(text: string, root: JsonSchema = leader) {
	const pos = text.indexOf('|');
	const state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
	ensureSyntaxTree(state, state.doc.length, 5000);
	const context = jsonContext(state, pos);
	if (!context) throw new Error(`no context in ${text}`);
	return completionOptions(root, context, state.sliceDoc(context.from, pos), data);
}
const labels = (options: { label: string }[]) => options.map((o) => o.label);

describe('schemaNameOf', () => {
	it("names the schema of each data file's path", () => {
		expect(schemaNameOf('data/leaders/dario-amodei.json')).toBe('leader');
		expect(schemaNameOf('data/sources.json')).toBe('sources');
		expect(schemaNameOf('data/story/story.json')).toBe('story');
		expect(schemaNameOf('data/story/other.json')).toBeUndefined();
		expect(schemaNameOf('README.md')).toBeUndefined();
	});
});

describe('schemasAt', () => {
	it('walks keys, list items and every branch of oneOf', () => {
		expect(schemasAt(leader, ['stances', '*', 'axis'])[0]?.enum).toEqual([
			'weights',
			'tools',
			'methodology',
			'access'
		]);
		const kinds = schemasAt(schema('changes'), ['changes', '*', 'change']).map((s) => s.const);
		expect(kinds).toContain('level');
		expect(kinds).toContain('removal');
	});
});

describe('completionOptions', () => {
	it("offers a stance's keys it does not have yet, required first, with their descriptions", () => {
		const options = optionsAt('{"stances": [{"id": "x", "|"}]}');
		expect(labels(options)).toContain('axis');
		expect(labels(options)).not.toContain('id');
		const axis = options.find((o) => o.label === 'axis');
		expect(axis).toMatchObject({
			detail: 'string, required',
			info: 'One of the four openness axes.',
			apply: 'axis": '
		});
		expect(options.find((o) => o.label === 'cause')?.detail).toBe('object, optional');
		// Not quoted yet: the key comes with both quotes.
		expect(optionsAt('{\n\t|\n}').find((o) => o.label === 'stances')?.apply).toBe('"stances": ');
	});

	it('offers the axes and the evidence kinds', () => {
		expect(labels(optionsAt('{"stances": [{"axis": "|'))).toEqual([
			'weights',
			'tools',
			'methodology',
			'access'
		]);
		const evidence = optionsAt('{"stances": [{"evidence": |');
		expect(labels(evidence)).toEqual(['explicit', 'reported', 'inferred']);
		expect(evidence[0]?.apply).toBe('"explicit"');
	});

	it("offers levels 0 to 4 named as the stance's axis names them", () => {
		const levels = optionsAt('{"stances": [{"axis": "weights", "position": |}]}');
		expect(labels(levels)).toEqual(['0', '1', '2', '3', '4']);
		expect(levels[2]?.detail).toBe('Weights 2');
		// No axis yet: each axis's name for the level.
		const unnamed = optionsAt('{"stances": [{"position": |}]}');
		expect(unnamed[4]?.info).toBe('tools: Tools 4; weights: Weights 4');
	});

	it('offers source ids after "source": ", and stance and leader ids where they are cited', () => {
		const sources = optionsAt('{"stances": [{"citations": [{"source": "|"}]}]}');
		expect(sources).toEqual([
			{
				label: 'example-times-2024',
				type: 'variable',
				detail: 'Example Times, 2024-01-02',
				apply: 'example-times-2024"'
			}
		]);
		expect(labels(optionsAt('{"changes": [{"replacedBy": ["|', schema('changes')))).toEqual([
			'example-tools-2024'
		]);
		expect(labels(optionsAt('{"events": [{"leaders": [|]}]}', schema('events')))).toEqual([
			'ann-example'
		]);
	});

	it('offers nothing for a free-text field', () => {
		expect(optionsAt('{"stances": [{"summary": "|')).toEqual([]);
	});
});
