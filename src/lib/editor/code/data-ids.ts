/**
 * The ids an editor cites, read from the data files' text, for completion: leaders (by file),
 * sources (sources.json) and stances (every leader's), each with a few words that say which it
 * is. A file that does not parse, or holds something unexpected, adds nothing.
 */

export interface IdOption {
	id: string;
	/** Which one it is, in a few words: a leader's name, a source's outlet and date. */
	detail: string;
}

export interface DataIds {
	leaders: IdOption[];
	sources: IdOption[];
	stances: IdOption[];
}

/** The fields whose value is an id of one kind (in any data file), or a list of them. */
export const ID_FIELDS: Readonly<Record<string, keyof DataIds>> = {
	source: 'sources',
	via: 'sources',
	stance: 'stances',
	replacedBy: 'stances',
	leader: 'leaders',
	leaders: 'leaders'
};

type Entry = Record<string, unknown>;

function parsed(text: string): Entry | undefined {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Entry)
			: undefined;
	} catch {
		return undefined;
	}
}

/** The objects of `value[key]` that have a string id. */
function withIds(value: Entry | undefined, key: string): (Entry & { id: string })[] {
	const list = value?.[key];
	if (!Array.isArray(list)) return [];
	return list.filter(
		(item): item is Entry & { id: string } =>
			typeof item === 'object' && item !== null && typeof (item as Entry).id === 'string'
	);
}

const words = (...parts: unknown[]) =>
	parts
		.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
		.join(', ');

const byId = (a: IdOption, b: IdOption) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each axis's level names, by axis id, from data/axes.json among `files`. */
export function axisLevels(
	files: readonly { path: string; text: string }[]
): Map<string, { value: number; label: string }[]> {
	const levels = new Map<string, { value: number; label: string }[]>();
	const axes = files.find((f) => f.path.split('/').at(-1) === 'axes.json');
	for (const axis of withIds(axes && parsed(axes.text), 'axes')) {
		const named = Array.isArray(axis.levels) ? (axis.levels as Entry[]) : [];
		levels.set(
			axis.id,
			named.flatMap((l) =>
				typeof l.value === 'number' && typeof l.label === 'string'
					? [{ value: l.value, label: l.label }]
					: []
			)
		);
	}
	return levels;
}

/** Every leader, source and stance id in `files`, sorted by id. */
export function dataIds(files: readonly { path: string; text: string }[]): DataIds {
	const ids: DataIds = { leaders: [], sources: [], stances: [] };
	for (const file of files) {
		const name = file.path.split('/').at(-1) ?? '';
		if (file.path.split('/').at(-2) === 'leaders' && name.endsWith('.json')) {
			const leader = parsed(file.text);
			if (typeof leader?.id !== 'string') continue;
			const who = typeof leader.name === 'string' ? leader.name : leader.id;
			ids.leaders.push({ id: leader.id, detail: who });
			for (const s of withIds(leader, 'stances'))
				ids.stances.push({ id: s.id, detail: words(who, s.axis, s.asOf, s.position) });
		} else if (name === 'sources.json') {
			for (const s of withIds(parsed(file.text), 'sources'))
				ids.sources.push({ id: s.id, detail: words(s.outlet, s.date) });
		}
	}
	ids.leaders.sort(byId);
	ids.sources.sort(byId);
	ids.stances.sort(byId);
	return ids;
}
