import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { validateDataset } from '../data/validate.ts';
import { testDatasetWithReference } from '../server/test-dataset.ts';
import { joinDataset } from './join.ts';

function fixture() {
	const result = validateDataset(readDataDir('tests/fixtures/valid'), { today: '2026-11-29' });
	if (!result.dataset) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
	return joinDataset(result.dataset);
}

describe('joinDataset', () => {
	it('resolves every stance to its axis label, level label and sources', () => {
		const dataset = fixture();
		const stance = dataset.stances.find((s) => s.id === 'lovelace-weights-2023');
		expect(stance).toMatchObject({
			leaderId: 'ada-lovelace',
			leaderName: 'Ada Lovelace',
			axis: 'weights',
			position: 1,
			evidence: 'explicit'
		});
		const axis = dataset.axes.find((a) => a.id === 'weights');
		expect(stance?.axisLabel).toBe(axis?.label);
		expect(stance?.levelLabel).toBe(axis?.levels[1]?.label);
		expect(stance?.citations[0]?.source.id).toBe('example-podcast-2023-11');
		expect(stance?.citations[0]?.quote).toBe(
			'we share the weights with a few partners ... and that is it'
		);
	});

	it("carries each leader's role to the leader and their stances, the cast listed first", () => {
		const cast = fixture();
		expect(cast.leaders.map((l) => [l.id, l.role])).toEqual([
			['ada-lovelace', 'cast'],
			['alan-turing', 'cast']
		]);
		const withReference = testDatasetWithReference();
		expect(withReference.leaders.map((l) => [l.id, l.role, l.roleNote])).toEqual([
			['alan-turing', 'cast', undefined],
			['ada-lovelace', 'reference', 'Shown for comparison.']
		]);
		const roles = new Set(
			withReference.stances.filter((s) => s.leaderId === 'ada-lovelace').map((s) => s.leaderRole)
		);
		expect([...roles]).toEqual(['reference']);
	});

	it('resolves "via" and correction sources to the source objects', () => {
		const dataset = fixture();
		const citations = [...dataset.stances, ...dataset.events].flatMap((x) => x.citations);
		for (const c of citations) {
			expect(dataset.sources).toContain(c.source);
			if (c.via) expect(dataset.sources).toContain(c.via);
		}
		const corrections = [...dataset.stances, ...dataset.events].flatMap((x) => x.corrections);
		for (const c of corrections) expect(dataset.sources).toContain(c.source);
	});

	it("sorts leaders by name, each leader's stances by axis then date, all stances by date", () => {
		const dataset = fixture();
		const names = dataset.leaders.map((l) => l.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		const ada = dataset.leaders.find((l) => l.id === 'ada-lovelace');
		expect(ada?.stances.map((s) => s.id)).toEqual([
			'lovelace-weights-2015',
			'lovelace-weights-2023',
			'lovelace-access-2024'
		]);
		const dates = dataset.stances.map((s) => s.asOf);
		expect(dates).toEqual([...dates].sort());
	});

	it('falls back to the full name when a leader has no short name', () => {
		const dataset = fixture();
		for (const leader of dataset.leaders) expect(leader.shortName.length).toBeGreaterThan(0);
	});

	it('keeps every stance of every leader, once', () => {
		const dataset = fixture();
		const fromLeaders = dataset.leaders.flatMap((l) => l.stances.map((s) => s.id)).sort();
		expect(dataset.stances.map((s) => s.id).sort()).toEqual(fromLeaders);
		expect(new Set(fromLeaders).size).toBe(fromLeaders.length);
	});
});
