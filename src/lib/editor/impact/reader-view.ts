/**
 * The changeset's story as readers and the class see it: the story joined to the draft's dataset,
 * the chart model its slides draw, and the slides themselves, so the desk can show a changed
 * step's card and its slide exactly as the explainer and /present would.
 */
import { chartModel, type ChartModel } from '$lib/chart/chart-model';
import { chartDomain } from '$lib/model/chart-state';
import { joinCalls } from '$lib/practice/story-calls';
import { storySlides, type Slide } from '$lib/present/slides';
import { joinStory } from '$lib/story/join-story';
import type { StoryStepView } from '$lib/story/story';
import type { StorySide } from './story-impact.ts';

export interface StepAsRead {
	step: StoryStepView;
	slide: Slide;
	/** Its place in the deck (title slide first), from 1; and the deck's length. */
	number: number;
	count: number;
}

export interface ReaderView {
	model: ChartModel;
	/** By step id. */
	steps: ReadonlyMap<string, StepAsRead>;
}

/** The reader's view of `side`: each step's card and slide, numbered as the deck numbers it. */
export function readerView(side: StorySide): ReaderView {
	const story = joinStory(side.story, side.dataset, chartDomain(side.dataset));
	const slides = storySlides(story, joinCalls(side.story.calls ?? [], side.dataset));
	const steps = new Map<string, StepAsRead>();
	slides.forEach((slide, index) => {
		if (slide.kind !== 'step') return;
		steps.set(slide.step.id, { step: slide.step, slide, number: index + 1, count: slides.length });
	});
	return { model: chartModel(side.dataset), steps };
}
