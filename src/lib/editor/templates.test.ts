import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { checkDrafts, formatProblem } from './check-draft.ts';
import { STANCE_TEMPLATE, newLeaderTemplate, withNewStance } from './templates.ts';

const data = readDataDir('data');
const NEW_LEADER_PATH = 'data/leaders/new-leader.json';

/** `path  message` of each error: where the checker points and what it says. */
function errorsOf(path: string, text: string): string[] {
	return checkDrafts(data, [{ path, text }]).errors.map((p) => `${p.path}  ${p.message}`);
}

describe('newLeaderTemplate', () => {
	it("is refused until each field that names the leader no longer holds the template's text", () => {
		expect(errorsOf(NEW_LEADER_PATH, newLeaderTemplate())).toEqual([
			'id  "id" still holds the template\'s text: write the leader\'s id, their name in lowercase with hyphens, e.g. "jane-doe" (and name the file after it)',
			'name  "name" still holds the template\'s text: write the leader\'s full name',
			'shortName  "shortName" still holds the template\'s text: write the name the charts show, usually the surname',
			'affiliations[0].org  "org" still holds the template\'s text: write the lab or company',
			'affiliations[0].role  "role" still holds the template\'s text: write their role there, e.g. "Chief executive"',
			'affiliations[0].from  "from" still holds the template\'s text: write when they took the role, e.g. "2021-01" (or "2021")'
		]);
	});

	it('is a valid new leader file once those fields are filled in', () => {
		const template = JSON.parse(newLeaderTemplate()) as Record<string, unknown>;
		const filled = JSON.stringify({
			...template,
			id: 'grace-hopper',
			name: 'Grace Hopper',
			shortName: 'Hopper',
			affiliations: [{ org: 'Fake Lab', role: 'Chief executive', from: '2024-01' }]
		});
		const result = checkDrafts(data, [{ path: 'data/leaders/grace-hopper.json', text: filled }]);
		expect(result.errors.map(formatProblem)).toEqual([]);
		expect(result.dataset?.leaders.map((l) => l.id)).toContain('grace-hopper');
	});
});

describe('withNewStance', () => {
	it('adds a stance at the end of the list and puts the cursor on its id', () => {
		const added = withNewStance(newLeaderTemplate());
		if (!added) throw new Error('not added');
		expect((JSON.parse(added.text) as { stances: unknown[] }).stances).toEqual([STANCE_TEMPLATE]);
		expect(added.text.slice(added.offset)).toMatch(/^surname-axis-year"/);
	});

	it('puts the cursor on the id of the stance it added, not on an earlier one', () => {
		const once = withNewStance(newLeaderTemplate());
		const twice = withNewStance(once?.text ?? '');
		if (!once || !twice) throw new Error('not added');
		expect(twice.offset).toBeGreaterThan(once.offset);
		expect(twice.text.slice(twice.offset)).toMatch(/^surname-axis-year",\n/);
		expect(twice.text.indexOf('surname-axis-year', once.offset + 1)).toBe(twice.offset);
	});

	it('writes, for a value that could be real (a level, an axis, a month), text that is none', () => {
		expect(STANCE_TEMPLATE).toMatchObject({
			axis: '<weights, tools, methodology or access>',
			asOf: '<YYYY-MM>',
			position: '<0 to 4>',
			evidence: '<explicit, reported or inferred>'
		});
	});

	it('leaves drafts that do not parse, or are not leader files, alone', () => {
		expect(withNewStance('{ "stances": [')).toBeUndefined();
		expect(withNewStance('{ "sources": [] }')).toBeUndefined();
		expect(withNewStance('[]')).toBeUndefined();
	});

	it('gives a draft the checker explains field by field: one message per placeholder, nothing else', () => {
		const amodei = data.find((f) => f.path === 'data/leaders/dario-amodei.json');
		const added = withNewStance(amodei?.text ?? '');
		const at = (JSON.parse(amodei?.text ?? '') as { stances: unknown[] }).stances.length;
		const errors = errorsOf('data/leaders/dario-amodei.json', added?.text ?? '');
		const fields = ['id', 'axis', 'asOf', 'position', 'evidence', 'summary', 'rationale'];
		expect(errors.map((e) => e.split('  ')[0])).toEqual([
			...fields.map((f) => `stances[${at}].${f}`),
			`stances[${at}].citations[0].source`,
			`stances[${at}].citations[0].quote`
		]);
		for (const error of errors)
			expect(error).toMatch(/ {2}"\w+" still holds the template's text: /);
		expect(errors).toContain(
			`stances[${at}].position  "position" still holds the template's text: write the level on the axis as a number without quotes, 0 (closed) to 4 (open), scored against the rubric`
		);
	});
});
