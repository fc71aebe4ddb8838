/**
 * The rules for quotes readers score (practice.json, and the story's Your call slides), each with
 * a failing input and the line the validator prints. Input: the bundled data, one file edited.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { formatProblem, validateDataset, type DataFile } from './validate.ts';

const PRACTICE = 'data/practice.json';
const STORY = 'data/story/story.json';
const bundled = readDataDir('data');

function editing(path: string, edit: (json: Record<string, unknown>) => void): DataFile[] {
	return bundled.map((file) => {
		if (file.path !== path) return file;
		const json = JSON.parse(file.text) as Record<string, unknown>;
		edit(json);
		return { path, text: JSON.stringify(json, null, '\t') };
	});
}

interface Practice {
	sets: { id: string; items: { stance: string; hint?: string }[] }[];
}
interface StoryCalls {
	calls: { id: string; after: string; stance: string }[];
}

/** The messages (path and words, without the line) of every error. */
function errorsOf(files: DataFile[]): string[] {
	return validateDataset(files).errors.map((p) => formatProblem(p).replace(/^\S+\s+/, ''));
}

describe('practice sets', () => {
	it('are read with the dataset', () => {
		const result = validateDataset(bundled);
		expect(result.errors).toEqual([]);
		expect(result.dataset?.practice?.sets.map((s) => s.id)).toEqual(['class', 'calibration']);
	});

	it('name stances that exist', () => {
		const files = editing(PRACTICE, (json) => {
			(json as unknown as Practice).sets[0]!.items[0]!.stance = 'sutskever-weights-2017';
		});
		expect(errorsOf(files)).toEqual([
			'sets[0].items[0].stance  unknown stance "sutskever-weights-2017" (did you mean "sutskever-weights-2016"?)'
		]);
	});

	it('ask each stance once', () => {
		const files = editing(PRACTICE, (json) => {
			const set = (json as unknown as Practice).sets[0]!;
			set.items.push({ stance: set.items[2]!.stance });
		});
		expect(errorsOf(files)).toEqual([
			expect.stringMatching(
				/^sets\[0\]\.items\[10\]\.stance {2}stance "altman-weights-2025-01" is already in this set \(first in data\/practice\.json:\d+:\d+\)$/
			)
		]);
	});

	it('ask only stances with a quote in the leader’s own words', () => {
		const files = editing(PRACTICE, (json) => {
			(json as unknown as Practice).sets[1]!.items.push({ stance: 'mensch-weights-2024' });
			(json as unknown as Practice).sets[1]!.items.push({ stance: 'mensch-weights-2025' });
		});
		// 2024 quotes Mensch beside a report; 2025 rests on the company's action, in others' words.
		expect(errorsOf(files)).toEqual([
			`sets[1].items[13].stance  stance "mensch-weights-2025" has no quote in the leader's own words to score: every citation names another speaker`
		]);
	});

	it('have unique ids, and hints in our own words', () => {
		const files = editing(PRACTICE, (json) => {
			const sets = (json as unknown as Practice).sets;
			sets[1]!.id = 'class';
			sets[0]!.items[0]!.hint = 'He says "less open" here';
		});
		expect(errorsOf(files)).toEqual([
			'sets[0].items[0].hint  must not contain quotation marks: our own words quote no one (quotes go in citations)',
			expect.stringMatching(/^sets\[1\]\.id {2}duplicate set id "class" \(first in /)
		]);
	});
});

describe('the story’s Your call slides', () => {
	it('follow a step of the story, under an id no step or call has', () => {
		const files = editing(STORY, (json) => {
			const calls = (json as unknown as StoryCalls).calls;
			calls[0]!.after = 'held-bak';
			calls[1]!.id = 'the-line';
			calls[2]!.stance = 'amodei-access-2026';
		});
		expect(errorsOf(files)).toEqual([
			'calls[0].after  unknown step "held-bak" (did you mean "held-back"?): a call follows a step of the story',
			expect.stringMatching(/^calls\[1\]\.id {2}duplicate step or call id "the-line" \(first in /),
			`calls[2].stance  stance "amodei-access-2026" has no quote in the leader's own words to score: every citation names another speaker`
		]);
	});
});
