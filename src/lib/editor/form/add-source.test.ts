import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../data/format.ts';
import type { Source } from '../../data/schema.ts';
import { addSource } from './add-source.ts';

const source = (id: string): Source => ({
	id,
	kind: 'article',
	outlet: 'Fake Outlet',
	title: 'Fake title',
	date: '2025'
});
const file = (ids: string[]) =>
	formatDataFile({ $schema: '../schema/sources.schema.json', sources: ids.map(source) });
const idsOf = (text: string) =>
	(JSON.parse(text) as { sources: Source[] }).sources.map((s) => s.id);

describe('addSource', () => {
	it('keeps sources sorted by id, code point by code point', () => {
		const written = addSource(file(['36kr-2025', 'a16z-2025', 'wired-2025']), source('b-2025'));
		expect(idsOf(written.text)).toEqual(['36kr-2025', 'a16z-2025', 'b-2025', 'wired-2025']);
		expect(idsOf(addSource(file(['a', 'b']), source('0-first')).text)).toEqual([
			'0-first',
			'a',
			'b'
		]);
		expect(idsOf(addSource(file(['a', 'b']), source('z')).text)).toEqual(['a', 'b', 'z']);
	});

	it('adds at the end of a file not sorted by id', () => {
		expect(idsOf(addSource(file(['b', 'a']), source('aa')).text)).toEqual(['b', 'a', 'aa']);
	});

	it('lays the file out as the repo does and gives the new source’s offset', () => {
		const written = addSource(JSON.stringify(JSON.parse(file(['a', 'c']))), source('b'));
		expect(written.text).toBe(formatDataFile(JSON.parse(written.text)));
		expect(written.text.slice(written.offset)).toMatch(/^\{\n\t{3}"id": "b"/);
	});

	it('refuses a text that is not sources.json', () => {
		expect(() => addSource('{"stances": []}', source('b'))).toThrow();
	});
});
