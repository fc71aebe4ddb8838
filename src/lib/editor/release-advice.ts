/**
 * Whether a changeset needs a new dataset version: when its drafts change the data but leave
 * meta.json's version as published, readers would see changed points under the old version. The
 * desk says so and offers the bump: the next patch (corrections to published points) or the next
 * minor version (something new: stances, sources, events, leaders), suggesting the one that fits.
 * The bump writes meta.json into the changeset; `npm run release` keeps that version's downloads.
 */
import { formatDataFile } from '../data/format.ts';
import type { DataFile } from '../data/validate.ts';

const META = 'data/meta.json';

export interface VersionBump {
	version: string;
	/** What such a version brings, in words. */
	label: string;
}

export interface ReleaseAdvice {
	/** meta.json's version as published. */
	released: string;
	/** The bumps on offer, the one that fits the change first. */
	bumps: VersionBump[];
}

function parsed(text: string | undefined): unknown {
	if (text === undefined) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function versionOf(text: string | undefined): string | undefined {
	const value = parsed(text);
	const version = (value as { version?: unknown } | undefined)?.version;
	return typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version) ? version : undefined;
}

/** Every id in the file's lists (stances, sources, events, steps…), to tell what is new. */
function ids(value: unknown): Set<string> {
	const out = new Set<string>();
	if (typeof value !== 'object' || value === null) return out;
	for (const list of Object.values(value as Record<string, unknown>)) {
		if (!Array.isArray(list)) continue;
		for (const item of list) {
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id === 'string') out.add(id);
		}
	}
	return out;
}

/** The release advice for `drafts` among the `bundled` files; undefined when none is needed. */
export function releaseAdvice(
	bundled: readonly DataFile[],
	drafts: readonly DataFile[]
): ReleaseAdvice | undefined {
	const published = new Map(bundled.map((f) => [f.path, f.text]));
	const released = versionOf(published.get(META));
	if (released === undefined) return undefined;
	const meta = drafts.find((d) => d.path === META);
	if (meta && versionOf(meta.text) !== released) return undefined;

	let changed = false;
	let added = false;
	for (const draft of drafts) {
		if (draft.path === META) continue;
		const before = published.get(draft.path);
		const after = parsed(draft.text);
		if (before === undefined) {
			changed = added = true;
			continue;
		}
		const was = parsed(before);
		if (JSON.stringify(was) === JSON.stringify(after)) continue;
		changed = true;
		const old = ids(was);
		if ([...ids(after)].some((id) => !old.has(id))) added = true;
	}
	if (!changed) return undefined;
	const [major = 0, minor = 0, patch = 0] = released.split('.').map(Number);
	const patchBump = {
		version: `${major}.${minor}.${patch + 1}`,
		label: 'corrections to published points'
	};
	const minorBump = {
		version: `${major}.${minor + 1}.0`,
		label: 'something new: stances, sources, events or leaders'
	};
	return { released, bumps: added ? [minorBump, patchBump] : [patchBump, minorBump] };
}

/** meta.json (its text as the editor has it) at `version`, updated `today`, laid out. */
export function bumpedMeta(metaText: string, version: string, today: string): string {
	const value = parsed(metaText);
	const meta = typeof value === 'object' && value !== null ? value : {};
	return formatDataFile({ ...meta, version, updated: today });
}
