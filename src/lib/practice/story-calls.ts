/**
 * The story's Your call slides as the presentation reads them: each after the step it names, a
 * quote for the class to score before the dataset's level is shown.
 */
import type { StoryCall } from '../data/schema.ts';
import type { Dataset } from '../model/dataset.ts';
import { scoringItem, type ScoringItemView } from './scoring-item.ts';

export interface StoryCallView extends ScoringItemView {
	id: string;
	/** The id of the step whose slide this one follows. */
	after: string;
}

export function joinCalls(calls: readonly StoryCall[], dataset: Dataset): StoryCallView[] {
	const stanceById = new Map(dataset.stances.map((s) => [s.id, s]));
	return calls.map((call) => ({
		id: call.id,
		after: call.after,
		...scoringItem(call, stanceById)
	}));
}
