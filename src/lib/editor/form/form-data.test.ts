import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../../scripts/lib/read-data-dir.ts';
import { JsonCache, readFormData, stanceIds } from './form-data.ts';

const texts = new Map(readDataDir('data').map((f) => [f.path, f.text]));

describe('readFormData', () => {
	it('reads leaders (by name), their stances, sources and each axis’s levels', () => {
		const data = readFormData(texts);
		expect(data.unreadable.size).toBe(0);
		expect(data.leaders.length).toBeGreaterThan(5);
		const names = data.leaders.map((l) => l.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		const amodei = data.leaders.find((l) => l.id === 'dario-amodei');
		expect(amodei?.path).toBe('data/leaders/dario-amodei.json');
		expect(amodei?.stances?.length).toBeGreaterThan(0);
		expect(data.sources.length).toBeGreaterThan(10);
		expect([...data.axes.keys()].sort()).toEqual(['access', 'methodology', 'tools', 'weights']);
		expect(data.axes.get('weights')?.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
		expect(data.axes.get('weights')?.levels.every((l) => l.rubric.length > 10)).toBe(true);
	});

	it('names a file that does not parse, and still lists the leader by id', () => {
		const broken = new Map(texts)
			.set('data/leaders/dario-amodei.json', '{ "id": "dario-amodei", ')
			.set('data/changes.json', '{,');
		const data = readFormData(broken);
		expect([...data.unreadable.keys()].sort()).toEqual([
			'data/changes.json',
			'data/leaders/dario-amodei.json'
		]);
		expect(data.leaders.find((l) => l.id === 'dario-amodei')).toMatchObject({
			name: 'dario-amodei',
			stances: null
		});
	});

	it('skips what has the wrong shape', () => {
		const odd = new Map([
			['data/leaders/jane-doe.json', '{ "id": "jane-doe", "stances": [1, { "id": "x" }] }'],
			['data/sources.json', '{ "sources": {} }'],
			['data/axes.json', '{ "axes": [{ "id": "nope" }] }']
		]);
		const data = readFormData(odd);
		expect(data.leaders[0]?.stances?.map((s) => s.id)).toEqual(['x']);
		expect(data.sources).toEqual([]);
		expect(data.axes.size).toBe(0);
	});
});

describe('stanceIds', () => {
	it('lists every stance id but the one being edited', () => {
		const { leaders } = readFormData(texts);
		const all = stanceIds(leaders);
		expect(all.has('clark-access-2026')).toBe(true);
		expect(stanceIds(leaders, 'clark-access-2026').has('clark-access-2026')).toBe(false);
		expect(stanceIds(leaders, 'clark-access-2026').size).toBe(all.size - 1);
	});
});

describe('JsonCache', () => {
	it('parses a path’s text once, and again when it changes', () => {
		const cache = new JsonCache();
		const first = cache.parse('a.json', '{"x": 1}');
		expect(first).toEqual({ ok: true, value: { x: 1 } });
		expect(cache.parse('a.json', '{"x": 1}')).toBe(first);
		expect(cache.parse('a.json', '{"x": 2}')).toEqual({ ok: true, value: { x: 2 } });
		expect(cache.parse('a.json', '{').ok).toBe(false);
	});
});
