import { describe, expect, it } from 'vitest';
import { datasetWithoutWords } from '../model/dataset-parts.ts';
import { testDataset } from '../server/test-dataset.ts';
import { CitationPanel } from './citation-panel.svelte.ts';

const dataset = testDataset();
const bare = datasetWithoutWords(dataset);
const opener = {} as HTMLElement;
const words = new Map(dataset.stances.map((s) => [s.id, s]));

describe('CitationPanel', () => {
	it('opens a stance that carries its words at once', () => {
		const panel = new CitationPanel('.x', () => Promise.reject(new Error('not asked')));
		const [stance] = dataset.stances;
		panel.open(stance!, opener);
		expect(panel.stance).toBe(stance);
		expect(panel.waitingFor).toBeNull();
	});

	it('waits for the words of a wordless stance, then opens it with them', async () => {
		const panel = new CitationPanel('.x', () => Promise.resolve(words));
		const [stance] = bare.stances;
		panel.open(stance!, opener);
		expect(panel.stance).toBeNull();
		expect(panel.waitingFor).toBe(stance);
		await Promise.resolve();
		await Promise.resolve();
		expect(panel.waitingFor).toBeNull();
		expect(panel.stance).toBe(words.get(stance!.id));
		expect(panel.stance?.citations.length).toBeGreaterThan(0);
	});

	it('opens only the last point asked for', async () => {
		const panel = new CitationPanel('.x', () => Promise.resolve(words));
		const [first, second] = bare.stances;
		panel.open(first!, opener);
		panel.open(second!, opener);
		await Promise.resolve();
		await Promise.resolve();
		expect(panel.stance?.id).toBe(second!.id);
	});

	it('says so when the words do not come', async () => {
		const panel = new CitationPanel('.x', () => Promise.reject(new Error('offline')));
		panel.open(bare.stances[0]!, opener);
		await Promise.resolve();
		await Promise.resolve();
		expect(panel.failed).toBe(true);
		expect(panel.stance).toBeNull();
		expect(panel.waitingFor).toBeNull();
	});
});
