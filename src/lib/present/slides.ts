/**
 * The presentation's slides, made from the story (one source of truth with the explainer): a
 * title slide, one slide per step, and a closing slide of questions for the class. Each slide
 * carries its speaker notes and the quotes it shows, each quote with the citation its words come
 * from, so the slide can show its sources.
 */
import type { Discussion, SpeakerNotes } from '../data/schema.ts';
import type { CitationView, StanceView } from '../model/dataset.ts';
import type { StoryCallView } from '../practice/story-calls.ts';
import type { Story, StoryStepView } from '../story/story.ts';
import { slideHash } from './slide-address.ts';

/** A quote a slide shows: its words, and the stance and citation they come from. */
export interface SlideQuote {
	text: string;
	stance: StanceView;
	citation: CitationView;
}

interface SlideBase {
	/** Stable across edits of other slides; used for element ids inside the deck. */
	id: string;
	title: string;
	notes?: SpeakerNotes;
}

export type Slide =
	| (SlideBase & { kind: 'title'; dek: string; published: string })
	| (SlideBase & { kind: 'step'; step: StoryStepView; quotes: SlideQuote[] })
	| (SlideBase & { kind: 'call'; call: StoryCallView; notes: SpeakerNotes })
	| (SlideBase & { kind: 'discuss'; questions: string[] });

/** Every quote of a step, in reading order, each once. */
export function stepQuotes(step: StoryStepView): SlideQuote[] {
	const seen = new Set<string>();
	const quotes: SlideQuote[] = [];
	for (const segment of step.paragraphs.flat()) {
		if (segment.kind !== 'quote') continue;
		const key = `${segment.stance.id}\u0000${segment.text}`;
		if (seen.has(key)) continue;
		seen.add(key);
		quotes.push({ text: segment.text, stance: segment.stance, citation: segment.citation });
	}
	return quotes;
}

/**
 * The closing slide's questions (and the brief's): the story's own discussion when it has one, otherwise the
 * question in each step's notes.
 */
export function discussion(story: Story): Discussion {
	if (story.discussion) return story.discussion;
	return {
		title: 'Discuss',
		questions: story.steps.flatMap((step) => (step.notes?.question ? [step.notes.question] : []))
	};
}

/**
 * A Your call slide: the class scores a quote, then the dataset's level is revealed. Its notes give
 * the presenter the answer before the reveal (the notes window and the speaker's handout show
 * them; the projected slide does not until asked).
 */
function callSlide(call: StoryCallView): Slide {
	const { stance } = call;
	return {
		kind: 'call',
		id: `call-${call.id}`,
		title: `Your call: ${stance.leaderName} on ${stance.axisLabel.toLowerCase()}`,
		call,
		notes: {
			points: [
				`The dataset: level ${stance.position}, ${stance.levelLabel} (${stance.evidence} evidence).`,
				`Why: ${stance.rationale}`,
				...(call.hint ? [`A hint, if the class is stuck: ${call.hint}`] : [])
			]
		}
	};
}

/** The slides: the title, each step followed by the Your call slides placed after it, the closing questions. */
export function storySlides(story: Story, calls: readonly StoryCallView[] = []): Slide[] {
	const closing = discussion(story);
	return [
		{
			kind: 'title',
			id: 'title',
			title: story.title,
			dek: story.dek,
			published: story.published,
			...(story.opening ? { notes: story.opening } : {})
		},
		...story.steps.flatMap((step): Slide[] => [
			{
				kind: 'step',
				id: `step-${step.id}`,
				title: step.title,
				step,
				quotes: stepQuotes(step),
				...(step.notes ? { notes: step.notes } : {})
			},
			...calls.filter((call) => call.after === step.id).map(callSlide)
		]),
		{
			kind: 'discuss',
			id: 'discuss',
			title: closing.title,
			questions: closing.questions,
			...(closing.notes ? { notes: closing.notes } : {})
		}
	];
}

/**
 * Where each step's slide is in the deck, by the steps' order: the title slide comes first, and
 * each step is followed by the Your call slides placed after it (`callsAfter`: the step id each
 * call follows), as `storySlides` lays them out.
 */
export function stepSlideIndexes(
	stepIds: readonly string[],
	callsAfter: readonly string[]
): number[] {
	let next = 1;
	return stepIds.map((id) => {
		const at = next;
		next += 1 + callsAfter.filter((after) => after === id).length;
		return at;
	});
}

/** The address of the slide at `slideIndex` (from 0). */
export function slideHref(slideIndex: number): string {
	return `/present${slideHash(slideIndex)}`;
}
