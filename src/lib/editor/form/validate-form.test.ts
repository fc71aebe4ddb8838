import { describe, expect, it } from 'vitest';
import {
	emptyCitation,
	emptyNewSource,
	emptyStanceForm,
	type StanceFormValues
} from './form-values.ts';
import { dateProblem, urlProblem, validateStanceForm, type FormContext } from './validate-form.ts';

const context: FormContext = {
	leaders: new Set(['jane-doe']),
	stanceIds: new Set(['doe-weights-2020']),
	sourceIds: new Set(['fake-source', 'fake-copy']),
	moves: false,
	today: '2026-11-30'
};

const valid: StanceFormValues = {
	...emptyStanceForm('jane-doe'),
	id: 'doe-tools-2025',
	axis: 'tools',
	asOf: '2025-05',
	position: 2,
	evidence: 'inferred',
	summary: 'Fake summary.',
	rationale: 'Fake rationale.',
	citations: [
		{ ...emptyCitation(), source: { ...emptyCitation().source, id: 'fake-source' }, quote: 'fake' }
	]
};

const fields = (values: StanceFormValues, ctx = context) =>
	Object.fromEntries(validateStanceForm(values, ctx).map((e) => [e.field, e.message]));

describe('validateStanceForm', () => {
	it('passes a filled form', () => expect(validateStanceForm(valid, context)).toEqual([]));

	it('names every required field of an empty form, in the form’s order', () => {
		expect(validateStanceForm(emptyStanceForm(), context).map((e) => e.field)).toEqual([
			'leader',
			'axis',
			'asOf',
			'id',
			'position',
			'evidence',
			'summary',
			'rationale',
			'citations.0.source',
			'citations.0.quote'
		]);
	});

	it('checks the id’s form and that no other stance has it', () => {
		expect(fields({ ...valid, id: 'Doe Tools' }).id).toMatch(/kebab-case/);
		expect(fields({ ...valid, id: 'doe-weights-2020' }).id).toMatch(/another stance/);
	});

	it('checks dates: form, calendar and future', () => {
		expect(fields({ ...valid, asOf: 'May 2025' }).asOf).toMatch(/"YYYY", "YYYY-MM"/);
		expect(fields({ ...valid, asOf: '2025-02-30' }).asOf).toBe('is not a real calendar date');
		expect(fields({ ...valid, asOf: '2027-01' }).asOf).toMatch(/in the future/);
		expect(fields({ ...valid, asOf: '2026-11' }).asOf).toBeUndefined();
	});

	it('refuses markup in text', () => {
		expect(fields({ ...valid, summary: 'a <b>bold</b> claim' }).summary).toMatch(/HTML/);
	});

	it('asks for a cause only when the stance moves, without quotation marks in its note', () => {
		expect(fields(valid, { ...context, moves: true }).causeKind).toMatch(/moves/);
		const withCause = { ...valid, causeKind: 'action' as const, causeNote: 'He said “open”.' };
		expect(fields(withCause, { ...context, moves: true }).causeNote).toMatch(/quotation marks/);
		expect(fields({ ...withCause, causeNote: 'A release.' }, { ...context, moves: true })).toEqual(
			{}
		);
	});

	it('checks a citation’s source and via', () => {
		const citation = valid.citations[0]!;
		const cite = (c: Partial<typeof citation>) =>
			fields({ ...valid, citations: [{ ...citation, ...c }] });
		expect(cite({ source: { ...citation.source, id: 'nope' } })['citations.0.source']).toBe(
			'unknown source "nope"'
		);
		expect(cite({ via: { ...citation.via, id: 'fake-source' } })['citations.0.via']).toMatch(
			/different source/
		);
		expect(cite({ via: { ...citation.via, id: 'fake-copy' } })).toEqual({});
		expect(fields({ ...valid, citations: [] }).citations).toMatch(/at least one citation/);
	});

	it('checks a new source: required fields, an unused id, an https: address', () => {
		const citation = valid.citations[0]!;
		const withNew = (source: Partial<ReturnType<typeof emptyNewSource>>) =>
			fields({
				...valid,
				citations: [
					{
						...citation,
						source: { id: '', isNew: true, newSource: { ...emptyNewSource(), ...source } }
					}
				]
			});
		expect(Object.keys(withNew({}))).toEqual([
			'citations.0.source.new.outlet',
			'citations.0.source.new.title',
			'citations.0.source.new.kind',
			'citations.0.source.new.date',
			'citations.0.source.new.id'
		]);
		const good = {
			id: 'example-2025',
			kind: 'article' as const,
			outlet: 'Example',
			title: 'Fake',
			date: '2025'
		};
		expect(withNew(good)).toEqual({});
		expect(withNew({ ...good, url: 'https://example.org/a' })).toEqual({});
		expect(withNew({ ...good, url: 'http://example.org/a' })['citations.0.source.new.url']).toMatch(
			/https:/
		);
		expect(withNew({ ...good, id: 'fake-source' })['citations.0.source.new.id']).toMatch(
			/already a source/
		);
	});

	it('refuses two new sources with one id', () => {
		const citation = valid.citations[0]!;
		const newSource = {
			...emptyNewSource(),
			id: 'example-2025',
			kind: 'article' as const,
			outlet: 'E',
			title: 'T',
			date: '2025'
		};
		const choice = { id: '', isNew: true, newSource };
		const result = fields({
			...valid,
			citations: [
				{ ...citation, source: choice },
				{ ...citation, source: choice }
			]
		});
		expect(result).toEqual({
			'citations.1.source.new.id': '"example-2025" is the id of another new source in this form'
		});
	});
});

describe('dateProblem and urlProblem', () => {
	it('accept what the schema accepts', () => {
		expect(['2025', '2025-02', '2024-02-29'].map((d) => dateProblem(d, '2026-01-01'))).toEqual([
			undefined,
			undefined,
			undefined
		]);
		expect(urlProblem('https://example.org')).toBeUndefined();
		expect(urlProblem('javascript:alert(1)')).toMatch(/https:/);
		expect(urlProblem('example.org')).toMatch(/https:/);
	});
});
