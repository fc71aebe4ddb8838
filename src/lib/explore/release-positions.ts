/**
 * Where an earlier release placed each stance (/data/v/<version>/chart.json, prerendered), fetched
 * when a reader first compares the chart with that version and kept for the visit.
 */
import { base } from '$lib/base-path';
import type { ReleasedPosition } from '$lib/model/release';

/** The address of a release's positions. */
export const releasePositionsUrl = (version: string) => `${base}/data/v/${version}/chart.json`;

const fetched = new Map<string, Promise<ReleasedPosition[]>>();

export function releasePositions(version: string): Promise<ReleasedPosition[]> {
	let found = fetched.get(version);
	if (!found) {
		found = fetch(releasePositionsUrl(version)).then((response) => {
			if (!response.ok) throw new Error(`version ${version}: ${response.status}`);
			return response.json() as Promise<ReleasedPosition[]>;
		});
		// A failed fetch is not kept: choosing the version again tries again.
		found.catch(() => fetched.delete(version));
		fetched.set(version, found);
	}
	return found;
}
