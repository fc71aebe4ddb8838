/**
 * Starting points that need no knowledge of the files: a new leader's file, and a stance added to
 * a leader draft with every field present. Both laid out as the repo stores files. Their text is
 * the placeholders of src/lib/data/placeholders.ts, which the validator refuses until replaced.
 */
import { formatDataFile } from '../data/format.ts';
import { LEADER_TEMPLATE, STANCE_TEMPLATE } from '../data/placeholders.ts';

/** The stance `withNewStance` adds: each field holds what to write there. */
export { STANCE_TEMPLATE };

/** The "start from" choice for a new leader's template. */
export const NEW_LEADER = 'new-leader';

/** A new leader with every required field holding what to write there, and no stances yet. */
export function newLeaderTemplate(): string {
	return formatDataFile(LEADER_TEMPLATE);
}

/**
 * The draft with one more stance at the end of its `stances` list, re-laid out, and the offset of
 * the new stance's id value (where the cursor goes). Undefined when the draft is not a leader
 * file that parses.
 */
export function withNewStance(text: string): { text: string; offset: number } | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const leader = value as Record<string, unknown>;
	if (!Array.isArray(leader.stances)) return undefined;
	const next = formatDataFile({ ...leader, stances: [...leader.stances, STANCE_TEMPLATE] });
	const marker = `"id": "${STANCE_TEMPLATE.id}"`;
	return {
		text: next,
		offset: next.lastIndexOf(marker) + marker.length - STANCE_TEMPLATE.id.length - 1
	};
}
