/**
 * What a changeset does to the story: which steps' charts draw something else (compared as drawn,
 * see drawn-step.ts), which steps' words may no longer fit (their own words changed, or they name
 * a leader or quote a stance whose point changed), and which slides of /present those steps are.
 * Published and draft may differ in the data, in the story file, or both.
 */
import type { StoryFile } from '../../data/schema.ts';
import type { ChartState } from '../../model/chart-state.ts';
import type { Dataset, StanceView } from '../../model/dataset.ts';
import { stepSlideIndexes } from '../../present/slides.ts';
import { compareDrawings, drawingContext, drawnStep } from './drawn-step.ts';

type StoryStep = StoryFile['steps'][number];

/** One side of the comparison: a joined dataset and the story file told over it. */
export interface StorySide {
	dataset: Dataset;
	story: StoryFile;
}

/** Why a step's words may no longer fit its chart. */
export type WordsReason =
	| { kind: 'new-step' }
	| { kind: 'own-words' }
	| { kind: 'names-leader'; leaderName: string }
	| {
			kind: 'quotes-stance';
			stanceId: string;
			leaderName: string;
			/** The stance quoted was itself changed; otherwise its leader's point at the step was. */
			stanceChanged: boolean;
	  };

export interface StepImpact {
	id: string;
	title: string;
	/** Its place in the draft's story, from 1. */
	step: number;
	/** Its slide in /present, from 1 (as in `/present#N`). */
	slide: number;
	/** The chart draws something else than the published step did (or the step is new). */
	chartChanged: boolean;
	/** Leaders whose drawn point or line changed at this step, by name. */
	changedLeaders: string[];
	/** Why the words may no longer fit; empty when they still do. */
	words: WordsReason[];
	/** The published step's chart state, for a "before" drawing; absent for a new step. */
	before?: ChartState;
	after: ChartState;
}

export interface StoryImpact {
	/** Steps whose chart or words are affected, in the draft's order. */
	steps: StepImpact[];
	/** Published steps the draft leaves out. */
	removed: { id: string; title: string }[];
}

/** Our own words on a step (title, prose, annotation, notes): where a leader may be named. */
function stepWords(step: StoryStep): string {
	const prose = step.body.flat().map((piece) => (typeof piece === 'string' ? piece : ''));
	return [
		step.title,
		...prose,
		step.annotation ?? '',
		...(step.notes?.points ?? []),
		step.notes?.question ?? ''
	].join('\n');
}

/** Everything a step says, its chart aside: compared to tell whether the words changed. */
function ownWords(step: StoryStep): string {
	return JSON.stringify([step.title, step.body, step.annotation ?? null, step.notes ?? null]);
}

function quotedStances(step: StoryStep): string[] {
	const ids = step.body
		.flat()
		.flatMap((piece) => (typeof piece === 'string' ? [] : [piece.stance]));
	return [...new Set(ids)];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `words` name the leader, in full or by the short name charts use. */
function names(words: string, leader: { name: string; shortName: string }): boolean {
	return [leader.name, leader.shortName].some((name) =>
		new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'u').test(words)
	);
}

/** What a reader can see of a stance through a quote of it: its level, date, evidence, words. */
function stanceSeen(stance: StanceView | undefined): string {
	if (!stance) return '';
	return JSON.stringify([
		stance.position,
		stance.asOf,
		stance.evidence,
		stance.citations.map((c) => c.quote)
	]);
}

/** The steps `after` affects against `before`. */
export function storyImpact(before: StorySide, after: StorySide): StoryImpact {
	const beforeCtx = drawingContext(before.dataset);
	const afterCtx = drawingContext(after.dataset);
	const publishedSteps = new Map(before.story.steps.map((s) => [s.id, s]));
	const oldStances = new Map(before.dataset.stances.map((s) => [s.id, s]));
	const newStances = new Map(after.dataset.stances.map((s) => [s.id, s]));
	const slides = stepSlideIndexes(
		after.story.steps.map((s) => s.id),
		(after.story.calls ?? []).map((c) => c.after)
	);

	const steps = after.story.steps.flatMap((step, index): StepImpact[] => {
		const published = publishedSteps.get(step.id);
		const drawn = drawnStep(afterCtx, step.chart, step.annotation);
		const base = {
			id: step.id,
			title: step.title,
			step: index + 1,
			slide: (slides[index] ?? 0) + 1,
			after: drawn.state
		};
		if (!published) {
			return [
				{
					...base,
					chartChanged: true,
					changedLeaders: [],
					words: [{ kind: 'new-step' }]
				}
			];
		}
		const was = drawnStep(beforeCtx, published.chart, published.annotation);
		const change = compareDrawings(was, drawn);
		const leaders = new Map(after.dataset.leaders.map((l) => [l.id, l]));
		const changedLeaders = change.leaderIds.flatMap((id) => leaders.get(id) ?? []);

		const words: WordsReason[] = [];
		if (ownWords(published) !== ownWords(step)) words.push({ kind: 'own-words' });
		const text = stepWords(step);
		for (const leader of changedLeaders) {
			if (names(text, leader)) words.push({ kind: 'names-leader', leaderName: leader.name });
		}
		for (const stanceId of quotedStances(step)) {
			const stance = newStances.get(stanceId);
			if (!stance) continue;
			const moved = changedLeaders.some((l) => l.id === stance.leaderId);
			const stanceChanged = stanceSeen(oldStances.get(stanceId)) !== stanceSeen(stance);
			if (moved || stanceChanged) {
				words.push({
					kind: 'quotes-stance',
					stanceId,
					leaderName: stance.leaderName,
					stanceChanged
				});
			}
		}
		if (!change.changed && words.length === 0) return [];
		return [
			{
				...base,
				chartChanged: change.changed,
				changedLeaders: changedLeaders.map((l) => l.name),
				words,
				before: was.state
			}
		];
	});

	const kept = new Set(after.story.steps.map((s) => s.id));
	return {
		steps,
		removed: before.story.steps
			.filter((s) => !kept.has(s.id))
			.map(({ id, title }) => ({ id, title }))
	};
}
