import { describe, expect, it } from 'vitest';
import type { Problem } from '../data/validate.ts';
import { checkSummary } from './check-summary.ts';

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
