/**
 * Joins the validated story file to the dataset: each quote to the stance and citation holding
 * its words, each step's chart to a full chart state. Runs only on a story the validator
 * accepted, so a quote that does not resolve is a bug there: it throws rather than print words
 * with no evidence behind them.
 */
import type { Paragraph, StoryFile } from '../data/schema.ts';
import type { ChartDomain } from '../model/chart-state.ts';
import type { Dataset } from '../model/dataset.ts';
import { stepChartState } from './step-state.ts';
import type { Story, StoryParagraph } from './story.ts';

export function joinStory(file: StoryFile, dataset: Dataset, domain: ChartDomain): Story {
	const stanceById = new Map(dataset.stances.map((s) => [s.id, s]));

	const paragraph = (pieces: Paragraph): StoryParagraph =>
		pieces.map((piece) => {
			if (typeof piece === 'string') return { kind: 'text', text: piece };
			const stance = stanceById.get(piece.stance);
			const citation = stance?.citations.find((c) => c.quote.includes(piece.quote));
			if (!stance || !citation)
				throw new Error(`joinStory: "${piece.quote}" is not in stance "${piece.stance}"`);
			return { kind: 'quote', text: piece.quote, stance, citation };
		});

	return {
		title: file.title,
		dek: file.dek,
		published: file.published,
		steps: file.steps.map((step) => ({
			id: step.id,
			title: step.title,
			paragraphs: step.body.map(paragraph),
			state: stepChartState(step.chart, domain),
			...(step.annotation === undefined ? {} : { annotation: step.annotation }),
			...(step.notes === undefined ? {} : { notes: step.notes })
		})),
		...(file.opening === undefined ? {} : { opening: file.opening }),
		...(file.discussion === undefined ? {} : { discussion: file.discussion }),
		methodology: file.methodology.map(paragraph)
	};
}
