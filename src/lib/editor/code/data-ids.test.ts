import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../../scripts/lib/read-data-dir.ts';
import { ID_FIELDS, axisLevels, dataIds } from './data-ids.ts';

const files = [
	{
		path: 'data/leaders/zed-example.json',
		text: JSON.stringify({
			id: 'zed-example',
			name: 'Zed Example',
			stances: [{ id: 'example-tools-2024', axis: 'tools', asOf: '2024-03', position: 2 }]
		})
	},
	{ path: 'data/leaders/ann-example.json', text: JSON.stringify({ id: 'ann-example' }) },
	{ path: 'data/leaders/broken.json', text: '{ "id": ' },
	{
		path: 'data/sources.json',
		text: JSON.stringify({
			sources: [
				{ id: 'outlet-2024-b', outlet: 'Example Times', date: '2024-02-01' },
				{ id: 'outlet-2024-a', outlet: 'Example Post' },
				{ title: 'no id' },
				'not an object'
			]
		})
	},
	{ path: 'data/events.json', text: JSON.stringify({ events: [{ id: 'not-a-source' }] }) }
];

describe('dataIds', () => {
	it('reads leaders, stances and sources, sorted by id, each with what it is', () => {
		expect(dataIds(files)).toEqual({
			leaders: [
				{ id: 'ann-example', detail: 'ann-example' },
				{ id: 'zed-example', detail: 'Zed Example' }
			],
			stances: [{ id: 'example-tools-2024', detail: 'Zed Example, tools, 2024-03, 2' }],
			sources: [
				{ id: 'outlet-2024-a', detail: 'Example Post' },
				{ id: 'outlet-2024-b', detail: 'Example Times, 2024-02-01' }
			]
		});
	});

	it('finds every id of the bundled data', () => {
		const data = readDataDir('data');
		const ids = dataIds(data);
		const sources = JSON.parse(data.find((f) => f.path === 'data/sources.json')?.text ?? '') as {
			sources: unknown[];
		};
		expect(ids.sources).toHaveLength(sources.sources.length);
		expect(ids.leaders).toHaveLength(data.filter((f) => f.path.startsWith('data/leaders/')).length);
		expect(ids.stances.length).toBeGreaterThan(ids.leaders.length);
	});

	it('knows which fields hold which ids', () => {
		expect(ID_FIELDS.source).toBe('sources');
		expect(ID_FIELDS.replacedBy).toBe('stances');
		expect(ID_FIELDS.leaders).toBe('leaders');
	});
});

describe('axisLevels', () => {
	it("names each axis's levels", () => {
		const levels = axisLevels(readDataDir('data'));
		expect(levels.get('weights')?.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
		expect(levels.get('weights')?.[0]?.label).toBe('Locked');
	});
	it('is empty without an axes file or with one that does not parse', () => {
		expect(axisLevels([])).toEqual(new Map());
		expect(axisLevels([{ path: 'data/axes.json', text: '{' }])).toEqual(new Map());
	});
});
