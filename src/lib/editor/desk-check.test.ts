import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { checkDeskDraft } from './desk-check.ts';

const data = readDataDir('data');
const dario = data.find((f) => f.path === 'data/leaders/dario-amodei.json')?.text ?? '';

describe('checkDeskDraft', () => {
	it('checks nothing in an empty draft, and says what to do', () => {
		expect(checkDeskDraft(data, '  \n', '')).toEqual({
			checked: null,
			status: 'The draft is empty: paste a file, open or drop one, or start from a file above.'
		});
	});

	it('reads the file from the text, unless the editor chose one', () => {
		const read = checkDeskDraft(data, dario, '');
		expect(read.checked?.path).toBe('data/leaders/dario-amodei.json');
		expect(read.checked?.errors).toEqual([]);
		expect(read.checked?.canAddStance).toBe(true);
		expect(read.status).toBe(
			'No errors: data/leaders/dario-amodei.json is valid with the rest of the dataset.'
		);

		const chosen = checkDeskDraft(data, dario, 'data/leaders/sam-altman.json');
		expect(chosen.checked?.path).toBe('data/leaders/sam-altman.json');
		expect(chosen.checked?.errors.map((p) => p.message)).toContain(
			'id "dario-amodei" must equal the file name "sam-altman"'
		);
	});

	it('does not guess a file for a leader without a valid id, and says why', () => {
		const result = checkDeskDraft(data, dario.replace('"id": "dario-amodei"', '"id": "Dario"'), '');
		expect(result.checked).toBeNull();
		expect(result.status).toMatch(
			/^Not checked: this is a leader file, but its "id" is not a valid id yet/
		);
	});

	it('asks which file a text is when nothing in it says', () => {
		expect(checkDeskDraft(data, '{ "hello": 1 }', '').status).toMatch(
			/Choose one under "Check it as"/
		);
	});
});
