/**
 * EDITING.md walks an editor through adding a source and a leader with two cited stances. These
 * tests run its examples through the validator against the real dataset, so the guide can't rot.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import type { LeaderFile } from './schema.ts';
import { formatProblem, validateDataset } from './validate.ts';

const guide = readFileSync('EDITING.md', 'utf8');
const jsonBlocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) =>
	// Blocks are indented inside list items: strip the list indentation.
	(m[1] ?? '').replace(/^ {3}/gm, '')
);
const TODAY = '2026-11-30';

function block(containing: string): string {
	const found = jsonBlocks.find((b) => b.includes(containing));
	if (!found) throw new Error(`EDITING.md has no json example containing ${containing}`);
	return found;
}

describe('EDITING.md', () => {
	it('has a leader example that validates against the bundled dataset', () => {
		const leader = block('"$schema": "../../schema/leader.schema.json"');
		const id = (JSON.parse(leader) as { id: string }).id;
		const files = [...readDataDir('data'), { path: `data/leaders/${id}.json`, text: leader }];
		const result = validateDataset(files, { today: TODAY });
		expect(result.errors.map(formatProblem)).toEqual([]);
		const added = result.dataset?.leaders.find((l) => l.id === id);
		expect(added?.stances).toHaveLength(2);
	});

	it('has a source example that validates, with only the expected "not cited" warning', () => {
		const source = JSON.parse(block('"kind": "podcast"')) as { id: string };
		const files = readDataDir('data').map((f) => {
			if (f.path !== 'data/sources.json') return f;
			const json = JSON.parse(f.text) as { sources: unknown[] };
			json.sources.push(source);
			return { ...f, text: JSON.stringify(json, null, '\t') };
		});
		const result = validateDataset(files, { today: TODAY });
		expect(result.errors.map(formatProblem)).toEqual([]);
		expect(result.warnings.map((w) => w.message)).toEqual([
			`source "${source.id}" is not cited by any stance or event`
		]);
	});

	it('has a citation read in a copy whose exact words are in the stance it comes from', () => {
		const example = JSON.parse(block('"via": "simonwillison-2024-03-sutskever-email"')) as {
			source: string;
			quote: string;
			via: string;
		};
		const leader = JSON.parse(
			readFileSync('data/leaders/ilya-sutskever.json', 'utf8')
		) as LeaderFile;
		const citations = leader.stances.flatMap((s) => s.citations);
		expect(citations).toContainEqual(example);
	});

	it('has a correction example that the corrections log holds and the validator accepts', () => {
		const entry = JSON.parse(block('"change": "level"')) as Record<string, unknown>;
		const log = JSON.parse(readFileSync('data/changes.json', 'utf8')) as { changes: unknown[] };
		expect(log.changes).toContainEqual(entry);
		// The same entry with another "after" is refused: the log would say something else than the data.
		const files = readDataDir('data').map((f) =>
			f.path === 'data/changes.json'
				? {
						...f,
						text: JSON.stringify({ ...log, changes: [...log.changes, { ...entry, after: 2 }] })
					}
				: f
		);
		const errors = validateDataset(files, { today: TODAY }).errors.map((e) => e.message);
		expect(errors).toEqual([
			"the newest correction ends at 2, but the stance's level is 3: record the change that led there"
		]);
	});

	it('shows a validator line in the exact format the validator prints', () => {
		const shown = /^data\/leaders\/jane-doe\.json:(\d+):(\d+) {2}(\S+) {2}(.+)$/m.exec(guide);
		expect(shown, 'an example error line').not.toBeNull();
		const [, line, column, path, message] = shown ?? [];
		const leader = block('"$schema": "../../schema/leader.schema.json"').replace(
			'"position": 4',
			'"position": 7'
		);
		const files = [...readDataDir('data'), { path: 'data/leaders/jane-doe.json', text: leader }];
		const [error] = validateDataset(files, { today: TODAY }).errors;
		expect(error && formatProblem(error)).toBe(
			`data/leaders/jane-doe.json:${line}:${column}  ${path}  ${message}`
		);
	});

	it('has a story step example that validates in place of the step it is taken from', () => {
		const step = JSON.parse(block('"stance": "sutskever-weights-2024"')) as { id: string };
		const files = readDataDir('data').map((f) => {
			if (f.path !== 'data/story/story.json') return f;
			const story = JSON.parse(f.text) as { steps: { id: string }[] };
			const at = story.steps.findIndex((s) => s.id === step.id);
			expect(at, `the story has a step "${step.id}"`).toBeGreaterThanOrEqual(0);
			story.steps[at] = step;
			return { ...f, text: JSON.stringify(story, null, '\t') };
		});
		const result = validateDataset(files, { today: TODAY });
		expect(result.errors.map(formatProblem)).toEqual([]);
		expect(result.dataset?.story?.steps.map((s) => s.id)).toContain(step.id);
	});

	it("has an example of the presentation's opening and discussion that validates in the story", () => {
		const slides = JSON.parse(block('"discussion": {')) as Record<string, unknown>;
		expect(Object.keys(slides)).toEqual(['opening', 'discussion']);
		const files = readDataDir('data').map((f) => {
			if (f.path !== 'data/story/story.json') return f;
			const story = JSON.parse(f.text) as Record<string, unknown>;
			return { ...f, text: JSON.stringify({ ...story, ...slides }, null, '\t') };
		});
		const result = validateDataset(files, { today: TODAY });
		expect(result.errors.map(formatProblem)).toEqual([]);
		expect(result.dataset?.story?.discussion).toEqual(slides.discussion);
	});

	it('has a Your call example and a practice item example that validate in place', () => {
		const edit = (path: string, change: (json: Record<string, unknown>) => void) =>
			readDataDir('data').map((file) => {
				if (file.path !== path) return file;
				const json = JSON.parse(file.text) as Record<string, unknown>;
				change(json);
				return { path, text: JSON.stringify(json) };
			});
		const call = JSON.parse(block('"after": "held-back"')) as unknown;
		const withCall = edit('data/story/story.json', (story) => {
			(story.calls as unknown[]).push(call);
		});
		expect(validateDataset(withCall, { today: TODAY }).errors.map(formatProblem)).toEqual([]);
		const item = JSON.parse(block('"stance": "altman-weights-2025-01"')) as unknown;
		const withItem = edit('data/practice.json', (practice) => {
			(practice.sets as { items: unknown[] }[])[1]!.items.push(item);
		});
		expect(validateDataset(withItem, { today: TODAY }).errors.map(formatProblem)).toEqual([]);
	});
});
