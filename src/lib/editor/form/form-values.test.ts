import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../../scripts/lib/read-data-dir.ts';
import type { Stance } from '../../data/schema.ts';
import {
	emptyCitation,
	emptyNewSource,
	emptyStanceForm,
	formFromStance,
	inKeyOrder,
	newSourcesOf,
	sourceFromForm,
	stanceFromForm,
	type StanceFormValues
} from './form-values.ts';

/** Every stance of the real data, with its leader. */
const stances = readDataDir('data')
	.filter((f) => f.path.startsWith('data/leaders/'))
	.flatMap((f) => {
		const leader = JSON.parse(f.text) as { id: string; stances: Stance[] };
		return leader.stances.map((stance) => ({ leader: leader.id, stance }));
	});

describe('formFromStance and stanceFromForm', () => {
	it('reads the data', () => expect(stances.length).toBeGreaterThan(50));

	it('give back every stance of the data exactly, keys in the same order', () => {
		for (const { leader, stance } of stances) {
			const values = formFromStance(leader, stance);
			const back = stanceFromForm(values, stance.cause !== undefined);
			expect(JSON.stringify(back)).toBe(JSON.stringify(stance));
		}
	});

	it('go form → stance → form unchanged', () => {
		for (const { leader, stance } of stances) {
			const values = formFromStance(leader, stance);
			const again = formFromStance(leader, stanceFromForm(values, stance.cause !== undefined));
			expect(again).toEqual(values);
		}
	});

	it('write a cause only for a stance that moves its leader', () => {
		const withCause = stances.find((s) => s.stance.cause)!;
		const values = formFromStance(withCause.leader, withCause.stance);
		expect(stanceFromForm(values, true).cause).toEqual(withCause.stance.cause);
		expect(stanceFromForm(values, false)).not.toHaveProperty('cause');
	});
});

describe('stanceFromForm', () => {
	const filled: StanceFormValues = {
		...emptyStanceForm('jane-doe'),
		id: ' doe-tools-2025 ',
		axis: 'tools',
		asOf: '2025-05',
		position: 3,
		evidence: 'explicit',
		summary: '  Fake summary for a test.  ',
		rationale: 'Fake rationale.',
		causeKind: 'statement',
		causeNote: '   ',
		citations: [
			{
				...emptyCitation(),
				source: { ...emptyCitation().source, id: 'fake-source' },
				quote: ' fake words ',
				locator: '',
				speaker: '  '
			}
		]
	};

	it('trims text and leaves empty optional fields out', () => {
		expect(stanceFromForm(filled, true)).toEqual({
			id: 'doe-tools-2025',
			axis: 'tools',
			asOf: '2025-05',
			position: 3,
			evidence: 'explicit',
			summary: 'Fake summary for a test.',
			rationale: 'Fake rationale.',
			cause: { kind: 'statement' },
			citations: [{ source: 'fake-source', quote: 'fake words' }]
		});
	});

	it('names a new source by its id, as source or as via', () => {
		const citation = filled.citations[0]!;
		const values: StanceFormValues = {
			...filled,
			citations: [
				{
					...citation,
					locator: '12:30',
					source: {
						...citation.source,
						isNew: true,
						newSource: { ...emptyNewSource(), id: 'new-one' }
					},
					via: { ...citation.via, isNew: true, newSource: { ...emptyNewSource(), id: 'new-copy' } },
					speaker: 'Fake Lab (company post)'
				}
			]
		};
		expect(stanceFromForm(values, false).citations).toEqual([
			{
				source: 'new-one',
				quote: 'fake words',
				locator: '12:30',
				via: 'new-copy',
				speaker: 'Fake Lab (company post)'
			}
		]);
		expect(newSourcesOf(values).map((s) => s.id)).toEqual(['new-one', 'new-copy']);
		expect(newSourcesOf(filled)).toEqual([]);
	});

	it('keeps corrections it does not edit', () => {
		const corrections = [{ essaySays: 'a', sourceSays: 'b', source: 'c' }];
		expect(stanceFromForm({ ...filled, corrections }, false).corrections).toEqual(corrections);
	});
});

describe('sourceFromForm', () => {
	it('writes the schema’s keys in order, without empty ones', () => {
		const source = sourceFromForm({
			...emptyNewSource(),
			id: 'example-2025-03',
			kind: 'podcast',
			outlet: ' Example Podcast ',
			title: 'Fake episode',
			date: '2025-03-14',
			url: ''
		});
		expect(JSON.stringify(source)).toBe(
			JSON.stringify({
				id: 'example-2025-03',
				kind: 'podcast',
				outlet: 'Example Podcast',
				title: 'Fake episode',
				date: '2025-03-14'
			})
		);
		expect(
			Object.keys(sourceFromForm({ ...emptyNewSource(), url: 'https://example.org/', note: 'n' }))
		).toEqual(['id', 'kind', 'outlet', 'title', 'date', 'url', 'note']);
	});
});

describe('inKeyOrder', () => {
	it('follows the given order, and puts a key it lacks after its predecessor', () => {
		const object = { source: 's', quote: 'q', locator: 'l', via: 'v', speaker: 'x' };
		expect(Object.keys(inKeyOrder(object, ['source', 'quote', 'via', 'locator']))).toEqual([
			'source',
			'quote',
			'via',
			'locator',
			'speaker'
		]);
		expect(Object.keys(inKeyOrder(object, ['quote', 'via']))).toEqual([
			'source',
			'quote',
			'locator',
			'via',
			'speaker'
		]);
	});
});
