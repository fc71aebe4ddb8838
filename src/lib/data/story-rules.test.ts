/**
 * The story's rules, each with a failing input and the exact line the validator must print.
 * Input: the valid fixture dataset plus tests/fixtures/story/story.json, read as if it were data/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { formatProblem, validateDataset, type DataFile } from './validate.ts';

const TODAY = '2025-06-15';
const STORY = 'data/story/story.json';

function files(edit?: [from: string, to: string]): DataFile[] {
	let story = readFileSync('tests/fixtures/story/story.json', 'utf8');
	if (edit) {
		expect(story.split(edit[0]).length - 1, `${edit[0]} occurs once`).toBe(1);
		story = story.replace(edit[0], edit[1]);
	}
	const dataset = readDataDir('tests/fixtures/valid').map((f) => ({
		...f,
		path: f.path.replace('tests/fixtures/valid/', 'data/')
	}));
	return [...dataset, { path: STORY, text: story }];
}

function errorsOf(edit: [string, string]): string[] {
	return validateDataset(files(edit), { today: TODAY }).errors.map(formatProblem);
}

describe('the story file', () => {
	it('is read from story/story.json and parsed with the dataset', () => {
		const result = validateDataset(files(), { today: TODAY });
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.dataset?.story?.steps.map((s) => s.id)).toEqual([
			'start',
			'closing',
			'timelines'
		]);
	});

	it('is optional: a dataset without one is valid and has no story', () => {
		const result = validateDataset(files().slice(0, -1), { today: TODAY });
		expect(result.errors).toEqual([]);
		expect(result.dataset?.story).toBeUndefined();
	});

	it('must carry its own $schema', () => {
		expect(errorsOf(['"../../schema/story.schema.json"', '"../schema/story.schema.json"'])).toEqual(
			[`${STORY}:2:13  $schema  "$schema" must be "../../schema/story.schema.json"`]
		);
	});

	it('quotes only words a citation of the stance holds', () => {
		expect(
			errorsOf([
				'"the plan was to open source a lot of it"',
				'"the plan was to open-source it all"'
			])
		).toEqual([
			`${STORY}:15:17  steps[0].body[0][1].quote  these words are not in any quote of stance "lovelace-weights-2015": quote its citations word for word`
		]);
	});

	it('names stances that exist', () => {
		expect(
			errorsOf(['"stance": "lovelace-weights-2015"', '"stance": "lovelace-weight-2015"'])
		).toEqual([
			`${STORY}:15:70  steps[0].body[0][1].stance  unknown stance "lovelace-weight-2015" (did you mean "lovelace-weights-2015"?)`
		]);
	});

	it('names leaders that exist, and highlights only leaders it shows', () => {
		expect(
			errorsOf(['"leaders": ["ada-lovelace", "alan-turing"]', '"leaders": ["alan-turin"]'])
		).toEqual([
			`${STORY}:27:17  steps[1].chart.leaders[0]  unknown leader "alan-turin" (did you mean "alan-turing"?)`
		]);
		expect(
			errorsOf(['"leaders": ["ada-lovelace", "alan-turing"]', '"leaders": ["alan-turing"]'])
		).toEqual([
			`${STORY}:28:19  steps[1].chart.highlight[0]  "ada-lovelace" is highlighted but not among the leaders this step shows`
		]);
	});

	it('shows the cast unless a step names its leaders or adds the reference leaders', () => {
		// Lovelace becomes a reference leader: the first step, which names no leaders, shows the cast.
		const withReference = (story: [string, string]) =>
			validateDataset(
				files(story).map((f) =>
					f.path === 'data/leaders/ada-lovelace.json'
						? {
								...f,
								text: f.text.replace(
									'"role": "cast",',
									'"role": "reference", "roleNote": "Shown for comparison.",'
								)
							}
						: f
				),
				{ today: TODAY }
			).errors.map(formatProblem);
		const first = '"view": "spectrum", "highlight": ["ada-lovelace"]';
		expect(withReference([first, first])).toEqual([
			`${STORY}:10:68  steps[0].chart.highlight[0]  "ada-lovelace" is highlighted but is a reference leader, and this step shows the cast: add "references": true, or name the leaders to show`
		]);
		expect(withReference([first, `${first}, "references": true`])).toEqual([]);
		// Named among a step's leaders (as in the second step), a reference leader is shown too.
		expect(withReference([first, `${first}, "leaders": ["ada-lovelace"]`])).toEqual([]);
	});

	it('has months in order and none in the future', () => {
		expect(errorsOf(['"from": "2015-12"', '"from": "2024-01"'])).toEqual([
			`${STORY}:25:13  steps[1].chart.from  from 2024-01 must be before date 2023-11`
		]);
		expect(errorsOf(['"date": "2025-03"', '"date": "2025-07"'])).toEqual([
			`${STORY}:42:23  steps[2].chart.date  date 2025-07 is in the future`
		]);
	});

	it('has unique step ids and well-formed months, axes and views', () => {
		expect(errorsOf(['"id": "timelines"', '"id": "start"'])).toEqual([
			`${STORY}:40:10  steps[2].id  duplicate step id "start" (first in ${STORY}:8:10)`
		]);
		expect(errorsOf(['"date": "2025-03"', '"date": "2025-3"'])).toEqual([
			`${STORY}:42:23  steps[2].chart.date  must be a month written "YYYY-MM"`
		]);
		expect(errorsOf(['"view": "timelines"', '"view": "lines"'])).toEqual([
			`${STORY}:42:42  steps[2].chart.view  must be one of: both, spectrum, timelines`
		]);
	});

	it("keeps quotation marks out of our own words: the story's text, the notes, the closing slide", () => {
		const message = 'must not contain quotation marks: only quote objects may quote anyone';
		expect(errorsOf(['"Turing starts in 2019."', '"Turing calls it \\"open\\"."'])).toEqual([
			`${STORY}:47:6  steps[2].notes.points[1]  ${message}`
		]);
		expect(errorsOf(['"Why did the line move?"', '"Why did it “close”?"'])).toEqual([
			`${STORY}:49:17  steps[2].notes.question  ${message}`
		]);
		expect(errorsOf(['["Two leaders, three steps."]', '["Two “leaders”."]'])).toEqual([
			`${STORY}:53:26  opening.points[0]  ${message}`
		]);
		expect(errorsOf(['"title": "Discuss"', '"title": "\\"Discuss\\""'])).toEqual([
			`${STORY}:55:12  discussion.title  ${message}`
		]);
		expect(errorsOf(['"Where is the line?"', '"Where is the “line”?"'])).toEqual([
			`${STORY}:56:17  discussion.questions[0]  ${message}`
		]);
		expect(errorsOf(['"Who drew the line?"', '"Who said \\"line\\"?"'])).toEqual([
			`${STORY}:57:73  discussion.notes.question  ${message}`
		]);
		expect(errorsOf(['"At first, "', '"At first, \\"open\\" meant "'])).toEqual([
			`${STORY}:14:6  steps[0].body[0][0]  ${message}`
		]);
		expect(errorsOf(['"Later: "', '"Later, “a few partners”: "'])).toEqual([
			`${STORY}:32:6  steps[1].body[0][0]  ${message}`
		]);
		// An apostrophe is not a quotation mark.
		expect(errorsOf(['"Turing starts in 2019."', '"Turing’s line starts in 2019."'])).toEqual([]);
	});

	it("checks the shape of the presenter's notes", () => {
		expect(errorsOf(['"points": ["Two leaders, three steps."]', '"points": []'])).toEqual([
			`${STORY}:53:25  opening.points  needs at least one point for the presenter: leave the notes out if there is none`
		]);
		expect(errorsOf(['"question": "Why did the line move?"', '"question": 42'])).toEqual([
			`${STORY}:49:17  steps[2].notes.question  must be text in quotes`
		]);
		expect(
			errorsOf(['"questions": ["Where is the line?", "What should open mean?"]', '"questions": []'])
		).toEqual([
			`${STORY}:56:16  discussion.questions  needs at least one question to put to the class`
		]);
		expect(errorsOf(['"title": "Discuss",', '"titel": "Discuss",'])).toEqual([
			`${STORY}:55:3  discussion.titel  unknown key "titel" (did you mean "title"?)`
		]);
	});

	it('keeps markup out of the prose', () => {
		expect(
			errorsOf(['"A second paragraph with no quote."', '"A <b>second</b> paragraph."'])
		).toEqual([
			`${STORY}:36:6  steps[1].body[1][0]  must be plain text: HTML tags are not allowed`
		]);
	});
});
