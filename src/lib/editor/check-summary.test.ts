import { describe, expect, it } from 'vitest';
import type { Problem } from '../data/validate.ts';
import { changesetSummary, checkSummary } from './check-summary.ts';

const problem = (severity: Problem['severity']): Problem => ({
	file: 'data/sources.json',
	line: 1,
	column: 1,
	path: '',
	message: 'x',
	severity
});
const none = { added: [], changed: [] };

describe('checkSummary', () => {
	it('counts errors and warnings', () => {
		expect(
			checkSummary('data/sources.json', {
				errors: [problem('error'), problem('error')],
				warnings: [problem('warning')],
				changes: none
			})
		).toBe('2 errors and 1 warning, checked as data/sources.json.');
	});

	it('says a valid draft is valid, and how many stances it adds or changes', () => {
		expect(checkSummary('data/leaders/a.json', { errors: [], warnings: [], changes: none })).toBe(
			'No errors: data/leaders/a.json is valid with the rest of the dataset.'
		);
		expect(
			checkSummary('data/leaders/a.json', {
				errors: [],
				warnings: [],
				changes: { added: ['x', 'y'], changed: ['z'] }
			})
		).toBe(
			'No errors: data/leaders/a.json is valid with the rest of the dataset. Stances: 2 new, 1 changed.'
		);
	});
});

describe('changesetSummary', () => {
	const files = [
		{ path: 'data/leaders/a.json', changes: { added: ['x'], changed: [] } },
		{ path: 'data/sources.json', changes: none }
	];

	it('names the files with errors, and how many drafts were checked together', () => {
		expect(changesetSummary(files, { errors: [problem('error')], warnings: [] })).toBe(
			'1 error in 1 file (data/sources.json), checking 2 drafts together.'
		);
	});

	it('says the drafts are valid together, with the stances they add', () => {
		expect(changesetSummary(files, { errors: [], warnings: [problem('warning')] })).toBe(
			'No errors and 1 warning: the 2 drafts (data/leaders/a.json, data/sources.json) are valid together with the rest of the dataset. Stances: 1 new.'
		);
	});
});
