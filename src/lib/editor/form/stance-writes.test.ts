/**
 * Submitting the form on the real dataset: the files it writes, merged over the published ones,
 * pass the same validator as `npm run validate`. Quotes and sources written here are fake.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../../scripts/lib/read-data-dir.ts';
import '../zod-jitless.ts';
import { validateDataset } from '../../data/validate.ts';
import type { Stance } from '../../data/schema.ts';
import {
	emptyCitation,
	emptyNewSource,
	emptyStanceForm,
	formFromStance,
	type StanceFormValues
} from './form-values.ts';
import { correctionOffer, stanceWrites, type FileWrite } from './stance-writes.ts';

const TODAY = '2026-11-30';
const files = readDataDir('data');
const published = new Map(files.map((f) => [f.path, f.text]));
const CLARK = 'data/leaders/jack-clark.json';
const clark = JSON.parse(published.get(CLARK)!) as { stances: Stance[] };

/** The dataset with `writes` over it, as the validator sees it: its errors. */
function errorsWith(writes: readonly FileWrite[]): string[] {
	const texts = new Map(published);
	for (const w of writes) texts.set(w.path, w.text);
	const result = validateDataset(
		[...texts].map(([path, text]) => ({ path, text })),
		{ today: TODAY }
	);
	return result.errors.map((e) => `${e.file}:${e.line} ${e.path} ${e.message}`);
}

/** A new tools stance of Jack Clark (he has none on tools), citing an existing source. */
function newStance(): StanceFormValues {
	return {
		...emptyStanceForm('jack-clark'),
		id: 'clark-tools-2024',
		axis: 'tools',
		asOf: '2024-03',
		position: 2,
		evidence: 'explicit',
		summary: 'Fake summary written by a unit test.',
		rationale: 'Fake rationale written by a unit test.',
		citations: [
			{
				...emptyCitation(),
				source: { ...emptyCitation().source, id: 'import-ai-429' },
				quote: 'fake words for a test'
			}
		]
	};
}

const situation = { texts: published, published, today: TODAY };

describe('stanceWrites', () => {
	it('writes a new stance into the leader file, at its date, valid with the rest', () => {
		const result = stanceWrites(newStance(), situation, { accept: true, why: '' });
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.writes.map((w) => w.path)).toEqual([CLARK]);
		const write = result.writes[0]!;
		const ids = (JSON.parse(write.text) as { stances: Stance[] }).stances.map((s) => s.id);
		const at = ids.indexOf('clark-tools-2024');
		expect(
			ids.slice(0, at).every((id) => clark.stances.find((s) => s.id === id)!.asOf <= '2024-03')
		).toBe(true);
		expect(
			ids.slice(at + 1).every((id) => clark.stances.find((s) => s.id === id)!.asOf > '2024-03')
		).toBe(true);
		expect(write.text.slice(write.offset)).toMatch(/^\{\n\t{3}"id": "clark-tools-2024"/);
		expect(errorsWith(result.writes)).toEqual([]);
		expect(result.summary).toBe(
			'Add stance clark-tools-2024 to Jack Clark (tools, level 2 of 0–4, 2024-03, explicit)'
		);
	});

	it('writes a new source into sources.json when the citation describes one', () => {
		const values = newStance();
		values.citations[0]!.source = {
			id: '',
			isNew: true,
			newSource: {
				...emptyNewSource(),
				id: 'example-2024-03',
				kind: 'article',
				outlet: 'Example Outlet',
				title: 'A fake article for a unit test',
				date: '2024-03-02',
				url: 'https://example.org/fake'
			}
		};
		const result = stanceWrites(values, situation, { accept: true, why: '' });
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.writes.map((w) => w.path)).toEqual([CLARK, 'data/sources.json']);
		const sources = result.writes[1]!;
		expect(sources.text.slice(sources.offset!)).toMatch(/^\{\n\t{3}"id": "example-2024-03"/);
		expect(errorsWith(result.writes)).toEqual([]);
		expect(result.summary).toContain('new source example-2024-03');
	});

	it('says which needed file does not parse, and writes nothing', () => {
		const texts = new Map(published).set(CLARK, '{ "id": ');
		const result = stanceWrites(newStance(), { ...situation, texts }, { accept: true, why: '' });
		expect(result).toEqual({ ok: false, errors: [], unreadable: [CLARK] });
	});

	it('returns the form’s problems, and writes nothing', () => {
		const values = { ...newStance(), summary: ' ', id: 'clark-access-2026' };
		const result = stanceWrites(values, situation, { accept: true, why: '' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => e.field)).toEqual(['id', 'summary']);
	});

	it('asks for a cause when the stance moves its leader, and writes it', () => {
		const first = clark.stances.find((s) => s.axis === 'weights')!;
		const values = {
			...newStance(),
			id: 'clark-weights-2019-06',
			axis: 'weights' as const,
			asOf: '2019-06',
			position: first.position === 4 ? 3 : first.position + 1
		};
		const refused = stanceWrites(values, situation, { accept: true, why: '' });
		expect(refused.ok ? [] : refused.errors.map((e) => e.field)).toEqual(['causeKind']);
		const result = stanceWrites({ ...values, causeKind: 'statement' }, situation, {
			accept: true,
			why: ''
		});
		if (!result.ok) throw new Error(JSON.stringify(result));
		const written = JSON.parse(result.writes[0]!.text) as { stances: Stance[] };
		expect(written.stances.find((s) => s.id === values.id)?.cause).toEqual({ kind: 'statement' });
	});
});

describe('a change to a published stance', () => {
	const stance = clark.stances.find((s) => s.id === 'clark-access-2026')!;
	const edited = { ...formFromStance('jack-clark', stance), position: stance.position + 1 };
	const editing = { ...situation, editing: stance.id };

	it('is offered its corrections-log entry, at the next patch version, dated today', () => {
		const offer = correctionOffer(edited, editing, 'Fake reason.');
		expect(offer?.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(offer?.entries).toEqual([
			{
				version: offer?.version,
				date: TODAY,
				change: 'level',
				stance: stance.id,
				before: stance.position,
				after: stance.position + 1,
				why: 'Fake reason.'
			}
		]);
	});

	it('is offered nothing when new, unchanged, or when there is no corrections log', () => {
		expect(correctionOffer(edited, situation)).toBeUndefined();
		expect(correctionOffer(formFromStance('jack-clark', stance), editing)).toBeUndefined();
		const texts = new Map(published);
		texts.delete('data/changes.json');
		expect(correctionOffer(edited, { ...editing, texts })).toBeUndefined();
	});

	it('writes the entry, which passes once meta.json names its version', () => {
		const meta = JSON.parse(published.get('data/meta.json')!) as { version: string };
		const offer = correctionOffer(edited, editing)!;
		const texts = new Map(published).set(
			'data/meta.json',
			`${JSON.stringify({ ...meta, version: offer.version }, null, '\t')}\n`
		);
		expect(correctionOffer(edited, { ...editing, texts })?.version).toBe(offer.version);
		const missingWhy = stanceWrites(edited, { ...editing, texts }, { accept: true, why: ' ' });
		expect(missingWhy.ok ? [] : missingWhy.errors.map((e) => e.field)).toEqual(['why']);

		const result = stanceWrites(
			edited,
			{ ...editing, texts },
			{ accept: true, why: 'Fake reason.' }
		);
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.writes.map((w) => w.path)).toEqual([CLARK, 'data/changes.json']);
		expect(result.summary).toContain(`corrections log (${offer.version}): level`);
		expect(
			errorsWith([...result.writes, { path: 'data/meta.json', text: texts.get('data/meta.json')! }])
		).toEqual([]);
		// Declined: the stance alone.
		const declined = stanceWrites(edited, { ...editing, texts }, { accept: false, why: '' });
		if (!declined.ok) throw new Error(JSON.stringify(declined));
		expect(declined.writes.map((w) => w.path)).toEqual([CLARK]);
	});
});
