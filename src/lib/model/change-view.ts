/**
 * The corrections log (data/changes.json) in words a reader can follow: each entry's field, its
 * value before and after, and the stance it concerns, joined once at build time.
 */
import { compareVersions } from '../data/versions.ts';
import type { Axis, Change } from '../data/schema.ts';
import type { ChangeView, StanceRef } from './dataset.ts';
import { formatDate } from './format-date.ts';

const FIELD: Readonly<Record<Exclude<Change['change'], 'rubric'>, string>> = {
	level: 'Level',
	date: 'Held from',
	evidence: 'Evidence',
	attribution: 'Attribution',
	removal: 'Removed'
};

/** A level as the reader sees it elsewhere: "2 (Threshold)". */
function levelText(axis: Axis | undefined, value: number): string {
	const label = axis?.levels.find((l) => l.value === value)?.label;
	return label === undefined ? String(value) : `${value} (${label})`;
}

/**
 * Each change in words, newest version first, with its line (`changeLine`) written here, so the
 * pages that show a change carry its words and not this module. `stances` resolves the ids the log names (the
 * validator has checked them); `axisOf` gives a stance's axis, for the level labels.
 */
export function changeViews(
	changes: readonly Change[],
	axes: readonly Axis[],
	stances: ReadonlyMap<string, StanceRef & { axis: string }>
): ChangeView[] {
	const axisById = new Map<string, Axis>(axes.map((a) => [a.id, a]));
	const ref = (id: string): StanceRef | undefined => {
		const s = stances.get(id);
		return (
			s && { id: s.id, leaderId: s.leaderId, leaderName: s.leaderName, axisLabel: s.axisLabel }
		);
	};
	const views = changes.map((c, order): Omit<ChangeView, 'line'> & { order: number } => {
		const base = { version: c.version, date: c.date, kind: c.change, why: c.why, order };
		if (c.change === 'rubric') {
			const axis = axisById.get(c.axis);
			return {
				...base,
				replacedBy: [],
				field: `Rubric of ${axis?.label ?? c.axis}, level ${levelText(axis, c.level)}`,
				before: c.before,
				after: c.after
			};
		}
		const stance = ref(c.stance);
		const common = {
			...base,
			stanceId: c.stance,
			...(stance ? { stance } : {}),
			field: FIELD[c.change]
		};
		switch (c.change) {
			case 'removal':
				return {
					...common,
					replacedBy: (c.replacedBy ?? []).flatMap((id) => ref(id) ?? []),
					before: c.before
				};
			case 'level': {
				const axis = axisById.get(stances.get(c.stance)?.axis ?? '');
				return {
					...common,
					replacedBy: [],
					before: levelText(axis, c.before),
					after: levelText(axis, c.after)
				};
			}
			case 'date':
				return {
					...common,
					replacedBy: [],
					before: formatDate(c.before),
					after: formatDate(c.after)
				};
			default:
				return { ...common, replacedBy: [], before: c.before, after: c.after };
		}
	});
	views.sort((a, b) => compareVersions(b.version, a.version) || a.order - b.order);
	return views.map(({ order: _order, ...view }) => ({ ...view, line: changeLine(view) }));
}

/** "level 4 (Open) → 2 (Threshold)": one change in a line, for the citation panel. */
export function changeLine(change: Omit<ChangeView, 'line'>): string {
	if (change.after === undefined) return `${change.field}: ${change.before}`;
	const field = change.field.toLowerCase();
	return change.kind === 'attribution'
		? `${field}: ${change.before} → ${change.after}`
		: `${field} ${change.before} → ${change.after}`;
}

/** One version's corrections, for the log page: the version, its latest date, its entries. */
export interface ChangeGroup {
	version: string;
	date: string;
	changes: ChangeView[];
}

/** The log grouped by version, in the order given (newest version first from `changeViews`). */
export function changesByVersion(changes: readonly ChangeView[]): ChangeGroup[] {
	const groups: ChangeGroup[] = [];
	for (const change of changes) {
		const group = groups.find((g) => g.version === change.version);
		if (!group) groups.push({ version: change.version, date: change.date, changes: [change] });
		else {
			group.changes.push(change);
			if (change.date > group.date) group.date = change.date;
		}
	}
	return groups;
}
