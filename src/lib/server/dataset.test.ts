import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDataFiles, loadDataset } from './dataset.ts';

describe('loadDataset (the bundled data/ folder)', () => {
	it('bundles exactly the files in data/', () => {
		const onDisk = [
			...readdirSync('data')
				.filter((f) => f.endsWith('.json'))
				.map((f) => `data/${f}`),
			...readdirSync('data/leaders').map((f) => `data/leaders/${f}`)
		].sort();
		expect(bundledDataFiles().map((f) => f.path)).toEqual(onDisk);
	});

	it('validates and joins every leader and stance', () => {
		const dataset = loadDataset();
		const files = readdirSync('data/leaders');
		expect(dataset.leaders).toHaveLength(files.length);
		const stancesOnDisk = files.flatMap(
			(f) =>
				(JSON.parse(readFileSync(`data/leaders/${f}`, 'utf8')) as { stances: unknown[] }).stances
		);
		expect(dataset.stances).toHaveLength(stancesOnDisk.length);
		for (const stance of dataset.stances) {
			expect(stance.citations.length, stance.id).toBeGreaterThan(0);
			for (const citation of stance.citations) expect(citation.source.id).toBeTruthy();
		}
		expect(dataset.meta.version).toMatch(/^\d+\.\d+\.\d+$/);
	});
});
