import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../../scripts/lib/read-data-dir.ts';
import { closingAfter, draftCompletion, schemaFor } from './completion.ts';

const files = readDataDir('data');
const LEADER = 'data/leaders/dario-amodei.json';

/** What completion offers at the `|` of `text`, in a draft checked as `path`. */
async function complete(text: string, path = LEADER, explicit = false) {
	const pos = text.indexOf('|');
	const state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
	ensureSyntaxTree(state, state.doc.length, 5000);
	const source = draftCompletion(
		() => path,
		() => files
	);
	return (await source(new CompletionContext(state, pos, explicit))) as CompletionResult | null;
}

describe('schemaFor', () => {
	it("loads the schema of the draft's kind of file, and none for other paths", async () => {
		const schema = await schemaFor(LEADER);
		expect(Object.keys(schema?.properties ?? {})).toContain('stances');
		expect(await schemaFor('notes.txt')).toBeUndefined();
	});
});

describe('draftCompletion', () => {
	it('completes the whole word at the cursor, and only word characters', async () => {
		const text = '{"stances": [{"a|xi": "tools"}]}';
		const result = await complete(text);
		expect(result?.from).toBe(text.indexOf('a|'));
		expect(result?.to).toBe(text.indexOf('a|') + 'axi'.length);
		expect(result?.options.map((o) => o.label)).toContain('axis');
		// CodeMirror drops a result whose range fails `validFor` as the editor types on.
		expect(result?.validFor).toEqual(/^[\w$.-]*$/);
	});

	it('offers the source ids of the bundled data after "source": "', async () => {
		const result = await complete('{"stances": [{"citations": [{"source": "|"}]}]}');
		const sources = JSON.parse(files.find((f) => f.path === 'data/sources.json')?.text ?? '') as {
			sources: { id: string }[];
		};
		expect(result?.options.map((o) => o.label).sort()).toEqual(
			sources.sources.map((s) => s.id).sort()
		);
	});

	it('opens by itself only in a word or a string, and anywhere when asked', async () => {
		expect(await complete('{\n\t|\n}')).toBeNull();
		expect((await complete('{\n\t|\n}', LEADER, true))?.options.length).toBeGreaterThan(0);
	});

	it('offers ids, but no keys, for a file with no schema', async () => {
		expect(await complete('{"a|"}', 'notes.json', true)).toBeNull();
		expect((await complete('{"source": "|"}', 'notes.json'))?.options.length).toBeGreaterThan(0);
	});
});

describe('closingAfter', () => {
	it("replaces a quoted key's closing quote and colon, a quoted value's closing quote", () => {
		expect(closingAfter('": "tools"', 'key', true)).toBe(3);
		expect(closingAfter('"\t:\t1', 'key', true)).toBe(4);
		expect(closingAfter('"}', 'key', true)).toBe(1);
		expect(closingAfter('",\n', 'value', true)).toBe(1);
	});
	it('replaces nothing when the word is not quoted, or its closing quote is not there', () => {
		expect(closingAfter('", ', 'value', false)).toBe(0);
		expect(closingAfter(', "x"', 'value', true)).toBe(0);
	});
});
