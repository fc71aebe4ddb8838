/**
 * The editor's checker gives the same problems as `npm run validate`: on each invalid fixture
 * file, checked in the browser way (the draft merged into the valid fixture's files) and in the
 * CLI way (the same file written into a copy of the valid fixture, then the real command run).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { formatDataFile } from '../data/format.ts';
import { checkDrafts, formatProblem } from './check-draft.ts';

const TIMEOUT = 60_000;
const VALID = 'tests/fixtures/valid';
const INVALID = 'tests/fixtures/invalid';

/** The valid fixture as the page bundles data/: paths 'data/…'. */
const bundled = readDataDir(VALID).map((f) => ({
	path: f.path.replace(`${VALID}/`, 'data/'),
	text: f.text
}));

const scratch = mkdtempSync(path.join(tmpdir(), 'editor-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm run validate` on a copy of the valid fixture with `file` replaced: its problem lines. */
function cliProblems(file: string, text: string): string[] {
	const root = mkdtempSync(path.join(scratch, 'run-'));
	cpSync(VALID, path.join(root, 'data'), { recursive: true });
	writeFileSync(path.join(root, 'data', file), text);
	const result = spawnSync(
		path.resolve('node_modules/.bin/tsx'),
		[path.resolve('scripts/validate.ts')],
		{ cwd: root, encoding: 'utf8' }
	);
	// Problem lines only: no blank lines, no "Warnings" heading, no ✓/✗ summary.
	return result.stdout.split('\n').filter((line) => /^data\/\S+:\d+:\d+ {2}/.test(line));
}

function browserProblems(file: string, text: string): string[] {
	const { errors, warnings } = checkDrafts(bundled, [{ path: `data/${file}`, text }]);
	return [...errors, ...warnings].map(formatProblem);
}

describe('checkDrafts gives the same problems as npm run validate', () => {
	for (const file of ['leaders/ada-lovelace.json', 'leaders/alan-turing.json', 'sources.json']) {
		it(
			`on ${INVALID}/${file}`,
			() => {
				const text = readFileSync(path.join(INVALID, file), 'utf8');
				const browser = browserProblems(file, text);
				expect(browser.length).toBeGreaterThan(0);
				expect(browser).toEqual(cliProblems(file, text));
			},
			TIMEOUT
		);
	}

	// The mistakes a newsroom makes: each named once, by its cause, at the place to fix it.
	const NEWSROOM = 'tests/fixtures/newsroom';
	const expected: Record<string, RegExp[]> = {
		'pasted.json': [
			/:22:32 {2}\(root\) {2}unescaped " ends the string early/,
			/:32:26 {2}\(root\) {2}missing comma at the end of this line$/,
			/:45:4 {2}\(root\) {2}typographic quotation mark “ used as JSON syntax/
		],
		'template.json': [
			/ {2}stances\[0\]\.position {2}in stance lovelace-weights-2015: must be a level/,
			/ {2}stances\[1\]\.citations\[0\]\.quote {2}in stance lovelace-weights-2023, citation of example-podcast-2023-11: must not be empty$/,
			...['id', 'axis', 'asOf', 'position', 'evidence', 'summary', 'rationale'].map(
				(field) =>
					new RegExp(
						` {2}stances\\[3\\]\\.${field} {2}"${field}" still holds the template's text: `
					)
			),
			/ {2}stances\[3\]\.citations\[0\]\.source {2}"source" still holds the template's text: /,
			/ {2}stances\[3\]\.citations\[0\]\.quote {2}"quote" still holds the template's text: /
		]
	};
	for (const [fixture, lines] of Object.entries(expected)) {
		it(
			`on ${NEWSROOM}/${fixture}, checked as leaders/ada-lovelace.json`,
			() => {
				const text = readFileSync(path.join(NEWSROOM, fixture), 'utf8');
				const browser = browserProblems('leaders/ada-lovelace.json', text);
				expect(browser).toHaveLength(lines.length);
				browser.forEach((line, i) => expect(line).toMatch(lines[i] ?? /^$/));
				expect(browser).toEqual(cliProblems('leaders/ada-lovelace.json', text));
			},
			TIMEOUT
		);
	}

	it(
		'on a new leader citing an unknown source (a rule across files)',
		() => {
			const text = readFileSync(path.join(VALID, 'leaders/ada-lovelace.json'), 'utf8')
				.replaceAll('ada-lovelace', 'grace-hopper')
				.replaceAll('lovelace-', 'hopper-')
				.replace('"example-podcast-2023-11"', '"no-such-podcast"');
			const browser = browserProblems('leaders/grace-hopper.json', text);
			expect(browser.join('\n')).toMatch(/unknown source "no-such-podcast"/);
			expect(browser).toEqual(cliProblems('leaders/grace-hopper.json', text));
		},
		TIMEOUT
	);
});

describe('checkDrafts', () => {
	const ada = readFileSync(path.join(VALID, 'leaders/ada-lovelace.json'), 'utf8');

	it('joins the merged dataset when the draft is valid, and lists the stances it adds', () => {
		const value = JSON.parse(ada) as { stances: { id: string; asOf: string }[] };
		const first = value.stances[0];
		if (!first) throw new Error('fixture has no stance');
		value.stances.push({ ...first, id: 'lovelace-weights-2016', asOf: '2016-05' });
		const result = checkDrafts(bundled, [
			{ path: 'data/leaders/ada-lovelace.json', text: JSON.stringify(value) }
		]);
		const [file] = result.files;
		expect(result.errors).toEqual([]);
		expect(file?.leaderId).toBe('ada-lovelace');
		expect(file?.changes).toEqual({ added: ['lovelace-weights-2016'], changed: [] });
		expect(result.dataset?.stances.map((s) => s.id)).toContain('lovelace-weights-2016');
		expect(file?.formatted).toBe(formatDataFile(value));
	});

	it('reports malformed JSON at its line and column, with no dataset and nothing to download', () => {
		const broken = ada.replace('"name": "Ada Lovelace",', '"name": "Ada Lovelace"');
		const result = checkDrafts(bundled, [{ path: 'data/leaders/ada-lovelace.json', text: broken }]);
		expect(result.errors.map(formatProblem)).toEqual([
			'data/leaders/ada-lovelace.json:4:24  (root)  missing comma at the end of this line'
		]);
		expect(result.dataset).toBeUndefined();
		expect(result.files[0]?.formatted).toBeUndefined();
	});

	it('finds nothing changed in an unchanged file, and no leader in sources.json', () => {
		expect(
			checkDrafts(bundled, [{ path: 'data/leaders/ada-lovelace.json', text: ada }]).files[0]
				?.changes
		).toEqual({
			added: [],
			changed: []
		});
		const sources = bundled.find((f) => f.path === 'data/sources.json');
		const result = checkDrafts(bundled, [{ path: 'data/sources.json', text: sources?.text ?? '' }]);
		expect(result.files[0]?.leaderId).toBeUndefined();
		expect(result.errors).toEqual([]);
	});
});
