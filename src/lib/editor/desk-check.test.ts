import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { checkChangeset, type DeskDraft } from './desk-check.ts';

const data = readDataDir('data');
const text = (path: string) => data.find((f) => f.path === path)?.text ?? '';
const dario = text('data/leaders/dario-amodei.json');
const sources = text('data/sources.json');

const draft = (key: string, body: string, chosen = ''): DeskDraft => ({ key, text: body, chosen });

/** Dario's file citing a source `id` in his first stance's first citation. */
function darioCiting(id: string): string {
	const value = JSON.parse(dario) as { stances: { citations: { source: string }[] }[] };
	const citation = value.stances[0]?.citations[0];
	if (!citation) throw new Error('Dario has no citation');
	citation.source = id;
	return JSON.stringify(value, null, 2);
}

/** sources.json with one more source, `id`. */
function sourcesWith(id: string): string {
	const value = JSON.parse(sources) as { sources: Record<string, unknown>[] };
	value.sources.push({ ...value.sources[0], id, title: 'A new source' });
	return JSON.stringify(value, null, 2);
}

describe('checkChangeset', () => {
	it('checks nothing in an empty draft, and says what to do', () => {
		const result = checkChangeset(data, [draft('a', '  \n')]);
		expect(result.status).toBe(
			'The draft is empty: paste a file, open or drop one, or start from a file above.'
		);
		expect(result.drafts).toEqual([{ key: 'a', checked: null, status: result.status }]);
		expect(result.files).toEqual([]);
	});

	it('reads the file from the text, unless the editor chose one', () => {
		const read = checkChangeset(data, [draft('a', dario)]);
		expect(read.drafts[0]?.checked?.path).toBe('data/leaders/dario-amodei.json');
		expect(read.errors).toEqual([]);
		expect(read.drafts[0]?.checked?.canAddStance).toBe(true);
		expect(read.status).toBe(
			'No errors: data/leaders/dario-amodei.json is valid with the rest of the dataset.'
		);
		expect(read.release).toBeUndefined();
		expect(read.published?.leaders.length).toBeGreaterThan(0);
		expect(
			checkChangeset(data, [draft('a', dario)], { withPublished: false }).published
		).toBeUndefined();

		const chosen = checkChangeset(data, [draft('a', dario, 'data/leaders/sam-altman.json')]);
		expect(chosen.drafts[0]?.checked?.path).toBe('data/leaders/sam-altman.json');
		expect(chosen.errors.map((p) => p.message)).toContain(
			'id "dario-amodei" must equal the file name "sam-altman"'
		);
	});

	it('does not guess a file for a leader without a valid id, and says why', () => {
		const result = checkChangeset(data, [
			draft('a', dario.replace('"id": "dario-amodei"', '"id": "Dario"'))
		]);
		expect(result.drafts[0]?.checked).toBeNull();
		expect(result.status).toMatch(
			/^Not checked: this is a leader file, but its "id" is not a valid id yet/
		);
	});

	it('asks which file a text is when nothing in it says', () => {
		expect(checkChangeset(data, [draft('a', '{ "hello": 1 }')]).status).toMatch(
			/Choose one under "Check it as"/
		);
	});

	it('passes a stance citing a new source only with the source in the changeset', () => {
		const alone = checkChangeset(data, [draft('leader', darioCiting('brand-new-source'))]);
		expect(alone.errors.some((p) => /brand-new-source/.test(p.message))).toBe(true);
		expect(alone.dataset).toBeUndefined();

		const together = checkChangeset(data, [
			draft('leader', darioCiting('brand-new-source')),
			draft('sources', sourcesWith('brand-new-source'))
		]);
		expect(together.errors).toEqual([]);
		expect(together.dataset?.sources.some((s) => s.id === 'brand-new-source')).toBe(true);
		expect(together.files.map((f) => f.path)).toEqual([
			'data/leaders/dario-amodei.json',
			'data/sources.json'
		]);
		expect(together.status).toMatch(/^No errors: the 2 drafts .* are valid together/);
		expect(together.release?.bumps[0]?.version).toMatch(/^\d+\.\d+\.0$/);
	});

	it('sends each problem to its draft, and checks a second draft of one file not at all', () => {
		const result = checkChangeset(data, [
			draft('sources', '{ "sources": [ }'),
			draft('leader', dario),
			draft('again', sources)
		]);
		const [broken, leader, again] = result.drafts;
		if (!broken || !leader || !again) throw new Error('three outcomes expected');
		expect(broken.checked?.errors.length).toBeGreaterThan(0);
		expect(broken.checked?.errors.every((p) => p.file === 'data/sources.json')).toBe(true);
		expect(leader.checked?.errors).toEqual([]);
		expect(again.checked).toBeNull();
		expect(again.status).toMatch(/another draft is already data\/sources.json/);
		expect(result.files).toHaveLength(2);
	});
});
