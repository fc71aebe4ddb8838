/**
 * The part of the dataset the story draws, for pages that tell it (the explainer, the slides)
 * when the whole is too big to carry (server/page-weight.ts): every stance a step's chart shows
 * (held at its month or its trail's, or on its timelines), without words, and the stances the
 * story quotes, with theirs. A point opened on a chart gets its words from the whole dataset.
 */
import { stancesAsOf } from '../model/as-of.ts';
import { chartDomain, shownLeaderIds } from '../model/chart-state.ts';
import { datasetWith, datasetWithoutWords } from '../model/dataset-parts.ts';
import type { Dataset, StanceView } from '../model/dataset.ts';
import type { Story, StoryParagraph } from './story.ts';

export function storyDataset(dataset: Dataset, story: Story): Dataset {
	const domain = chartDomain(dataset);
	const drawn = new Set<string>();
	for (const { state } of story.steps) {
		const leaders = new Set(shownLeaderIds(state, domain));
		const shown = (s: StanceView) =>
			leaders.has(s.leaderId) && (state.axis === null || s.axis === state.axis);
		if (state.view !== 'timelines') {
			for (const month of [state.date, state.from]) {
				if (month === null) continue;
				for (const s of stancesAsOf(dataset.stances, month).values()) if (shown(s)) drawn.add(s.id);
			}
		}
		if (state.view !== 'spectrum') for (const s of dataset.stances) if (shown(s)) drawn.add(s.id);
	}
	const paragraphs: StoryParagraph[] = [
		...story.steps.flatMap((step) => step.paragraphs),
		...story.methodology
	];
	const quoted = new Set(
		paragraphs.flat().flatMap((segment) => (segment.kind === 'quote' ? [segment.stance.id] : []))
	);
	const bare = new Map(datasetWithoutWords(dataset).stances.map((s) => [s.id, s]));
	return datasetWith(
		dataset,
		dataset.stances.flatMap((s) => {
			if (quoted.has(s.id)) return [s];
			return drawn.has(s.id) ? (bare.get(s.id) ?? []) : [];
		})
	);
}
