/**
 * Every validator rule, each with a failing input and the exact line it must print.
 *
 * Inputs are the small valid dataset in tests/fixtures/valid/ (read as if it were `data/`) with
 * one exact string edit, so each test shows what changed and what the validator says about it.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import {
	formatProblem,
	formatJsonPath,
	kindOfPath,
	validateDataset,
	type DataFile
} from './validate.ts';

const FIXTURE = 'tests/fixtures/valid';
/** Every date in the fixture is before this day; dates after it are "in the future". */
const TODAY = '2025-06-15';

/** The valid fixture, with paths as if it were the real `data/` folder. */
function fixture(): DataFile[] {
	return readDataDir(FIXTURE).map((f) => ({ ...f, path: f.path.replace(`${FIXTURE}/`, 'data/') }));
}

/** [file under data/, text to find (exactly once), replacement] */
type Edit = [file: string, from: string, to: string];

function edited(...edits: Edit[]): DataFile[] {
	const files = fixture();
	for (const [name, from, to] of edits) {
		const file = files.find((f) => f.path === `data/${name}`);
		if (!file) throw new Error(`no file data/${name}`);
		const count = file.text.split(from).length - 1;
		if (count !== 1)
			throw new Error(`${JSON.stringify(from)} occurs ${count} times in ${name}, not once`);
		file.text = file.text.replace(from, to);
	}
	return files;
}

function problems(files: DataFile[], today = TODAY): { errors: string[]; warnings: string[] } {
	const result = validateDataset(files, { today });
	return { errors: result.errors.map(formatProblem), warnings: result.warnings.map(formatProblem) };
}

function errorsOf(...edits: Edit[]): string[] {
	return problems(edited(...edits)).errors;
}

const ADA = 'leaders/ada-lovelace.json';
const TURING = 'leaders/alan-turing.json';

describe('the valid fixture', () => {
	it('has no errors and no warnings, and gives the parsed dataset with leaders sorted by id', () => {
		const result = validateDataset(fixture(), { today: TODAY });
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.dataset?.leaders.map((l) => l.id)).toEqual(['ada-lovelace', 'alan-turing']);
		expect(result.dataset?.axes.axes.map((a) => a.id)).toEqual([
			'weights',
			'tools',
			'methodology',
			'access'
		]);
		expect(result.dataset?.sources.sources).toHaveLength(4);
		expect(result.dataset?.events.events).toHaveLength(1);
		expect(result.dataset?.meta.version).toBe('1.0.0');
	});

	it('gives no dataset when there is an error, and a dataset when there are only warnings', () => {
		expect(
			validateDataset(edited([ADA, '"position": 2', '"position": 7']), { today: TODAY }).dataset
		).toBeUndefined();
		const warned = validateDataset(
			edited([
				'sources.json',
				'"sources": [',
				'"sources": [\n\t\t{ "id": "unused-2020", "kind": "post", "outlet": "X", "title": "Y", "date": "2020" },'
			]),
			{ today: TODAY }
		);
		expect(warned.errors).toEqual([]);
		expect(warned.warnings).toHaveLength(1);
		expect(warned.dataset).toBeDefined();
	});

	it('does not depend on the order the files are given in', () => {
		const files = edited(
			[ADA, '"position": 2', '"position": 7'],
			['meta.json', '"1.0.0"', '"1.0"']
		);
		expect(problems([...files].reverse())).toEqual(problems(files));
	});
});

describe('shape (zod)', () => {
	it('reports an unknown key at its name, suggesting the closest known key', () => {
		expect(
			errorsOf([
				ADA,
				'"citations": [\n\t\t\t\t{\n\t\t\t\t\t"source": "example-release',
				'"citatons": [\n\t\t\t\t{\n\t\t\t\t\t"source": "example-release'
			])
		).toEqual([
			'data/leaders/ada-lovelace.json:50:4  stances[2].citatons  in stance lovelace-access-2024: unknown key "citatons" (did you mean "citations"?)'
		]);
	});

	it('reports an unknown key with nothing close to it without a suggestion, one problem per key', () => {
		expect(
			errorsOf(['meta.json', '"version": "1.0.0",', '"version": "1.0.0", "zzz": 1, "notes": "x",'])
		).toEqual([
			'data/meta.json:3:22  zzz  unknown key "zzz"',
			'data/meta.json:3:32  notes  unknown key "notes"'
		]);
	});

	it('reports a missing required key at the object that lacks it', () => {
		expect(
			errorsOf([ADA, ',\n\t\t\t\t\t"quote": "available today to paying customers"', ''])
		).toEqual([
			'data/leaders/ada-lovelace.json:51:5  stances[2].citations[0]  in stance lovelace-access-2024, citation of example-release-2024-05: missing required key "quote"'
		]);
	});

	it('reports a missing enum-valued key as missing, not as a bad value', () => {
		expect(errorsOf([ADA, '\t\t\t"axis": "access",\n', ''])).toEqual([
			'data/leaders/ada-lovelace.json:42:3  stances[2]  in stance lovelace-access-2024: missing required key "axis"'
		]);
	});

	it('reports wrong types', () => {
		expect(
			errorsOf(
				[ADA, '"position": 2', '"position": "2"'],
				[ADA, '"name": "Ada Lovelace"', '"name": 42']
			)
		).toEqual([
			'data/leaders/ada-lovelace.json:4:10  name  must be text in quotes',
			'data/leaders/ada-lovelace.json:46:16  stances[2].position  in stance lovelace-access-2024: must be a level of the axis: a whole number from 0 (closed) to 4 (open)'
		]);
		expect(
			errorsOf(
				[TURING, '"affiliations": [{', '"affiliations": {"x": [{'],
				[TURING, '"from": "2016" }],', '"from": "2016" }]},']
			)
		).toEqual(['data/leaders/alan-turing.json:5:18  affiliations  must be a list [ … ]']);
	});

	it('reports a file that is not an object', () => {
		const files = fixture().map((f) => (f.path === 'data/meta.json' ? { ...f, text: '[]\n' } : f));
		expect(problems(files).errors).toEqual(['data/meta.json:1:1  (root)  must be an object { … }']);
	});

	it('reports a position outside 0..4', () => {
		expect(errorsOf([ADA, '"position": 2', '"position": 7'])).toEqual([
			'data/leaders/ada-lovelace.json:46:16  stances[2].position  in stance lovelace-access-2024: must be a level of the axis: a whole number from 0 (closed) to 4 (open)'
		]);
		expect(errorsOf([ADA, '"position": 2', '"position": 2.5'])).toEqual([
			'data/leaders/ada-lovelace.json:46:16  stances[2].position  in stance lovelace-access-2024: must be a level of the axis: a whole number from 0 (closed) to 4 (open)'
		]);
	});

	it('reports an unknown axis id, suggesting the closest', () => {
		expect(errorsOf([ADA, '"axis": "access"', '"axis": "acess"'])).toEqual([
			'data/leaders/ada-lovelace.json:44:12  stances[2].axis  in stance lovelace-access-2024: must be one of the axes: weights, tools, methodology, access (did you mean "access"?)'
		]);
	});

	it('reports an unknown evidence kind, suggesting the closest', () => {
		expect(errorsOf([ADA, '"evidence": "inferred"', '"evidence": "infered"'])).toEqual([
			'data/leaders/ada-lovelace.json:47:16  stances[2].evidence  in stance lovelace-access-2024: must be one of: explicit, reported, inferred (did you mean "inferred"?)'
		]);
	});

	it('refuses javascript: and http: addresses', () => {
		expect(
			errorsOf(
				['sources.json', '"url": "https://example.org/podcast/12"', '"url": "javascript:alert(1)"'],
				['sources.json', '"archived": "https://web', '"archived": "http://web']
			)
		).toEqual([
			'data/sources.json:18:11  sources[1].url  must be a full https: address, e.g. "https://example.org/page"',
			'data/sources.json:35:16  sources[3].archived  must be a full https: address, e.g. "https://example.org/page"'
		]);
	});

	it('reports an impossible date', () => {
		expect(errorsOf([ADA, '"asOf": "2024-05"', '"asOf": "2025-02-30"'])).toEqual([
			'data/leaders/ada-lovelace.json:45:12  stances[2].asOf  in stance lovelace-access-2024: is not a real calendar date'
		]);
		expect(errorsOf([ADA, '"asOf": "2024-05"', '"asOf": "May 2024"'])).toEqual([
			'data/leaders/ada-lovelace.json:45:12  stances[2].asOf  in stance lovelace-access-2024: must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"'
		]);
	});

	it('reports an empty quote', () => {
		expect(
			errorsOf([ADA, '"quote": "available today to paying customers"', '"quote": ""'])
		).toEqual([
			'data/leaders/ada-lovelace.json:53:15  stances[2].citations[0].quote  in stance lovelace-access-2024, citation of example-release-2024-05: must not be empty'
		]);
	});

	it('reports an empty citation list', () => {
		expect(
			errorsOf([
				TURING,
				'[\n\t\t\t\t{\n\t\t\t\t\t"source": "example-essay-2025",\n\t\t\t\t\t"quote": "he would publish the methods but not the recipe"\n\t\t\t\t}\n\t\t\t]',
				'[]'
			])
		).toEqual([
			'data/leaders/alan-turing.json:31:17  stances[1].citations  in stance turing-methodology-2025: needs at least one citation: a claim with no citation does not exist'
		]);
	});

	it('reports HTML in text', () => {
		expect(errorsOf([ADA, '"Her lab offered', '"Her <b>lab</b> offered'])).toEqual([
			'data/leaders/ada-lovelace.json:48:15  stances[2].summary  in stance lovelace-access-2024: must be plain text: HTML tags are not allowed'
		]);
	});
});

describe('malformed JSON', () => {
	it('reports a trailing comma at the comma, and skips the file for every other rule', () => {
		// The same file also cites an unknown source: not reported while the file does not parse.
		expect(
			errorsOf(
				[TURING, '"from": "2016" }]', '"from": "2016" },]'],
				[TURING, '"source": "example-talk-2019"', '"source": "nope"']
			)
		).toEqual(['data/leaders/alan-turing.json:5:86  (root)  unexpected trailing comma']);
	});

	it('reports a missing closing brace, naming the brace left open', () => {
		expect(
			errorsOf([
				'meta.json',
				'"Openness Spectrum test fixture"\n}',
				'"Openness Spectrum test fixture"\n'
			])
		).toEqual(['data/meta.json:7:1  (root)  missing closing brace "}" for the "{" at 1:1']);
	});

	it('reports each comment', () => {
		expect(
			errorsOf([
				'meta.json',
				'"version": "1.0.0",\n',
				'// the version\n\t"version": "1.0.0", /* bump it */\n'
			])
		).toEqual([
			'data/meta.json:3:2  (root)  comments are not allowed in JSON',
			'data/meta.json:4:22  (root)  comments are not allowed in JSON'
		]);
	});

	it('reports every syntax error of every file at once', () => {
		expect(
			errorsOf(
				['meta.json', '"1.0.0",', '"1.0.0",,'],
				['events.json', '"leaders": ["ada-lovelace"],', '"leaders": ["ada-lovelace",],']
			)
		).toEqual([
			'data/events.json:9:30  (root)  unexpected trailing comma',
			'data/meta.json:3:21  (root)  unexpected extra comma'
		]);
	});

	it('does not flood the other files when sources.json does not parse', () => {
		expect(errorsOf(['sources.json', '"seed": true\n', '"seed": true,\n'])).toEqual([
			'data/sources.json:10:16  (root)  unexpected trailing comma'
		]);
	});
});

describe('messages a newsroom needs', () => {
	it('reports typographic quotation marks used as JSON syntax once, at the first mark', () => {
		expect(errorsOf([ADA, '"asOf": "2024-05"', '“asOf”: “2024-05”'])).toEqual([
			'data/leaders/ada-lovelace.json:45:4  (root)  typographic quotation mark “ used as JSON syntax: JSON needs straight quotes ("); replace “ and ” around keys and values'
		]);
		expect(errorsOf([ADA, '"asOf": "2024-05"', '"asOf": ”2024-05”'])).toEqual([
			'data/leaders/ada-lovelace.json:45:12  (root)  typographic quotation mark ” used as JSON syntax: JSON needs straight quotes ("); replace “ and ” around keys and values'
		]);
	});

	it('leaves curly quotation marks inside a quote alone', () => {
		const curly = errorsOf([
			ADA,
			'"available today to paying customers"',
			'"available “today” to paying customers"'
		]);
		expect(curly.join('\n')).not.toMatch(/typographic|syntax|JSON/);
	});

	it('reports a " inside a quote once, at the quote that ends it early', () => {
		expect(
			errorsOf([
				ADA,
				'"available today to paying customers"',
				'"available "today" to paying customers"'
			])
		).toEqual([
			'data/leaders/ada-lovelace.json:53:26  (root)  unescaped " ends the string early: write \\" for a quotation mark inside a string (or “ and ”, if the source uses curly quotes)'
		]);
	});

	it('reports a missing comma at the end of the line that lacks it', () => {
		expect(errorsOf([ADA, '"axis": "access",', '"axis": "access"'])).toEqual([
			'data/leaders/ada-lovelace.json:44:20  (root)  missing comma at the end of this line'
		]);
	});

	it("reports a template's text left in a field with one message that says what to write", () => {
		expect(
			errorsOf(
				[ADA, '"axis": "access"', '"axis": "<weights, tools, methodology or access>"'],
				[ADA, '"position": 2', '"position": "<0 to 4>"'],
				[ADA, '"source": "example-release-2024-05"', '"source": "id-of-a-source"'],
				[
					ADA,
					'"summary": "Her lab offered its model through a paid interface."',
					'"summary": "One sentence in our words: where the leader stood."'
				]
			)
		).toEqual([
			'data/leaders/ada-lovelace.json:44:12  stances[2].axis  in stance lovelace-access-2024: "axis" still holds the template\'s text: write one of the axes: weights, tools, methodology, access',
			'data/leaders/ada-lovelace.json:46:16  stances[2].position  in stance lovelace-access-2024: "position" still holds the template\'s text: write the level on the axis as a number without quotes, 0 (closed) to 4 (open), scored against the rubric',
			'data/leaders/ada-lovelace.json:48:15  stances[2].summary  in stance lovelace-access-2024: "summary" still holds the template\'s text: write one sentence, in our words, on where the leader stood',
			'data/leaders/ada-lovelace.json:52:16  stances[2].citations[0].source  in stance lovelace-access-2024: "source" still holds the template\'s text: write the id of the source in sources.json that the quote comes from'
		]);
	});

	it("does not name a stance by its template id, and reports the template's stance field by field, nothing else", () => {
		const template = {
			id: 'surname-axis-year',
			axis: '<weights, tools, methodology or access>',
			asOf: '<YYYY-MM>',
			position: '<0 to 4>',
			evidence: '<explicit, reported or inferred>',
			summary: 'One sentence in our words: where the leader stood.',
			rationale: 'Why this level and not the ones beside it, against the rubric.',
			citations: [{ source: 'id-of-a-source', quote: 'the exact words, copied verbatim' }]
		};
		const errors = errorsOf([ADA, '\t\t}\n\t]\n}', `\t\t},\n${JSON.stringify(template)}\n\t]\n}`]);
		expect(errors.map((e) => e.split('  ').slice(1).join('  ').split(':')[0])).toEqual([
			'stances[3].id  "id" still holds the template\'s text',
			'stances[3].axis  "axis" still holds the template\'s text',
			'stances[3].asOf  "asOf" still holds the template\'s text',
			'stances[3].position  "position" still holds the template\'s text',
			'stances[3].evidence  "evidence" still holds the template\'s text',
			'stances[3].summary  "summary" still holds the template\'s text',
			'stances[3].rationale  "rationale" still holds the template\'s text',
			'stances[3].citations[0].source  "source" still holds the template\'s text',
			'stances[3].citations[0].quote  "quote" still holds the template\'s text'
		]);
	});
});

describe('file level', () => {
	it('requires the $schema path of the file kind', () => {
		expect(
			errorsOf(['meta.json', '"../schema/meta.schema.json"', '"schema/meta.schema.json"'])
		).toEqual(['data/meta.json:2:13  $schema  "$schema" must be "../schema/meta.schema.json"']);
		expect(
			errorsOf([TURING, '"../../schema/leader.schema.json"', '"../schema/leader.schema.json"'])
		).toEqual([
			'data/leaders/alan-turing.json:2:13  $schema  "$schema" must be "../../schema/leader.schema.json"'
		]);
	});

	it('says what to add when $schema is missing', () => {
		expect(errorsOf([TURING, '\t"$schema": "../../schema/leader.schema.json",\n', ''])).toEqual([
			'data/leaders/alan-turing.json:1:1  (root)  missing required key "$schema": add "$schema": "../../schema/leader.schema.json"'
		]);
	});

	it('requires a leader id to equal the file name', () => {
		expect(errorsOf([TURING, '"id": "alan-turing"', '"id": "alan-turin"'])).toEqual([
			'data/leaders/alan-turing.json:3:8  id  id "alan-turin" must equal the file name "alan-turing"'
		]);
	});

	it('warns about a file the product does not read', () => {
		const result = problems([
			...fixture(),
			{ path: 'data/notes.json', text: '{}' },
			{ path: 'data/story/axes.json', text: '{}' }
		]);
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([
			'data/notes.json:1:1  (root)  not a data file the product reads',
			'data/story/axes.json:1:1  (root)  not a data file the product reads'
		]);
	});

	it('reports each missing required file', () => {
		const leadersOnly = fixture().filter((f) => f.path.startsWith('data/leaders/'));
		expect(problems(leadersOnly).errors).toEqual([
			'data/axes.json:1:1  (root)  missing file',
			'data/events.json:1:1  (root)  missing file',
			'data/meta.json:1:1  (root)  missing file',
			'data/sources.json:1:1  (root)  missing file'
		]);
		expect(problems(fixture().filter((f) => f.path !== 'data/events.json')).errors).toEqual([
			'data/events.json:1:1  (root)  missing file'
		]);
	});
});

describe('across files', () => {
	it('reports an unknown source, suggesting the closest id', () => {
		expect(
			errorsOf([ADA, '"source": "example-release-2024-05"', '"source": "example-release-2024-06"'])
		).toEqual([
			'data/leaders/ada-lovelace.json:52:16  stances[2].citations[0].source  in stance lovelace-access-2024: unknown source "example-release-2024-06" (did you mean "example-release-2024-05"?)'
		]);
	});

	it('reports an unknown via, and a via that repeats the source', () => {
		expect(
			errorsOf(
				[ADA, '"locator": "12:30"', '"locator": "12:30",\n\t\t\t\t\t"via": "some-essay"'],
				[TURING, '"via": "example-essay-2025"', '"via": "example-talk-2019"']
			)
		).toEqual([
			'data/leaders/ada-lovelace.json:24:13  stances[0].citations[0].via  in stance lovelace-weights-2015, citation of example-podcast-2023-11: unknown source "some-essay"',
			'data/leaders/alan-turing.json:19:13  stances[0].citations[0].via  in stance turing-access-2019, citation of example-talk-2019: "via" must name a different source than "source"',
			// example-essay-2025 is no longer anybody's via, so citing it directly needs a URL too.
			'data/leaders/alan-turing.json:33:16  stances[1].citations[0].source  in stance turing-methodology-2025: source "example-essay-2025" has no verified URL: add "via" naming the source the quote was read in'
		]);
	});

	it('requires "via" when the cited source has no URL, unless that source is itself used as a via', () => {
		// example-talk-2019 has no url; its citation loses its via. example-essay-2025 has no url
		// either, but stays citable directly only while some citation reads quotes in it.
		expect(errorsOf([TURING, ',\n\t\t\t\t\t"via": "example-essay-2025"', ''])).toEqual([
			'data/leaders/alan-turing.json:17:16  stances[0].citations[0].source  in stance turing-access-2019: source "example-talk-2019" has no verified URL: add "via" naming the source the quote was read in',
			'data/leaders/alan-turing.json:32:16  stances[1].citations[0].source  in stance turing-methodology-2025: source "example-essay-2025" has no verified URL: add "via" naming the source the quote was read in'
		]);
	});

	it('reports an unknown correction source', () => {
		expect(
			errorsOf([
				'sources.json',
				'"source": "example-release-2024-05"',
				'"source": "example-relase-2024-05"'
			])
		).toEqual([
			'data/sources.json:40:16  sources[3].corrections[0].source  unknown source "example-relase-2024-05" (did you mean "example-release-2024-05"?)'
		]);
	});

	it('reports an unknown leader in an event', () => {
		expect(
			errorsOf(['events.json', '["ada-lovelace"]', '["ada-lovelace", "ada-lovelac"]'])
		).toEqual([
			'data/events.json:9:32  events[0].leaders[1]  unknown leader "ada-lovelac" (did you mean "ada-lovelace"?)'
		]);
	});

	it('reports a stance axis that axes.json does not define, and a position that is not a level of it', () => {
		// axes.json loses its "tools" axis (4 axes required) and the 5th level of "access".
		const tools = fixture()
			.find((f) => f.path === 'data/axes.json')
			?.text.match(/\t\t\{\n\t\t\t"id": "tools",[\s\S]*?\n\t\t\},\n/)?.[0];
		expect(tools).toBeDefined();
		const result = errorsOf(
			['axes.json', tools ?? '', ''],
			[
				'axes.json',
				',\n\t\t\t\t{ "value": 4, "label": "Open", "rubric": "Anyone can use the models freely." }',
				''
			],
			[
				ADA,
				'"axis": "access",\n\t\t\t"asOf": "2024-05",\n\t\t\t"position": 2',
				'"axis": "access",\n\t\t\t"asOf": "2024-05",\n\t\t\t"position": 4'
			],
			[TURING, '"axis": "methodology"', '"axis": "tools"']
		);
		expect(result).toEqual([
			'data/axes.json:3:10  axes  must list the four axes: weights, tools, methodology, access',
			'data/axes.json:32:14  axes[2].levels  must list exactly five levels, 0 to 4',
			'data/leaders/ada-lovelace.json:46:16  stances[2].position  in stance lovelace-access-2024: position 4 is not a level of axis "access" (levels: 0, 1, 2, 3)',
			'data/leaders/alan-turing.json:25:12  stances[1].axis  in stance turing-methodology-2025: unknown axis "tools"'
		]);
	});

	it('reports duplicate ids at the second occurrence, naming the first', () => {
		expect(
			errorsOf([TURING, '"id": "turing-access-2019"', '"id": "lovelace-weights-2023"'])
		).toEqual([
			'data/leaders/alan-turing.json:8:10  stances[0].id  duplicate stance id "lovelace-weights-2023" (first in data/leaders/ada-lovelace.json:28:10)'
		]);
		expect(errorsOf(['axes.json', '"id": "tools"', '"id": "weights"'])).toEqual([
			'data/axes.json:17:10  axes[1].id  duplicate axis id "weights" (first in data/axes.json:5:10)'
		]);
		const copy =
			'\n\t\t{ "id": "example-talk-2019", "kind": "talk", "outlet": "X", "title": "Y", "date": "2019" },';
		expect(errorsOf(['sources.json', '"sources": [', `"sources": [${copy}`])).toEqual([
			'data/sources.json:23:10  sources[3].id  duplicate source id "example-talk-2019" (first in data/sources.json:4:11)'
		]);
	});

	it('reports a duplicate event id', () => {
		const second =
			'\t\t},\n\t\t{ "id": "example-model-release", "date": "2024", "label": "Again", "citations": [{ "source": "example-essay-2025", "quote": "again" }] }\n\t]';
		expect(errorsOf(['events.json', '\t\t}\n\t]', second])).toEqual([
			'data/events.json:17:11  events[1].id  duplicate event id "example-model-release" (first in data/events.json:5:10)'
		]);
	});

	it('reports two stances of one leader on one axis with the same asOf', () => {
		expect(errorsOf([ADA, '"asOf": "2023-11"', '"asOf": "2015-12"'])).toEqual([
			'data/leaders/ada-lovelace.json:30:12  stances[1].asOf  in stance lovelace-weights-2023: two stances of "ada-lovelace" on axis "weights" share asOf 2015-12 (first in data/leaders/ada-lovelace.json:14:12)'
		]);
		// The same asOf on another axis is fine.
		expect(errorsOf([ADA, '"asOf": "2024-05"', '"asOf": "2015-12"'])).toEqual([]);
	});

	it("requires a leader's role, and a note on why for a reference leader", () => {
		expect(
			errorsOf([TURING, '"name": "Alan Turing", "role": "cast",', '"name": "Alan Turing",'])
		).toEqual(['data/leaders/alan-turing.json:1:1  (root)  missing required key "role"']);
		expect(errorsOf([TURING, '"role": "cast"', '"role": "guest"'])).toEqual([
			'data/leaders/alan-turing.json:4:33  role  must be one of: cast, reference'
		]);
		expect(errorsOf([TURING, '"role": "cast"', '"role": "reference"'])).toEqual([
			'data/leaders/alan-turing.json:4:33  role  a reference leader needs "roleNote": one sentence on why they are shown for reference'
		]);
		expect(
			errorsOf([
				TURING,
				'"role": "cast"',
				'"role": "reference", "roleNote": "Shown for comparison."'
			])
		).toEqual([]);
	});

	it('reports an affiliation that starts after it ends, comparing the spans dates cover', () => {
		expect(
			errorsOf([ADA, '"from": "2015-12", "to": "2024-05"', '"from": "2024-07", "to": "2024-05"'])
		).toEqual([
			'data/leaders/ada-lovelace.json:7:57  affiliations[0].from  from 2024-07 is after to 2024-05'
		]);
		// "2024-05-20" lies inside "2024-05": not after it.
		expect(
			errorsOf([ADA, '"from": "2015-12", "to": "2024-05"', '"from": "2024-05-20", "to": "2024-05"'])
		).toEqual([]);
	});

	it('reports dates in the future, wherever they are', () => {
		expect(
			errorsOf(
				['meta.json', '"updated": "2025-06-01"', '"updated": "2025-06-16"'],
				[ADA, '"asOf": "2024-05"', '"asOf": "2031-01"'],
				[ADA, '"from": "2024-06"', '"from": "2026"'],
				['sources.json', '"accessed": "2025-06-01"', '"accessed": "2025-07"'],
				['sources.json', '"date": "2019-05"', '"date": "2030-01-01"'],
				['events.json', '"date": "2024-05-13"', '"date": "2099"']
			)
		).toEqual([
			'data/events.json:6:12  events[0].date  date 2099 is in the future',
			'data/leaders/ada-lovelace.json:8:51  affiliations[1].from  date 2026 is in the future',
			'data/leaders/ada-lovelace.json:45:12  stances[2].asOf  in stance lovelace-access-2024: date 2031-01 is in the future',
			'data/meta.json:4:13  updated  date 2025-06-16 is in the future',
			'data/sources.json:19:16  sources[1].accessed  date 2025-07 is in the future',
			'data/sources.json:26:12  sources[2].date  date 2030-01-01 is in the future'
		]);
		// A month that has begun is not in the future.
		expect(errorsOf([ADA, '"asOf": "2024-05"', '"asOf": "2025-06"'])).toEqual([]);
	});

	it('checks each stance and citation on its own: a bad value never hides another problem', () => {
		expect(
			errorsOf(
				[ADA, '"position": 4', '"position": 9'],
				[ADA, '"source": "example-release-2024-05"', '"source": "example-release"'],
				[ADA, '"quote": "available today to paying customers"', '"quote": " "'],
				[TURING, '"source": "example-talk-2019"', '"source": "example-tlak-2019"']
			)
		).toEqual([
			'data/leaders/ada-lovelace.json:15:16  stances[0].position  in stance lovelace-weights-2015: must be a level of the axis: a whole number from 0 (closed) to 4 (open)',
			'data/leaders/ada-lovelace.json:52:16  stances[2].citations[0].source  in stance lovelace-access-2024: unknown source "example-release" (did you mean "example-release-2024-05"?)',
			'data/leaders/ada-lovelace.json:53:15  stances[2].citations[0].quote  in stance lovelace-access-2024, citation of example-release: must not be empty',
			'data/leaders/alan-turing.json:17:16  stances[0].citations[0].source  in stance turing-access-2019: unknown source "example-tlak-2019" (did you mean "example-talk-2019"?)'
		]);
	});
});

describe('moves', () => {
	const CAUSE = ' "cause": { "kind": "statement" },';
	it('asks a stance that moves its leader to another level for its cause', () => {
		expect(errorsOf([ADA, CAUSE, ''])).toEqual([
			'data/leaders/ada-lovelace.json:31:16  stances[1].position  in stance lovelace-weights-2023: moves from level 4 (2015-12) to 1: add "cause" ({ "kind": "statement", "action", "role" or "context", "note": why, in our words })'
		]);
	});
	it('refuses a cause where nothing moved: a first stance on its axis, or the level before', () => {
		expect(
			errorsOf(
				[
					ADA,
					'"rationale": "A paid interface is level 2 on the access rubric.",',
					'"rationale": "A paid interface is level 2 on the access rubric.",' + CAUSE
				],
				[ADA, '"position": 1,', '"position": 4,']
			)
		).toEqual([
			'data/leaders/ada-lovelace.json:34:82  stances[1].cause  in stance lovelace-weights-2023: level 4 is the level of the stance before (2015-12), so nothing moved: remove "cause"',
			'data/leaders/ada-lovelace.json:49:79  stances[2].cause  in stance lovelace-access-2024: this is the first stance on axis "access", so it moves nothing: remove "cause"'
		]);
	});
	it('keeps quotation marks out of a cause note, which is our words', () => {
		expect(
			errorsOf([ADA, CAUSE, ' "cause": { "kind": "statement", "note": "She said “closed”." },'])
		).toEqual([
			'data/leaders/ada-lovelace.json:34:113  stances[1].cause.note  in stance lovelace-weights-2023: must not contain quotation marks: our own words quote no one (quotes go in citations)'
		]);
	});
	it('waits for a stance it cannot place (a level zod rejected) before it judges any move', () => {
		expect(errorsOf([ADA, '"position": 4,', '"position": 9,'])).toEqual([
			'data/leaders/ada-lovelace.json:15:16  stances[0].position  in stance lovelace-weights-2015: must be a level of the axis: a whole number from 0 (closed) to 4 (open)'
		]);
	});
});

describe('warnings', () => {
	it('warns when a stance is dated after every source it cites', () => {
		const result = problems(edited([ADA, '"asOf": "2024-05"', '"asOf": "2025-01"']));
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([
			"data/leaders/ada-lovelace.json:45:12  stances[2].asOf  in stance lovelace-access-2024: asOf 2025-01 is after every cited source's date"
		]);
		// Within the span of the source's date ("2024-05" covers "2024-05-13") is not after it.
		expect(problems(edited([ADA, '"asOf": "2024-05"', '"asOf": "2024"'])).warnings).toEqual([]);
	});

	it('warns about a source nobody cites', () => {
		const result = problems(
			edited([
				'sources.json',
				'"sources": [',
				'"sources": [\n\t\t{ "id": "unused-2020", "kind": "post", "outlet": "X", "title": "Y", "date": "2020" },'
			])
		);
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([
			'data/sources.json:4:11  sources[0].id  source "unused-2020" is not cited by any stance or event'
		]);
	});
});

describe('sorting', () => {
	it('sorts problems by file, then line, then column', () => {
		const errors = validateDataset(
			edited(
				[TURING, '"name": "Alan Turing"', '"name": ""'],
				[ADA, '"position": 2', '"position": 7'],
				[ADA, '"position": 4', '"position": 8'],
				['meta.json', '"1.0.0"', '"1.0"']
			),
			{ today: TODAY }
		).errors;
		expect(errors.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
			'data/leaders/ada-lovelace.json:15:16',
			'data/leaders/ada-lovelace.json:46:16',
			'data/leaders/alan-turing.json:4:10',
			'data/meta.json:3:13'
		]);
	});
});

describe('kindOfPath', () => {
	it('knows each kind of data file by its path', () => {
		expect(kindOfPath('data/axes.json')).toBe('axes');
		expect(kindOfPath('data/sources.json')).toBe('sources');
		expect(kindOfPath('data/events.json')).toBe('events');
		expect(kindOfPath('data/meta.json')).toBe('meta');
		expect(kindOfPath('data/leaders/dario-amodei.json')).toBe('leader');
		expect(kindOfPath('tests/fixtures/valid/leaders/alan-turing.json')).toBe('leader');
		expect(kindOfPath('data/notes.json')).toBeUndefined();
		expect(kindOfPath('data/leaders/README.md')).toBeUndefined();
	});
});

describe('formatting', () => {
	it('writes file:line:column, the JSON path ((root) when empty) and the message, two spaces apart', () => {
		const base = {
			file: 'data/axes.json',
			line: 3,
			column: 9,
			message: 'm',
			severity: 'error' as const
		};
		expect(formatProblem({ ...base, path: 'axes[0].id' })).toBe(
			'data/axes.json:3:9  axes[0].id  m'
		);
		expect(formatProblem({ ...base, path: '' })).toBe('data/axes.json:3:9  (root)  m');
	});

	it('writes JSON paths the way JavaScript does', () => {
		expect(formatJsonPath(['stances', 2, 'citations', 0, 'source'])).toBe(
			'stances[2].citations[0].source'
		);
		expect(formatJsonPath(['$schema'])).toBe('$schema');
		expect(formatJsonPath(['a b', 0])).toBe('["a b"][0]');
		expect(formatJsonPath([])).toBe('');
	});
});
