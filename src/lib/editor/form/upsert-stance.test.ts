import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../data/format.ts';
import type { Stance } from '../../data/schema.ts';
import { insertionIndex, upsertStance } from './upsert-stance.ts';

const s = (id: string, axis: string, asOf: string) => ({ id, axis, asOf });

function stance(id: string, axis: string, asOf: string): Stance {
	return {
		id,
		axis,
		asOf,
		position: 2,
		evidence: 'explicit',
		summary: 'Fake.',
		rationale: 'Fake.',
		citations: [{ source: 'fake', quote: 'fake' }]
	} as Stance;
}

function leaderText(stances: unknown[], compact = false): string {
	const leader = { $schema: '../../schema/leader.schema.json', id: 'jane-doe', stances };
	return compact ? JSON.stringify(leader) : formatDataFile(leader);
}

const ids = (text: string) =>
	(JSON.parse(text) as { stances: { id: string }[] }).stances.map((x) => x.id);

describe('insertionIndex', () => {
	it('keeps a file ordered by date by date, after stances of the same date', () => {
		const byDate = [s('a', 'tools', '2020'), s('b', 'weights', '2021-03'), s('c', 'tools', '2023')];
		expect(insertionIndex(byDate, s('n', 'access', '2021-03'))).toBe(2);
		expect(insertionIndex(byDate, s('n', 'access', '2019'))).toBe(0);
		expect(insertionIndex(byDate, s('n', 'access', '2024'))).toBe(3);
	});

	it('keeps a file grouped by axis grouped, by date within its axis', () => {
		const byAxis = [
			s('w1', 'weights', '2016'),
			s('w2', 'weights', '2024'),
			s('m1', 'methodology', '2015'),
			s('m2', 'methodology', '2023')
		];
		expect(insertionIndex(byAxis, s('n', 'weights', '2020'))).toBe(1);
		expect(insertionIndex(byAxis, s('n', 'weights', '2025'))).toBe(2);
		expect(insertionIndex(byAxis, s('n', 'methodology', '2010'))).toBe(2);
		expect(insertionIndex(byAxis, s('n', 'access', '2020'))).toBe(4);
	});

	it('puts a stance beside its axis in a file kept in neither order', () => {
		const mixed = [
			s('w1', 'weights', '2019'),
			s('m1', 'methodology', '2019'),
			s('w2', 'weights', '2023'),
			s('t1', 'tools', '2025'),
			s('a1', 'access', '2024')
		];
		expect(insertionIndex(mixed, s('n', 'weights', '2021'))).toBe(1);
		expect(insertionIndex(mixed, s('n', 'access', '2026'))).toBe(5);
		expect(insertionIndex(mixed, s('n', 'tools', '2020'))).toBe(3);
	});

	it('adds to an empty list', () => expect(insertionIndex([], s('n', 'tools', '2020'))).toBe(0));
});

describe('upsertStance', () => {
	const file = leaderText([stance('a', 'tools', '2020'), stance('b', 'tools', '2023')]);

	it('adds the stance at its place, laid out as the repo stores files', () => {
		const written = upsertStance(
			leaderText(JSON.parse(file).stances, true),
			stance('n', 'weights', '2021')
		);
		expect(ids(written.text)).toEqual(['a', 'n', 'b']);
		expect(written.text).toBe(formatDataFile(JSON.parse(written.text)));
	});

	it('gives the offset of the stance’s opening brace', () => {
		const written = upsertStance(file, stance('n', 'weights', '2021'));
		expect(written.text[written.offset]).toBe('{');
		expect(written.text.slice(written.offset)).toMatch(/^\{\n\t{3}"id": "n"/);
	});

	it('replaces the stance being edited where it is', () => {
		const changed = { ...stance('a2', 'tools', '2020'), position: 4 };
		const written = upsertStance(file, changed, 'a');
		expect(ids(written.text)).toEqual(['a2', 'b']);
		expect(JSON.parse(written.text).stances[0]).toEqual(changed);
		expect(written.text.slice(written.offset)).toMatch(/^\{\n\t{3}"id": "a2"/);
	});

	it('moves an edited stance whose date changed to its new place', () => {
		const written = upsertStance(file, stance('a', 'tools', '2024'), 'a');
		expect(ids(written.text)).toEqual(['b', 'a']);
	});

	it('adds the stance when the one named to replace is not there', () => {
		expect(ids(upsertStance(file, stance('n', 'tools', '2021'), 'gone').text)).toEqual([
			'a',
			'n',
			'b'
		]);
	});

	it('keeps the file’s other fields and their order', () => {
		const written = upsertStance(file, stance('n', 'tools', '2021'));
		expect(Object.keys(JSON.parse(written.text))).toEqual(['$schema', 'id', 'stances']);
	});

	it('refuses a text that is not a leader file', () => {
		expect(() => upsertStance('{"sources": []}', stance('n', 'tools', '2021'))).toThrow();
		expect(() => upsertStance('{', stance('n', 'tools', '2021'))).toThrow();
	});
});
