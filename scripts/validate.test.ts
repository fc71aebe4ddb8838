/**
 * The `npm run validate` command line, run as a real process: exit code and every output line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TIMEOUT = 60_000;

function validate(args: string[], cwd = process.cwd()): { status: number | null; lines: string[] } {
	// Outside the repo npx would not find tsx, so the repo's own binary is named directly.
	const [command, prefix] =
		cwd === process.cwd() ? ['npx', ['tsx']] : [path.resolve('node_modules/.bin/tsx'), []];
	const result = spawnSync(command, [...prefix, path.resolve('scripts/validate.ts'), ...args], {
		cwd,
		encoding: 'utf8'
	});
	return { status: result.status, lines: `${result.stdout}${result.stderr}`.trimEnd().split('\n') };
}

/** Every file under `dir` with its text, to show the command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) {
			const file = path.join(entry.parentPath, entry.name);
			out[file] = readFileSync(file, 'utf8');
		}
	}
	return out;
}

describe('scripts/validate.ts', () => {
	it(
		'passes the valid fixture and says how much it checked',
		() => {
			expect(validate(['tests/fixtures/valid'])).toEqual({
				status: 0,
				lines: ['✓ tests/fixtures/valid/ is valid: 6 files, 5 stances, 2 leaders']
			});
		},
		TIMEOUT
	);

	it(
		'lists every error, then the warnings, then a summary, exits 1, and writes nothing',
		() => {
			// tests/fixtures/invalid is the valid fixture with these changes: position 7 in one stance,
			// "citatons" in another, a trailing comma in alan-turing.json, an http: url, no meta.json,
			// a stray notes.json and story/draft.json (warned about, never parsed), and README.txt (not read).
			const before = snapshot('tests/fixtures/invalid');
			expect(validate(['tests/fixtures/invalid'])).toEqual({
				status: 1,
				lines: [
					'tests/fixtures/invalid/leaders/ada-lovelace.json:31:16  stances[1].position  in stance lovelace-weights-2023: must be a level of the axis: a whole number from 0 (closed) to 4 (open)',
					'tests/fixtures/invalid/leaders/ada-lovelace.json:50:4  stances[2].citatons  in stance lovelace-access-2024: unknown key "citatons" (did you mean "citations"?)',
					'tests/fixtures/invalid/leaders/alan-turing.json:5:86  (root)  unexpected trailing comma',
					'tests/fixtures/invalid/meta.json:1:1  (root)  missing file',
					'tests/fixtures/invalid/sources.json:17:11  sources[1].url  must be a full https: address, e.g. "https://example.org/page"',
					'',
					'Warnings',
					'tests/fixtures/invalid/notes.json:1:1  (root)  not a data file the product reads',
					'tests/fixtures/invalid/story/draft.json:1:1  (root)  not a data file the product reads',
					'',
					'✗ 5 errors, 2 warnings in 7 files'
				]
			});
			expect(snapshot('tests/fixtures/invalid')).toEqual(before);
		},
		TIMEOUT
	);

	it(
		'reads data/ by default, and passes a dataset that has only warnings',
		() => {
			const root = mkdtempSync(path.join(tmpdir(), 'validate-'));
			try {
				cpSync('tests/fixtures/valid', path.join(root, 'data'), { recursive: true });
				const sources = path.join(root, 'data', 'sources.json');
				const unused =
					'"sources": [\n\t\t{ "id": "unused-2020", "kind": "post", "outlet": "X", "title": "Y", "date": "2020" },';
				writeFileSync(sources, readFileSync(sources, 'utf8').replace('"sources": [', unused));
				expect(validate([], root)).toEqual({
					status: 0,
					lines: [
						'Warnings',
						'data/sources.json:4:11  sources[0].id  source "unused-2020" is not cited by any stance or event',
						'',
						'✓ data/ is valid: 6 files, 5 stances, 2 leaders (1 warning)'
					]
				});
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		},
		TIMEOUT
	);

	it(
		'fails plainly on a folder that does not exist',
		() => {
			expect(validate(['tests/fixtures/no-such-folder'])).toEqual({
				status: 1,
				lines: ['✗ tests/fixtures/no-such-folder is not a folder']
			});
		},
		TIMEOUT
	);
});
