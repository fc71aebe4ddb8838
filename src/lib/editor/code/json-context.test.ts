import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { jsonContext } from './json-context.ts';

/** The context at the `|` of `text`. */
function at(text: string) {
	const pos = text.indexOf('|');
	const state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
	ensureSyntaxTree(state, state.doc.length, 5000);
	const context = jsonContext(state, pos);
	return context && { ...context, siblings: Object.fromEntries(context.siblings) };
}

describe('jsonContext', () => {
	it('finds a key being typed, with the path to its object and what the object holds', () => {
		expect(at('{"stances": [{"axis": "tools", "po|"}]}')).toEqual({
			path: ['stances', '*'],
			kind: 'key',
			inList: false,
			from: 32,
			quoted: true,
			siblings: { axis: 'tools' }
		});
		expect(at('{\n\t"id": "x",\n\t|\n}')).toMatchObject({
			path: [],
			kind: 'key',
			quoted: false,
			siblings: { id: 'x' }
		});
	});

	it('finds a value being typed and its key, in complete and unfinished text', () => {
		expect(at('{"stances": [{"citations": [{"source": "ab|"}]}]}')).toMatchObject({
			path: ['stances', '*', 'citations', '*'],
			kind: 'value',
			key: 'source',
			quoted: true,
			from: 40
		});
		expect(at('{"stances": [{"citations": [{"source": "|')).toMatchObject({
			path: ['stances', '*', 'citations', '*'],
			kind: 'value',
			key: 'source'
		});
		expect(at('{"stances": [{"axis": "weights", "position": |')).toMatchObject({
			path: ['stances', '*'],
			kind: 'value',
			key: 'position',
			quoted: false,
			siblings: { axis: 'weights', position: undefined }
		});
	});

	it('finds an item of a list of ids, with the key of the list', () => {
		expect(at('{"events": [{"leaders": ["a", "|"]}]}')).toMatchObject({
			path: ['events', '*'],
			kind: 'value',
			key: 'leaders',
			inList: true,
			quoted: true
		});
	});

	it('offers nothing after a value or outside any object', () => {
		expect(at('{"axis": "tools" |}')).toBeNull();
		expect(at('{"position": 2, "a": 1 |}')).toBeNull();
		expect(at('|')).toBeNull();
	});
});
