/**
 * The corrections log's rules, each with a failing input and the exact line it must print. The
 * input is the small valid fixture (tests/fixtures/valid, as if it were data/) plus a changes.json
 * written here: a valid log first, then one mistake at a time.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { formatProblem, validateDataset, type DataFile } from './validate.ts';

const FIXTURE = 'tests/fixtures/valid';
const TODAY = '2025-06-15';

/** A log that agrees with the fixture: lovelace-weights-2015 is at 4 and reported today. */
const VALID = [
	{
		version: '1.0.0',
		date: '2025-06-01',
		change: 'level',
		stance: 'lovelace-weights-2015',
		before: 3,
		after: 4,
		why: 'The founding plan, read in full, names no exception.'
	},
	{
		version: '1.0.0',
		date: '2025-06-01',
		change: 'removal',
		stance: 'lovelace-tools-2015',
		before: 'Open-source tools, level 4, held from Dec 2015, evidence reported',
		replacedBy: ['lovelace-weights-2015'],
		why: 'It rested on a sentence about the lab, not its tools.'
	},
	{
		version: '1.0.0',
		date: '2025-06-01',
		change: 'rubric',
		axis: 'weights',
		level: 2,
		before: 'Small models are published.',
		after: 'Small or old models are published, frontier ones are not.',
		why: 'Old models released later are the same kind of line.'
	}
];

/** The fixture with data/changes.json holding `changes`, written with tabs as the repo stores it. */
function withLog(changes: object[], releases?: object[]): DataFile[] {
	const files = readDataDir(FIXTURE).map((f) => ({
		...f,
		path: f.path.replace(`${FIXTURE}/`, 'data/')
	}));
	const log = {
		$schema: '../schema/changes.schema.json',
		changes,
		...(releases ? { releases } : {})
	};
	return [...files, { path: 'data/changes.json', text: `${JSON.stringify(log, null, '\t')}\n` }];
}

function errorsOf(changes: object[]): string[] {
	return validateDataset(withLog(changes), { today: TODAY }).errors.map(formatProblem);
}

/** VALID with entry `i` changed by `patch`. */
function patched(i: number, patch: Record<string, unknown>): object[] {
	return VALID.map((entry, j) => (j === i ? { ...entry, ...patch } : entry));
}

describe('the corrections log (changes.json)', () => {
	it('accepts a log that agrees with the data, and joins nothing it does not name', () => {
		const result = validateDataset(withLog(VALID), { today: TODAY });
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.dataset?.changes?.changes).toHaveLength(3);
	});

	it('refuses a correction to an unknown stance, suggesting the closest', () => {
		expect(errorsOf(patched(0, { stance: 'lovelace-weights-2016' }))).toEqual([
			'data/changes.json:8:14  changes[0].stance  unknown stance "lovelace-weights-2016" (did you mean "lovelace-weights-2015"?): a correction must name a stance in the data (a removed one is recorded with "change": "removal")'
		]);
	});

	it('refuses a correction that changes nothing', () => {
		expect(errorsOf(patched(0, { before: 4 }))).toEqual([
			'data/changes.json:10:13  changes[0].after  "after" equals "before" (4): a correction must change something'
		]);
	});

	it('refuses a version later than the dataset', () => {
		expect(errorsOf(patched(0, { version: '1.1.0' }))).toEqual([
			"data/changes.json:5:15  changes[0].version  version 1.1.0 is later than the dataset's version 1.0.0 (meta.json)"
		]);
	});

	it('refuses a log that ends somewhere else than the data', () => {
		expect(errorsOf(patched(0, { before: 4, after: 3 }))).toEqual([
			"data/changes.json:10:13  changes[0].after  the newest correction ends at 3, but the stance's level is 4: record the change that led there"
		]);
	});

	it('refuses a rubric entry whose after is not the rubric in axes.json', () => {
		expect(errorsOf(patched(2, { after: 'Small models only.' }))).toEqual([
			'data/changes.json:31:13  changes[2].after  the newest correction ends at "Small models only.", but the rubric in axes.json is "Small or old models are published, frontier ones are not.": record the change that led there'
		]);
	});

	it('refuses a removal of a stance still in the data, and a replacement that does not exist', () => {
		expect(
			errorsOf(patched(1, { stance: 'lovelace-weights-2023', replacedBy: ['lovelace-tools-2016'] }))
		).toEqual([
			'data/changes.json:17:14  changes[1].stance  stance "lovelace-weights-2023" is still in the data: a removal names a stance that no longer exists',
			'data/changes.json:20:5  changes[1].replacedBy[0]  unknown stance "lovelace-tools-2016"'
		]);
	});

	it('refuses an unknown kind of change, and a level outside 0 to 4, with one message each', () => {
		const errors = errorsOf([
			{ ...VALID[0], change: 'levels' },
			{ ...VALID[2], level: 7 }
		]);
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(
			/^data\/changes\.json:\d+:\d+ {2}changes\[0\]\.change {2}"change" must be one of: level, date, evidence, attribution, removal, rubric$/
		);
		expect(errors[1]).toMatch(
			/^data\/changes\.json:\d+:\d+ {2}changes\[1\]\.level {2}must be a level: a whole number from 0 \(closed\) to 4 \(open\)$/
		);
	});

	it('refuses a correction dated in the future', () => {
		expect(errorsOf(patched(0, { date: '2030-01-01' }))).toEqual([
			'data/changes.json:6:12  changes[0].date  date 2030-01-01 is in the future'
		]);
	});
});

describe('the releases in changes.json', () => {
	const release = (version: string, date = '2025-06-01') => ({ version, date, note: 'A release.' });
	const errors = (releases: object[]) =>
		validateDataset(withLog(VALID, releases), { today: TODAY }).errors.map(formatProblem);

	it('accepts releases listed oldest first, up to the dataset version', () => {
		expect(errors([release('0.9.0'), release('1.0.0')])).toEqual([]);
	});
	it('refuses a release listed twice or out of order, one later than the data, or one in the future', () => {
		expect(
			errors([release('1.0.0'), release('0.9.0'), release('1.1.0'), release('0.8.0', '2030-01-01')])
		).toEqual([
			'data/changes.json:42:15  releases[1].version  release 0.9.0 comes after 1.0.0: list releases once each, oldest first',
			"data/changes.json:47:15  releases[2].version  release 1.1.0 is later than the dataset's version 1.0.0 (meta.json)",
			'data/changes.json:52:15  releases[3].version  release 0.8.0 comes after 1.1.0: list releases once each, oldest first',
			'data/changes.json:53:12  releases[3].date  date 2030-01-01 is in the future'
		]);
	});
});
