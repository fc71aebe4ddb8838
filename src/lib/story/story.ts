/**
 * The explainer as pages read it: the story file joined to the dataset. Each quote carries the
 * stance and the citation its words come from, and each step the chart state it shows, so
 * components never look anything up by id.
 *
 * Only types live here, so importing them ships no code (and no zod) to the browser.
 */
import type { Discussion, SpeakerNotes } from '../data/schema.ts';
import type { ChartState } from '../model/chart-state.ts';
import type { CitationView, StanceView } from '../model/dataset.ts';

/** A piece of a paragraph: our own words, or a verbatim quote linked to its citation. */
export type StorySegment =
	| { kind: 'text'; text: string }
	| { kind: 'quote'; text: string; stance: StanceView; citation: CitationView };

export type StoryParagraph = StorySegment[];

export interface StoryStepView {
	id: string;
	title: string;
	paragraphs: StoryParagraph[];
	/** What the chart shows while this step is read: the same state /explore keeps in its URL. */
	state: ChartState;
	/** One short line shown on the chart. */
	annotation?: string;
	/** The presenter's notes for this step's slide in /present: never projected. */
	notes?: SpeakerNotes;
}

export interface Story {
	title: string;
	dek: string;
	/** "YYYY-MM-DD" (or coarser). */
	published: string;
	steps: StoryStepView[];
	/** The presenter's notes for the title slide in /present. */
	opening?: SpeakerNotes;
	/** The closing slide in /present: questions for the class, and the presenter's notes. */
	discussion?: Discussion;
	methodology: StoryParagraph[];
}
