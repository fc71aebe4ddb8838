/**
 * The dataset as one JSON document for scripts: meta, the "cite this" line, the axes with their
 * rubrics, every source, and each leader with their stances and citations resolved to full
 * sources (no ids to look up), plus the events and the corrections log. The JSON download
 * (/data/openness-spectrum.json), and the copy `npm run release` keeps of each released version.
 */
import type { Axis, Source } from '../data/schema.ts';
import { citeAs } from './cite.ts';
import { leaderDataset } from './dataset-parts.ts';
import type { ChangeView, Dataset, EventView, LeaderView, StanceView } from './dataset.ts';
import type { MoveView } from './moves.ts';

/**
 * A stance inside its leader: the leader's id, name and role are the parent's, not repeated, and its
 * corrections are in the document's `changes` (the log), not repeated either.
 */
export type StanceJson = Omit<
	StanceView,
	'leaderId' | 'leaderName' | 'leaderRole' | 'changes' | 'move'
> & { move?: MoveJson };

/** A move names the stance before by id (it is in the same list), not by a copy of its quote. */
export interface MoveJson {
	from: string;
	fromPosition: number;
	direction: MoveView['direction'];
	steps: number;
	cause: MoveView['cause'];
	causeNote?: string;
}

function moveJson(move: MoveView): MoveJson {
	return {
		from: move.from.id,
		fromPosition: move.from.position,
		direction: move.direction,
		steps: move.steps,
		cause: move.cause,
		...(move.causeNote === undefined ? {} : { causeNote: move.causeNote })
	};
}

export interface DatasetJson {
	version: string;
	updated: string;
	title?: string;
	license?: string;
	citeAs: string;
	axes: Axis[];
	sources: Source[];
	leaders: (Omit<LeaderView, 'stances'> & { stances: StanceJson[] })[];
	events: EventView[];
	/** The corrections log, newest version first (each entry's fields, not its line in words). */
	changes: Omit<ChangeView, 'line'>[];
}

export function datasetJson(dataset: Dataset): DatasetJson {
	const { meta } = dataset;
	return {
		version: meta.version,
		updated: meta.updated,
		...(meta.title === undefined ? {} : { title: meta.title }),
		...(meta.license === undefined ? {} : { license: meta.license }),
		citeAs: citeAs(meta),
		axes: dataset.axes,
		sources: dataset.sources,
		leaders: dataset.leaders.map((leader) => ({
			id: leader.id,
			name: leader.name,
			shortName: leader.shortName,
			role: leader.role,
			...(leader.roleNote === undefined ? {} : { roleNote: leader.roleNote }),
			affiliations: leader.affiliations,
			// The leader is the parent object, so the stance does not repeat its id, name and role.
			stances: leader.stances.map(
				({
					leaderId: _id,
					leaderName: _name,
					leaderRole: _role,
					changes: _changes,
					move,
					...stance
				}) => (move ? { ...stance, move: moveJson(move) } : stance)
			)
		})),
		events: dataset.events,
		changes: dataset.changes.map(({ line: _line, ...change }) => change)
	};
}

/** The JSON download's text: tab-indented, ending with a line break. */
export function datasetJsonText(dataset: Dataset): string {
	return `${JSON.stringify(datasetJson(dataset), null, '\t')}\n`;
}

/**
 * One leader's part of the JSON download (/data/leaders/<id>.json): the same leader entry (its
 * citations carry their sources whole), with the dataset's version and "cite this" line, the axes,
 * and the corrections to their stances.
 */
export function leaderJson(dataset: Dataset, leaderId: string) {
	const whole = datasetJson(leaderDataset(dataset, leaderId));
	const { leaders, events: _events, sources: _sources, changes, ...rest } = whole;
	const leader = leaders.find((l) => l.id === leaderId);
	if (!leader) throw new Error(`No leader "${leaderId}" in the dataset`);
	return { ...rest, leader, changes };
}
