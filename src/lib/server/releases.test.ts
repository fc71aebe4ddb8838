/**
 * The released versions kept in releases/ against the data: each release in data/changes.json has
 * its files, each kept folder is a release, and the data has not changed since the latest release
 * unless meta.json names a newer version. Then what two kept versions differ by, read from them.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { datasetCsv } from '../model/dataset-csv.ts';
import { datasetJsonText } from '../model/dataset-json.ts';
import { datasetFrom } from './dataset-from.ts';
import {
	comparableVersions,
	diffBetween,
	keptVersions,
	releasedDataset,
	changesByRelease,
	releasedFile,
	sinceLastRelease
} from './releases.ts';
import { diffSummary } from '../model/version-diff.ts';

const dataset = datasetFrom(readDataDir('data'));
const released = dataset.releases.map((r) => r.version);

describe('the kept releases', () => {
	it('are exactly the releases data/changes.json lists, each with its JSON and CSV', () => {
		expect(keptVersions()).toEqual(released);
		for (const version of released) {
			expect(releasedFile(version, 'openness-spectrum.csv')).toMatch(/^dataset_version,/);
			expect(releasedDataset(version).version).toBe(version);
		}
	});

	it('hold the data as it is, when meta.json names the latest release', () => {
		if (!released.includes(dataset.meta.version)) return; // a version in the making
		expect(released.at(-1)).toBe(dataset.meta.version);
		expect(releasedFile(dataset.meta.version, 'openness-spectrum.json')).toBe(
			datasetJsonText(dataset)
		);
		expect(releasedFile(dataset.meta.version, 'openness-spectrum.csv')).toBe(datasetCsv(dataset));
	});

	it('can be compared, with the dataset own version', () => {
		expect(comparableVersions(dataset)).toEqual([...new Set([...released, dataset.meta.version])]);
	});
});

describe('what versions differ by', () => {
	it('finds a removal with the corrections log reason (1.0.0 to 2.0.0)', () => {
		const diff = diffBetween(dataset, '1.0.0', '2.0.0');
		const removed = diff.removed.find((r) => r.stance.id === 'altman-weights-2026');
		expect(removed?.corrections.map((c) => c.kind)).toEqual(['removal']);
		expect(diff.added.length).toBeGreaterThan(40);
	});

	it('finds the reference leaders added, and nothing changed, in 2.1.0', () => {
		const diff = diffBetween(dataset, '2.0.0', '2.1.0');
		expect(new Set(diff.added.map((s) => s.leaderId))).toEqual(
			new Set(['mark-zuckerberg', 'yann-lecun', 'arthur-mensch', 'liang-wenfeng'])
		);
		expect(diff.added).toHaveLength(31);
		expect(diff.changed).toEqual([]);
		expect(diff.removed).toEqual([]);
		expect(diff.sourcesAdded).toHaveLength(57);
	});

	it('finds only causes in 2.2.0: every move says why, and no level, date or evidence changed', () => {
		const diff = diffBetween(dataset, '2.1.0', '2.2.0');
		expect(diff.added).toEqual([]);
		expect(diff.changed).toHaveLength(27);
		expect(new Set(diff.changed.flatMap((c) => c.fields))).toEqual(new Set(['cause']));
	});

	it('says what is new or changed since the release before the dataset version', () => {
		const since = sinceLastRelease(dataset);
		const before = released.filter((v) => v !== dataset.meta.version).at(-1);
		expect(since?.version).toBe(before);
		const diff = diffBetween(dataset, before ?? '', dataset.meta.version);
		expect(since?.added).toEqual(diff.added.map((s) => s.id));
		expect(since?.changed).toEqual(diff.changed.map((c) => c.after.id));
	});
	it('gives each version the line on what changed from the one before, the first none', () => {
		const lines = changesByRelease(dataset);
		expect(lines.map((l) => l.version)).toEqual(comparableVersions(dataset));
		expect(lines[0]?.summary).toBeNull();
		expect(lines[1]?.summary).toBe(
			diffSummary(diffBetween(dataset, lines[0]?.version ?? '', lines[1]?.version ?? ''))
		);
	});
});
