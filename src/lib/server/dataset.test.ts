import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDataFiles, loadDataset, loadStory } from './dataset.ts';

describe('loadDataset (the bundled data/ folder)', () => {
	it('bundles exactly the files in data/', () => {
		const onDisk = [
			...readdirSync('data')
				.filter((f) => f.endsWith('.json'))
				.map((f) => `data/${f}`),
			...readdirSync('data/leaders').map((f) => `data/leaders/${f}`),
			...readdirSync('data/story').map((f) => `data/story/${f}`)
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

describe('loadStory', () => {
	it('joins data/story/story.json to the bundled dataset, step by step', () => {
		const story = loadStory();
		const onDisk = JSON.parse(readFileSync('data/story/story.json', 'utf8')) as {
			steps: { id: string }[];
		};
		expect(story.steps.map((s) => s.id)).toEqual(onDisk.steps.map((s) => s.id));
		const stances = new Set(loadDataset().stances);
		const quotes = story.steps
			.flatMap((s) => s.paragraphs.flat())
			.filter((s) => s.kind === 'quote');
		expect(quotes.length).toBeGreaterThan(0);
		for (const quote of quotes) expect(stances.has(quote.stance)).toBe(true);
	});
});
