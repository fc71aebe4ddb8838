import { describe, expect, it } from 'vitest';
import {
	findPlaceholders,
	isPlaceholderText,
	LEADER_TEMPLATE,
	STANCE_TEMPLATE
} from './placeholders.ts';

/** `path: field` for each placeholder found, from the message's first words. */
function found(data: unknown): string[] {
	return findPlaceholders('leader', data).map(
		(p) =>
			`${p.at.join('.')}: ${/^"(\w+)" still holds the template's text: \S/.exec(p.message)?.[1]}`
	);
}

describe('findPlaceholders', () => {
	it("finds every field of the templates that still holds the template's text", () => {
		expect(found({ ...LEADER_TEMPLATE, stances: [STANCE_TEMPLATE] })).toEqual([
			'id: id',
			'name: name',
			'shortName: shortName',
			'affiliations.0.org: org',
			'affiliations.0.role: role',
			'affiliations.0.from: from',
			'stances.0.id: id',
			'stances.0.axis: axis',
			'stances.0.asOf: asOf',
			'stances.0.position: position',
			'stances.0.evidence: evidence',
			'stances.0.summary: summary',
			'stances.0.rationale: rationale',
			'stances.0.citations.0.source: source',
			'stances.0.citations.0.quote: quote'
		]);
	});

	it('finds a placeholder left in any stance and citation, and only those left', () => {
		const real = {
			id: 'doe-tools-2025',
			axis: 'tools',
			asOf: '2025-05',
			position: 2,
			evidence: 'explicit',
			summary: 'Said so.',
			rationale: 'Level 2.',
			citations: [{ source: 'example-talk-2019', quote: 'real words' }]
		};
		const half = {
			...real,
			id: 'doe-weights-2025',
			rationale: STANCE_TEMPLATE.rationale,
			citations: [
				real.citations[0],
				{ ...STANCE_TEMPLATE.citations[0], source: 'example-talk-2019' }
			]
		};
		expect(found({ id: 'jane-doe', stances: [real, half] })).toEqual([
			'stances.1.rationale: rationale',
			'stances.1.citations.1.quote: quote'
		]);
	});

	it("matches a field's own placeholder only, and only in leader files", () => {
		// The stance id's placeholder in a summary is odd text, but not the summary's placeholder.
		expect(found({ stances: [{ summary: STANCE_TEMPLATE.id }] })).toEqual([]);
		expect(findPlaceholders('sources', { id: LEADER_TEMPLATE.id })).toEqual([]);
		expect(found('not an object')).toEqual([]);
		expect(found({ stances: 'not a list' })).toEqual([]);
	});

	it('says what to write, in words', () => {
		const [axis] = findPlaceholders('leader', { stances: [{ axis: STANCE_TEMPLATE.axis }] });
		expect(axis?.message).toBe(
			`"axis" still holds the template's text: write one of the axes: weights, tools, methodology, access`
		);
	});
});

describe('the templates', () => {
	it('write no value that could be real data where a real value would pass the schema', () => {
		expect(STANCE_TEMPLATE.position).toBe('<0 to 4>');
		expect(STANCE_TEMPLATE.axis).toBe('<weights, tools, methodology or access>');
		expect(STANCE_TEMPLATE.asOf).toBe('<YYYY-MM>');
		expect(STANCE_TEMPLATE.evidence).toBe('<explicit, reported or inferred>');
		expect(LEADER_TEMPLATE.affiliations[0].from).toBe('<YYYY-MM>');
	});

	it('are known as placeholder text, and real values are not', () => {
		expect(isPlaceholderText(STANCE_TEMPLATE.id)).toBe(true);
		expect(isPlaceholderText(STANCE_TEMPLATE.citations[0].source)).toBe(true);
		expect(isPlaceholderText('dario-amodei')).toBe(false);
		expect(isPlaceholderText(2)).toBe(false);
	});
});
