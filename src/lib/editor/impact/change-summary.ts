/**
 * What a changeset changes against the published data, written as a commit message: a subject
 * line of at most 72 characters, a blank line, then the body: stances added, changed (level
 * before → after with the level's name, date held, evidence, quotes) and removed, by leader;
 * sources and events added, changed and removed; story steps; the dataset's version.
 */
import type { StoryFile } from '../../data/schema.ts';
import type { Dataset, EventView } from '../../model/dataset.ts';
import { releaseOfDataset, type ReleasedStance } from '../../model/release.ts';
import { versionDiff, type StanceDiff } from '../../model/version-diff.ts';

/** The longest subject line git tools show in full. */
export const SUBJECT_MAX = 72;

export interface SummaryInput {
	before: Dataset;
	after: Dataset;
	/** The story files, published and drafted, when the story is part of the comparison. */
	stories?: { before: StoryFile; after: StoryFile };
}

const level = (s: ReleasedStance) => `${s.position} (${s.levelLabel})`;
const stanceTitle = (s: ReleasedStance) => `${s.id} (${s.axisLabel}, ${s.asOf})`;
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Each changed field of a stance, in words. */
function stanceChanges(diff: StanceDiff): string[] {
	const { before: a, after: b } = diff;
	return diff.fields.map((field) => {
		switch (field) {
			case 'level':
				return `level ${level(a)} → ${level(b)}`;
			case 'date':
				return `held ${a.asOf} → ${b.asOf}`;
			case 'evidence':
				return `evidence ${a.evidence} → ${b.evidence}`;
			case 'citations': {
				const added = b.citations.filter((c) => !a.citations.includes(c)).length;
				const removed = a.citations.filter((c) => !b.citations.includes(c)).length;
				const said = [
					...(added > 0 ? [`${plural(added, 'citation')} added`] : []),
					...(removed > 0 ? [`${plural(removed, 'citation')} removed`] : [])
				];
				return said.length > 0 ? said.join(', ') : 'citations reordered';
			}
			case 'summary':
				return 'summary reworded';
			case 'rationale':
				return 'rationale reworded';
			case 'cause':
				return `cause of its move ${a.cause ?? 'none'} → ${b.cause ?? 'none'}`;
		}
	});
}

interface LeaderLines {
	name: string;
	lines: string[];
}

function eventKey(e: EventView): string {
	return JSON.stringify([
		e.date,
		e.label,
		e.description ?? null,
		e.leaderIds,
		e.citations.map((c) => [c.source.id, c.quote])
	]);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

/** Added, changed and removed items of two lists by id, `same` telling whether one changed. */
function compareById<T extends { id: string }>(
	before: readonly T[],
	after: readonly T[],
	same: (a: T, b: T) => boolean
): { added: T[]; changed: T[]; removed: T[] } {
	const old = byId(before);
	const now = byId(after);
	return {
		added: after.filter((item) => !old.has(item.id)),
		changed: after.filter((item) => {
			const was = old.get(item.id);
			return was !== undefined && !same(was, item);
		}),
		removed: before.filter((item) => !now.has(item.id))
	};
}

type StoryStep = StoryFile['steps'][number];

/** The subject: one change said in full, or what kinds of change, with whose stances. */
function subjectLine(
	stances: { added: ReleasedStance[]; changed: StanceDiff[]; removed: ReleasedStance[] },
	others: string[]
): string {
	const total = stances.added.length + stances.changed.length + stances.removed.length;
	const only = others.length === 0 && total === 1;
	let subject: string;
	if (only && stances.changed[0]) {
		const { before: a, after: b, fields } = stances.changed[0];
		subject = fields.includes('level')
			? `Re-score ${b.leaderName} on ${b.axisLabel.toLowerCase()} (${b.asOf}): ${a.position} → ${b.position}`
			: `Revise ${b.leaderName}'s ${b.axisLabel.toLowerCase()} stance (${b.asOf})`;
	} else if (only && stances.added[0]) {
		const s = stances.added[0];
		subject = `Add ${s.leaderName} on ${s.axisLabel.toLowerCase()} (${s.asOf}) at level ${s.position}`;
	} else if (only && stances.removed[0]) {
		subject = `Remove stance ${stances.removed[0].id}`;
	} else {
		const parts = [
			...(stances.added.length > 0 ? [`add ${plural(stances.added.length, 'stance')}`] : []),
			...(stances.changed.length > 0 ? [`change ${stances.changed.length}`] : []),
			...(stances.removed.length > 0 ? [`remove ${stances.removed.length}`] : []),
			...others
		];
		const names = [
			...new Set(
				[...stances.added, ...stances.changed.map((c) => c.after), ...stances.removed].map(
					(s) => s.leaderName.split(' ').at(-1) ?? s.leaderName
				)
			)
		];
		const said = parts.join(', ');
		const withNames = `${said} (${names.join(', ')})`;
		subject =
			parts.length === 0
				? 'No change to the published data'
				: names.length > 0 && withNames.length <= SUBJECT_MAX
					? withNames
					: said;
		subject = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
	}
	return subject.length <= SUBJECT_MAX ? subject : `${subject.slice(0, SUBJECT_MAX - 1)}…`;
}

/** The commit message for `after` against `before`. */
export function changeSummary({ before, after, stories }: SummaryInput): string {
	const diff = versionDiff(releaseOfDataset(before), releaseOfDataset(after), []);
	const removedStances = diff.removed.map((r) => r.stance);

	const leaders = new Map<string, LeaderLines>();
	const line = (s: ReleasedStance, text: string) => {
		const entry = leaders.get(s.leaderId) ?? { name: s.leaderName, lines: [] };
		entry.lines.push(text);
		leaders.set(s.leaderId, entry);
	};
	for (const s of diff.added) {
		line(s, `- Added ${stanceTitle(s)}: level ${level(s)}, ${s.evidence} evidence`);
	}
	for (const c of diff.changed) {
		line(c.after, `- Changed ${stanceTitle(c.after)}: ${stanceChanges(c).join('; ')}`);
	}
	for (const s of removedStances) {
		line(s, `- Removed ${stanceTitle(s)}, which was at level ${level(s)}`);
	}
	// Leaders in the dataset's display order.
	const order = [...after.leaders, ...before.leaders].map((l) => l.id);
	const leaderBlocks = [...leaders]
		.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
		.map(([, { name, lines }]) => [`${name}:`, ...lines].join('\n'));

	const sourceLines = [
		...diff.sourcesAdded.map((s) => `- Added ${s.id}: ${s.outlet}, "${s.title}" (${s.date})`),
		...diff.sourcesChanged.map(
			(c) => `- Changed ${c.after.id}: ${c.after.outlet}, "${c.after.title}"`
		),
		...diff.sourcesRemoved.map((s) => `- Removed ${s.id}`)
	];
	const events = compareById(before.events, after.events, (a, b) => eventKey(a) === eventKey(b));
	const eventLines = [
		...events.added.map((e) => `- Added ${e.id}: ${e.label} (${e.date})`),
		...events.changed.map((e) => `- Changed ${e.id}: ${e.label} (${e.date})`),
		...events.removed.map((e) => `- Removed ${e.id}`)
	];
	const steps = stories
		? compareById<StoryStep>(
				stories.before.steps,
				stories.after.steps,
				(a, b) => JSON.stringify(a) === JSON.stringify(b)
			)
		: { added: [], changed: [], removed: [] };
	const storyLines = [
		...steps.added.map((s) => `- Added step ${s.id}: ${s.title}`),
		...steps.changed.map((s) => `- Changed step ${s.id}: ${s.title}`),
		...steps.removed.map((s) => `- Removed step ${s.id}: ${s.title}`)
	];
	const storyOther =
		stories &&
		JSON.stringify({ ...stories.before, steps: [] }) !==
			JSON.stringify({ ...stories.after, steps: [] });
	if (storyOther) storyLines.push('- Changed the story outside its steps');
	const versionChanged = before.meta.version !== after.meta.version;

	const others = [
		...(sourceLines.length > 0 ? [`update ${plural(sourceLines.length, 'source')}`] : []),
		...(eventLines.length > 0 ? [`update ${plural(eventLines.length, 'event')}`] : []),
		...(storyLines.length === 1 && steps.changed[0]
			? [`edit story step ${steps.changed[0].id}`]
			: storyLines.length > 0
				? ['edit the story']
				: []),
		...(versionChanged ? [`bump to ${after.meta.version}`] : [])
	];
	const subject = subjectLine(
		{ added: diff.added, changed: diff.changed, removed: removedStances },
		others
	);
	const sections = [
		...(leaderBlocks.length > 0 ? [`Stances\n\n${leaderBlocks.join('\n\n')}`] : []),
		...(sourceLines.length > 0 ? [`Sources\n${sourceLines.join('\n')}`] : []),
		...(eventLines.length > 0 ? [`Events\n${eventLines.join('\n')}`] : []),
		...(storyLines.length > 0 ? [`Story\n${storyLines.join('\n')}`] : []),
		...(versionChanged ? [`Dataset version ${before.meta.version} → ${after.meta.version}`] : [])
	];
	return sections.length === 0 ? subject : `${subject}\n\n${sections.join('\n\n')}`;
}
