/**
 * What `npm run release` would write, worked out before anything is written: meta.json with the
 * new version and today's date, and data/changes.json with the release at the end of `releases`.
 * It refuses (and nothing is written) when the version is not newer than every release and than
 * meta.json's, or when there is neither a corrections-log entry for the version nor a note, or
 * when the data would not validate.
 */
import { formatDataFile } from '../../src/lib/data/format.ts';
import type { ChangesFile, MetaFile, Release } from '../../src/lib/data/schema.ts';
import { formatProblem, validateDataset, type DataFile } from '../../src/lib/data/validate.ts';
import { compareVersions } from '../../src/lib/data/versions.ts';

export type ReleasePlan =
	{ ok: true; files: DataFile[]; release: Release } | { ok: false; errors: string[] };

const VERSION = /^\d+\.\d+\.\d+$/;

export function planRelease(
	files: DataFile[],
	version: string,
	note: string | undefined,
	today: string
): ReleasePlan {
	const fail = (...errors: string[]): ReleasePlan => ({ ok: false, errors });
	if (!VERSION.test(version))
		return fail(`"${version}" is not a version: write it MAJOR.MINOR.PATCH, e.g. 2.3.0`);
	const checked = validateDataset(files, { today });
	if (!checked.dataset)
		return fail(
			'the data has errors; fix them first (npm run validate):',
			...checked.errors.map(formatProblem)
		);
	const { meta, changes } = checked.dataset;
	const released = changes?.releases ?? [];
	const latest = released.at(-1)?.version;
	if (latest !== undefined && compareVersions(version, latest) <= 0)
		return fail(`version ${version} is not newer than the latest release, ${latest}`);
	if (compareVersions(version, meta.version) < 0)
		return fail(`version ${version} is older than meta.json's, ${meta.version}`);
	const corrections = (changes?.changes ?? []).filter((c) => c.version === version);
	const said = note?.trim();
	if (corrections.length === 0 && !said)
		return fail(
			`a release needs a corrections-log entry for ${version} in data/changes.json, or a note: npm run release -- ${version} --note "What this version brings"`
		);
	const release: Release = {
		version,
		date: today,
		note:
			said ||
			`${corrections.length} correction${corrections.length === 1 ? '' : 's'} to published data; see the corrections log.`
	};

	const metaFile = files.find((f) => f.path.endsWith('/meta.json') || f.path === 'meta.json');
	const changesFile = files.find((f) => f.path.endsWith('/changes.json'));
	if (!metaFile) return fail('there is no meta.json');
	const root = metaFile.path.slice(0, -'meta.json'.length);
	const nextMeta: MetaFile = {
		...(JSON.parse(metaFile.text) as MetaFile),
		version,
		updated: today
	};
	const nextChanges: ChangesFile = changesFile
		? (JSON.parse(changesFile.text) as ChangesFile)
		: { $schema: '../schema/changes.schema.json', changes: [] };
	nextChanges.releases = [...(nextChanges.releases ?? []), release];
	const written = [
		{ path: metaFile.path, text: formatDataFile(nextMeta) },
		{ path: changesFile?.path ?? `${root}changes.json`, text: formatDataFile(nextChanges) }
	];
	const next = [...files.filter((f) => !written.some((w) => w.path === f.path)), ...written];
	const recheck = validateDataset(next, { today });
	if (recheck.errors.length > 0)
		return fail('the release would not validate:', ...recheck.errors.map(formatProblem));
	return { ok: true, files: written, release };
}
