import { testDataset } from '../server/test-dataset.ts';
import { describe, expect, it } from 'vitest';
import { datasetJson, leaderJson } from './dataset-json.ts';

describe('datasetJson', () => {
	const json = datasetJson(testDataset());

	it('names the version, date, title and the cite-this line', () => {
		expect(json.version).toBe('1.0.0');
		expect(json.updated).toBe('2025-06-01');
		expect(json.title).toBe('Openness Spectrum test fixture');
		expect(json).not.toHaveProperty('license');
		expect(json.citeAs).toBe('Openness Spectrum test fixture, version 1.0.0 (updated 1 Jun 2025).');
	});

	it('holds the axes, sources, events and each leader with their stances', () => {
		expect(json.axes.map((a) => a.id)).toEqual(['weights', 'tools', 'methodology', 'access']);
		expect(json.sources).toHaveLength(4);
		expect(json.events.map((e) => e.date)).toEqual(['2024-05-13']);
		expect(json.leaders.map((l) => [l.id, l.stances.map((s) => s.id)])).toEqual([
			['ada-lovelace', ['lovelace-weights-2015', 'lovelace-weights-2023', 'lovelace-access-2024']],
			['alan-turing', ['turing-methodology-2025', 'turing-access-2019']]
		]);
	});

	it('resolves citations to full sources and drops the repeated leader fields', () => {
		const stance = json.leaders[1]?.stances[1];
		expect(stance).toEqual({
			id: 'turing-access-2019',
			axis: 'access',
			axisLabel: 'Access',
			asOf: '2019-05',
			position: 3,
			levelLabel: 'Leaning open',
			evidence: 'explicit',
			summary: 'He argued that anyone should be able to use the models, within limits.',
			rationale: 'Broad use with limits is level 3, not the unlimited level 4.',
			citations: [
				{
					quote: 'everyone should be able to use these systems, with sensible limits',
					source: {
						id: 'example-talk-2019',
						kind: 'talk',
						outlet: 'Example Conference',
						title: 'Keynote on access',
						date: '2019-05'
					},
					via: {
						id: 'example-essay-2025',
						kind: 'post',
						outlet: 'Example Blog',
						title: 'An essay on openness',
						date: '2025-03',
						seed: true
					},
					check: 'essay'
				}
			],
			corrections: []
		});
	});

	it('survives a round trip through JSON text unchanged', () => {
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});

describe('a move in the JSON', () => {
	it('names the stance before by id, with the direction, size and cause', () => {
		const stance = datasetJson(testDataset()).leaders[0]?.stances[1];
		expect(stance?.id).toBe('lovelace-weights-2023');
		expect(stance?.move).toEqual({
			from: 'lovelace-weights-2015',
			fromPosition: 4,
			direction: 'closed',
			steps: 3,
			cause: 'statement'
		});
	});
});

describe('leaderJson', () => {
	it("is one leader's entry of the download, with the version, and no other leader's words", () => {
		const dataset = testDataset();
		const leader = dataset.leaders[0];
		if (!leader) throw new Error('no leader');
		const json = leaderJson(dataset, leader.id);
		expect(json.version).toBe(dataset.meta.version);
		expect(json.leader).toEqual(datasetJson(dataset).leaders.find((l) => l.id === leader.id));
		expect(json.citeAs).toBe(datasetJson(dataset).citeAs);
		expect(json).not.toHaveProperty('leaders');
		expect(json).not.toHaveProperty('events');
		const ids = new Set(leader.stances.map((s) => s.id));
		expect(json.changes.every((c) => c.stanceId !== undefined && ids.has(c.stanceId))).toBe(true);
		expect(() => leaderJson(dataset, 'nobody')).toThrow(/nobody/);
	});
});
