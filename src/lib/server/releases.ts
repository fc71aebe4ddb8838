/**
 * The released versions kept in the repository (`releases/<version>/`, written by `npm run
 * release`): their files as they were served, and each read for comparing. The list of releases
 * with their dates and notes is data (`releases` in data/changes.json); a test checks that the two
 * agree, and that the data has not changed since the latest release unless meta.json names a newer
 * version.
 */
import { compareVersions } from '$lib/data/versions';
import type { Dataset } from '$lib/model/dataset';
import { readRelease, releaseOfDataset, type ReleasedDataset } from '$lib/model/release';
import { diffSummary, versionDiff, type VersionDiff } from '$lib/model/version-diff';

/** The files a release keeps, by name. */
export const RELEASE_FILES = ['openness-spectrum.json', 'openness-spectrum.csv'] as const;
export type ReleaseFile = (typeof RELEASE_FILES)[number];

const kept = import.meta.glob('/releases/*/openness-spectrum.{json,csv}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The text of a released file, as it was served; undefined when there is none. */
export function releasedFile(version: string, file: ReleaseFile): string | undefined {
	return kept[`/releases/${version}/${file}`];
}

/** The versions whose files are kept, oldest first. */
export function keptVersions(): string[] {
	const versions = new Set(Object.keys(kept).map((path) => path.split('/')[2] ?? ''));
	return [...versions].sort(compareVersions);
}

const read = new Map<string, ReleasedDataset>();

/** A released version, read for comparing; throws when its files are not kept. */
export function releasedDataset(version: string): ReleasedDataset {
	let found = read.get(version);
	if (!found) {
		const text = releasedFile(version, 'openness-spectrum.json');
		if (text === undefined) throw new Error(`no files kept for version ${version}`);
		read.set(version, (found = readRelease(JSON.parse(text))));
	}
	return found;
}

/**
 * A version as compared: the kept release, or, for the dataset's own version when it is not
 * released yet, the data as it is now.
 */
export function comparable(dataset: Dataset, version: string): ReleasedDataset {
	return releasedFile(version, 'openness-spectrum.json') === undefined &&
		version === dataset.meta.version
		? releaseOfDataset(dataset)
		: releasedDataset(version);
}

/** The difference between two versions, with the reasons the dataset's corrections log gives. */
export function diffBetween(dataset: Dataset, from: string, to: string): VersionDiff {
	return versionDiff(comparable(dataset, from), comparable(dataset, to), dataset.changes);
}

/** The versions a reader can compare: every release, and the dataset's own version if newer. */
export function comparableVersions(dataset: Dataset): string[] {
	const released = dataset.releases.map((r) => r.version);
	return released.includes(dataset.meta.version) ? released : [...released, dataset.meta.version];
}

/**
 * What is new or changed in the data since the release before the dataset's own version, for
 * "new or changed since" in /explore and /data; null when there is no earlier release.
 */
export function sinceLastRelease(
	dataset: Dataset
): { version: string; added: string[]; changed: string[] } | null {
	const earlier = dataset.releases
		.map((r) => r.version)
		.filter((v) => compareVersions(v, dataset.meta.version) < 0);
	const version = earlier.at(-1);
	if (version === undefined) return null;
	const diff = diffBetween(dataset, version, dataset.meta.version);
	return {
		version,
		added: diff.added.map((s) => s.id),
		changed: diff.changed.map((c) => c.after.id)
	};
}

/**
 * Each comparable version with what changed from the one before it, in a line (null for the
 * first): what /data/changes lists and the feed says.
 */
export function changesByRelease(
	dataset: Dataset
): { version: string; previous: string | undefined; summary: string | null }[] {
	const versions = comparableVersions(dataset);
	return versions.map((version, i) => {
		const previous = versions[i - 1];
		return {
			version,
			previous,
			summary: previous === undefined ? null : diffSummary(diffBetween(dataset, previous, version))
		};
	});
}
