import { describe, expect, it } from 'vitest';
import { planRelease } from './release-plan.ts';
import { readDataDir } from './read-data-dir.ts';

const FIXTURE = 'tests/fixtures/valid';
const TODAY = '2025-06-15';
const files = () => readDataDir(FIXTURE);
/** The fixture at version 1.1.0 (as an editor sets it with the log's entries), with a log. */
const withLog = (changes: object[]) => [
	...files().map((f) =>
		f.path.endsWith('/meta.json') ? { ...f, text: f.text.replace('"1.0.0"', '"1.1.0"') } : f
	),
	{
		path: `${FIXTURE}/changes.json`,
		text: JSON.stringify({ $schema: '../schema/changes.schema.json', changes })
	}
];

describe('planRelease', () => {
	it('refuses without a corrections-log entry for the version or a note', () => {
		const plan = planRelease(files(), '1.1.0', undefined, TODAY);
		expect(plan).toEqual({
			ok: false,
			errors: [
				'a release needs a corrections-log entry for 1.1.0 in data/changes.json, or a note: npm run release -- 1.1.0 --note "What this version brings"'
			]
		});
	});
	it('refuses a version that is not newer, or not a version', () => {
		expect(planRelease(files(), '0.9.0', 'Old.', TODAY)).toMatchObject({
			ok: false,
			errors: ["version 0.9.0 is older than meta.json's, 1.0.0"]
		});
		expect(planRelease(files(), 'next', 'Soon.', TODAY)).toMatchObject({ ok: false });
	});
	it('with a note, writes the version and date into meta.json and the release into changes.json', () => {
		const plan = planRelease(files(), '1.1.0', 'Two new stances.', TODAY);
		if (!plan.ok) throw new Error(plan.errors.join('\n'));
		expect(plan.release).toEqual({ version: '1.1.0', date: TODAY, note: 'Two new stances.' });
		const meta = JSON.parse(plan.files[0]?.text ?? '');
		const changes = JSON.parse(plan.files[1]?.text ?? '');
		expect(plan.files.map((f) => f.path)).toEqual([
			`${FIXTURE}/meta.json`,
			`${FIXTURE}/changes.json`
		]);
		expect(meta).toMatchObject({ version: '1.1.0', updated: TODAY });
		expect(changes.releases).toEqual([plan.release]);
	});
	it('with a corrections-log entry for the version, needs no note, and a second release of it is refused', () => {
		const entry = {
			version: '1.1.0',
			date: '2025-06-10',
			change: 'evidence',
			stance: 'lovelace-weights-2015',
			before: 'explicit',
			after: 'reported',
			why: 'She described the founding plan years later.'
		};
		const plan = planRelease(withLog([entry]), '1.1.0', undefined, TODAY);
		if (!plan.ok) throw new Error(plan.errors.join('\n'));
		expect(plan.release.note).toBe('1 correction to published data; see the corrections log.');
		const released = withLog([entry]).map((f) => plan.files.find((w) => w.path === f.path) ?? f);
		expect(planRelease(released, '1.1.0', 'Again.', TODAY)).toMatchObject({
			ok: false,
			errors: ['version 1.1.0 is not newer than the latest release, 1.1.0']
		});
	});
});
