import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { checkDraft, formatProblem } from './check-draft.ts';
import { STANCE_TEMPLATE, newLeaderTemplate, withNewStance } from './templates.ts';

const data = readDataDir('data');

describe('newLeaderTemplate', () => {
	it('is a valid new leader file beside the real dataset', () => {
		const result = checkDraft(data, {
			path: 'data/leaders/new-leader.json',
			text: newLeaderTemplate()
		});
		expect(result.errors.map(formatProblem)).toEqual([]);
		expect(result.dataset?.leaders.map((l) => l.id)).toContain('new-leader');
	});
});

describe('withNewStance', () => {
	it('adds a stance at the end of the list and puts the cursor on its id', () => {
		const added = withNewStance(newLeaderTemplate());
		if (!added) throw new Error('not added');
		expect((JSON.parse(added.text) as { stances: unknown[] }).stances).toEqual([STANCE_TEMPLATE]);
		expect(added.text.slice(added.offset)).toMatch(/^surname-axis-year"/);
	});

	it('leaves drafts that do not parse, or are not leader files, alone', () => {
		expect(withNewStance('{ "stances": [')).toBeUndefined();
		expect(withNewStance('{ "sources": [] }')).toBeUndefined();
		expect(withNewStance('[]')).toBeUndefined();
	});

	it('gives a draft the checker explains field by field', () => {
		const ada = data.find((f) => f.path === 'data/leaders/dario-amodei.json');
		const added = withNewStance(ada?.text ?? '');
		const result = checkDraft(data, {
			path: 'data/leaders/dario-amodei.json',
			text: added?.text ?? ''
		});
		expect(result.errors.map((p) => p.message).join('\n')).toMatch(
			/unknown source "id-of-a-source"/
		);
	});
});
