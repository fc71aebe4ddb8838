/**
 * Which stances a leader draft adds or changes against the published file, by stance id: what the
 * preview lists as "new in this draft". Read from the raw JSON, so it works on any valid draft.
 */

export interface StanceChanges {
	added: string[];
	changed: string[];
}

function stancesById(file: unknown): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof file !== 'object' || file === null) return out;
	const stances = (file as Record<string, unknown>).stances;
	if (!Array.isArray(stances)) return out;
	for (const stance of stances) {
		const id = (stance as Record<string, unknown> | null)?.id;
		if (typeof id === 'string') out.set(id, JSON.stringify(stance));
	}
	return out;
}

/** Stance ids in `after` that `before` lacks, and those whose content differs; in `after`'s order. */
export function changedStances(before: unknown, after: unknown): StanceChanges {
	const old = stancesById(before);
	const changes: StanceChanges = { added: [], changed: [] };
	for (const [id, json] of stancesById(after)) {
		const previous = old.get(id);
		if (previous === undefined) changes.added.push(id);
		else if (previous !== json) changes.changed.push(id);
	}
	return changes;
}
