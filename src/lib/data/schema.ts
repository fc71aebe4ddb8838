/**
 * The one definition of every data file in `data/`.
 *
 * TypeScript types are inferred from these schemas, the JSON Schema files in `schema/` are
 * generated from them (`npm run schema`), and the validator (`validate.ts`) runs them before
 * it checks the rules that span files. Field names follow the data contract; extend, never rename.
 */
import * as z from 'zod';
import {
	AXIS_IDS,
	CAUSE_KINDS,
	CAUSES,
	CHANGE_KINDS,
	CHART_VIEWS,
	EVIDENCE,
	EVIDENCE_KINDS,
	LEADER_ROLES,
	LEVEL_VALUES,
	SOURCE_KINDS,
	STALE_AFTER_MONTHS
} from '../vocabulary.ts';
import { isRealDate } from './dates.ts';

/** The fixed word lists live in the zod-free vocabulary; re-exported for the validator's users. */
export {
	AXIS_IDS,
	CAUSE_KINDS,
	CHANGE_KINDS,
	EVIDENCE_KINDS,
	LEADER_ROLES,
	LEVEL_VALUES,
	SOURCE_KINDS
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Anything that looks like markup: data is always rendered as text, so it must not carry any. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i;

export const Id = z
	.string({ error: 'must be an id in quotes, e.g. "dario-amodei"' })
	.regex(KEBAB, {
		error: 'must be lowercase kebab-case (letters, digits and single hyphens), e.g. "dario-amodei"'
	})
	.meta({ description: 'Lowercase kebab-case identifier, unique within its kind.' });

/** A non-empty line of plain text: no HTML, no leading or trailing spaces. */
export const PlainText = z
	.string({ error: 'must be text in quotes' })
	// min(1) also puts minLength into the JSON Schema, so an editor flags "" as it is typed.
	.min(1, { error: 'must not be empty', abort: true })
	// abort: an empty (or all-space) text gets one message, not also "must not start or end with spaces".
	.refine((s) => s.trim().length > 0, { error: 'must not be empty', abort: true })
	.refine((s) => s.trim() === s, { error: 'must not start or end with spaces' })
	.refine((s) => !MARKUP.test(s), { error: 'must be plain text: HTML tags are not allowed' });

export const DateString = z
	.string({ error: 'must be a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
		error: 'must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
		abort: true // a malformed date is not also "not a real calendar date"
	})
	.refine(isRealDate, { error: 'is not a real calendar date' })
	.meta({
		description:
			'A date with the precision the source gives: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Never in the future.'
	});

export const HttpsUrl = z
	.url({
		protocol: /^https$/,
		error: 'must be a full https: address, e.g. "https://example.org/page"'
	})
	.meta({ pattern: '^https://', description: 'A full https: address.' });

const SchemaRef = z.string({ error: "must be the relative path of this file's JSON Schema" }).meta({
	description: 'Path of the JSON Schema for this file, so editors autocomplete and check it.'
});

/** Where the product departs from the seed essay, and the verified source that says so. */
export const Correction = z
	.strictObject({
		essaySays: PlainText.meta({ description: 'What the essay says, in a few words.' }),
		sourceSays: PlainText.meta({ description: 'What the verified source says instead.' }),
		source: Id.meta({
			description: 'Id of the source (in sources.json) that the correction rests on.'
		})
	})
	.meta({
		description: 'A place where the dataset follows a verified source rather than the essay.'
	});

const Corrections = z
	.array(Correction)
	.min(1, { error: 'leave "corrections" out rather than empty' })
	.optional()
	.meta({ description: 'Where this entry departs from the essay, and why.' });

// ---------------------------------------------------------------- axes.json

export const Level = z.strictObject({
	value: z
		.number({ error: 'must be a whole number from 0 to 4' })
		.int({ error: 'must be a whole number from 0 to 4' })
		.min(0, { error: 'must be a whole number from 0 to 4' })
		.max(4, { error: 'must be a whole number from 0 to 4' })
		.meta({ description: '0 is the closed end of the axis, 4 the open end.' }),
	label: PlainText.meta({ description: 'A short name for the level, shown on the chart.' }),
	rubric: PlainText.meta({
		description: 'One sentence: what a stance at this level says or does.'
	})
});

export const AxisId = z
	.enum(AXIS_IDS, { error: `must be one of the axes: ${AXIS_IDS.join(', ')}` })
	.meta({ description: 'One of the four openness axes.' });

export const Axis = z
	.strictObject({
		id: AxisId,
		label: PlainText.meta({ description: 'The axis name, e.g. "Model weights".' }),
		shortLabel: PlainText.optional().meta({ description: 'A one-word label for tight spaces.' }),
		question: PlainText.meta({ description: 'The question a stance on this axis answers.' }),
		levels: z
			.array(Level)
			.length(5, { error: 'must list exactly five levels, 0 to 4' })
			.refine((levels) => levels.every((l, i) => l.value === i), {
				error: 'levels must run 0, 1, 2, 3, 4 in that order'
			})
	})
	.meta({ description: 'One openness axis and its five-level rubric.' });

export const AxesFile = z
	.strictObject({
		$schema: SchemaRef,
		axes: z.array(Axis).length(4, { error: `must list the four axes: ${AXIS_IDS.join(', ')}` })
	})
	.meta({
		title: 'Openness axes',
		description: 'The four openness axes and their scoring rubrics.'
	});

// ---------------------------------------------------------------- sources.json

export const Source = z
	.strictObject({
		id: Id,
		kind: z
			.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` })
			.meta({ description: 'What kind of source this is.' }),
		outlet: PlainText.meta({ description: 'Where it appeared: the publication, show or site.' }),
		title: PlainText.meta({ description: 'The title of the piece, episode or talk.' }),
		date: DateString.meta({ description: 'When it was published or said.' }),
		url: HttpsUrl.optional().meta({
			description: 'A verified https: address. Leave out when none is known; never guess one.'
		}),
		accessed: DateString.optional().meta({ description: 'When the address was last checked.' }),
		archived: HttpsUrl.optional().meta({
			description: 'An archived copy, for links that may rot.'
		}),
		note: PlainText.optional().meta({
			description: 'Anything a reader should know about this source.'
		}),
		seed: z
			.literal(true, { error: 'leave "seed" out, or set it to true on the seed essay' })
			.optional()
			.meta({
				description:
					'true on the essay this dataset began from: words read only in it (via) are shown as not checked.'
			}),
		corrections: Corrections
	})
	.meta({ description: 'A source a citation can point to.' });

export const SourcesFile = z
	.strictObject({ $schema: SchemaRef, sources: z.array(Source) })
	.meta({ title: 'Sources', description: 'Every source that a citation can point to.' });

// ---------------------------------------------------------------- leaders/<id>.json

export const Citation = z
	.strictObject({
		source: Id.meta({ description: 'Id of the source in sources.json.' }),
		quote: PlainText.meta({
			description:
				'Copied verbatim from the source. An omission is written "...". Never paraphrase.'
		}),
		locator: PlainText.optional().meta({ description: 'Timestamp, page or section.' }),
		via: Id.optional().meta({
			description:
				'Id of the copy or report the quote was read in, when it was not read at the original.'
		}),
		speaker: PlainText.optional().meta({
			description:
				"Who said or wrote these words, when they are not the leader's own: an investor, a co-founder, a company's unsigned post."
		})
	})
	.meta({ description: 'The words behind a stance or event, and where they come from.' });

const Citations = z
	.array(Citation, { error: 'must be a list of citations' })
	.min(1, { error: 'needs at least one citation: a claim with no citation does not exist' });

/** Straight and curly double quotation marks: our own words carry none (they would quote no one). */
export const QUOTATION_MARKS = /["\u201C\u201D]/;

/** Our own words: plain text that quotes no one, so a paraphrase never passes as a quote. */
const OwnWords = PlainText.refine((s) => !QUOTATION_MARKS.test(s), {
	error: 'must not contain quotation marks: our own words quote no one (quotes go in citations)'
});

export const Cause = z
	.strictObject({
		kind: z.enum(CAUSE_KINDS, { error: `must be one of: ${CAUSE_KINDS.join(', ')}` }).meta({
			description: CAUSE_KINDS.map((k) => `${k}: ${CAUSES[k].meaning}`).join('; ') + '.'
		}),
		note: OwnWords.optional().meta({
			description:
				'One sentence of ours on what changed (which statement, action, role or context), without quotation marks.'
		})
	})
	.meta({
		description:
			"Why the leader's point moved to this level from their previous one on this axis. Needed when the level differs from the previous stance's, and only then."
	});

export const Stance = z
	.strictObject({
		id: Id,
		axis: AxisId,
		asOf: DateString.meta({
			description: 'When the stance was held (not necessarily when it was said).'
		}),
		position: z
			.number({ error: 'must be a level of the axis: a whole number from 0 (closed) to 4 (open)' })
			.int({ error: 'must be a level of the axis: a whole number from 0 (closed) to 4 (open)' })
			.min(0, { error: 'must be a level of the axis: a whole number from 0 (closed) to 4 (open)' })
			.max(4, { error: 'must be a level of the axis: a whole number from 0 (closed) to 4 (open)' })
			.meta({
				description: 'The level on the axis, 0 (closed) to 4 (open), scored against its rubric.'
			}),
		evidence: z
			.enum(EVIDENCE_KINDS, { error: `must be one of: ${EVIDENCE_KINDS.join(', ')}` })
			.meta({
				description:
					"explicit: the leader says it; reported: the leader describes a past or organisational view; inferred: read from an action of the leader's lab, which the rationale names; never from silence."
			}),
		summary: PlainText.meta({
			description: 'One sentence, in our words: where this leader stood.'
		}),
		rationale: PlainText.meta({
			description: 'Why this level and not its neighbours, against the rubric.'
		}),
		cause: Cause.optional(),
		citations: Citations,
		corrections: Corrections
	})
	.meta({ description: "A leader's position on one axis at one time, with its evidence." });

export const Affiliation = z
	.strictObject({
		org: PlainText.meta({ description: 'The organisation.' }),
		role: PlainText.meta({ description: 'The role held there.' }),
		from: DateString.meta({ description: 'When the role began.' }),
		to: DateString.optional().meta({ description: 'When it ended; leave out while it lasts.' })
	})
	.meta({ description: 'A role at an organisation.' });

export const LeaderFile = z
	.strictObject({
		$schema: SchemaRef,
		id: Id.meta({ description: 'Equals the file name without .json.' }),
		name: PlainText.meta({ description: 'Full name.' }),
		shortName: PlainText.optional().meta({
			description: 'Surname or short label for chart labels.'
		}),
		role: z.enum(LEADER_ROLES, { error: `must be one of: ${LEADER_ROLES.join(', ')}` }).meta({
			description:
				'cast: one of the leaders the story follows; reference: leads or led a lab that releases open-weight models, shown beside the cast for comparison (lighter, and can be hidden).'
		}),
		roleNote: PlainText.optional().meta({
			description:
				'Why this leader has their role, in one sentence of our own words (no quotation marks); needed for a reference leader, shown on their page.'
		}),
		affiliations: z.array(Affiliation).min(1, { error: 'needs at least one affiliation' }),
		stances: z.array(Stance)
	})
	.meta({ title: 'Leader', description: 'One leader and their stances over time.' });

// ---------------------------------------------------------------- events.json

export const Event = z
	.strictObject({
		id: Id,
		date: DateString,
		label: PlainText.meta({ description: 'A few words, shown on the timeline.' }),
		description: PlainText.optional().meta({ description: 'One or two sentences of context.' }),
		leaders: z.array(Id).optional().meta({ description: 'Ids of the leaders the event concerns.' }),
		citations: Citations,
		corrections: Corrections
	})
	.meta({ description: 'A dated event drawn on the timeline.' });

export const EventsFile = z
	.strictObject({ $schema: SchemaRef, events: z.array(Event) })
	.meta({ title: 'Events', description: 'Dated events drawn on the timeline.' });

// ---------------------------------------------------------------- meta.json

export const MetaFile = z
	.strictObject({
		$schema: SchemaRef,
		version: z
			.string({ error: 'must be a version in quotes, e.g. "1.2.0"' })
			.regex(/^\d+\.\d+\.\d+$/, {
				error: 'must be a version written MAJOR.MINOR.PATCH, e.g. "1.2.0"'
			})
			.meta({
				description: 'The dataset version, MAJOR.MINOR.PATCH. Bump it with every published change.'
			}),
		updated: DateString.refine((d) => d.length === 10, {
			error: 'must be a full date, "YYYY-MM-DD"'
		}).meta({ description: 'The day this version was published, "YYYY-MM-DD".' }),
		title: PlainText.optional().meta({
			description: 'The dataset name used in "cite this" lines.'
		}),
		license: PlainText.optional().meta({ description: 'The licence the dataset is shared under.' }),
		staleAfterMonths: z
			.number({ error: 'must be a whole number of months, e.g. 36' })
			.int({ error: 'must be a whole number of months, e.g. 36' })
			.min(1, { error: 'must be at least 1 month' })
			.optional()
			.meta({
				description: `How many months a point stays current: at a month more than this after the point's date, the chart draws it faded and says when it was last on record. ${STALE_AFTER_MONTHS} unless set.`
			})
	})
	.meta({ title: 'Dataset meta', description: "The dataset's version and date." });

// ---------------------------------------------------------------- changes.json

const Version = z
	.string({ error: 'must be a version in quotes, e.g. "1.2.0"' })
	.regex(/^\d+\.\d+\.\d+$/, {
		error: 'must be a version written MAJOR.MINOR.PATCH, e.g. "1.2.0"'
	})
	.meta({ description: 'A dataset version, MAJOR.MINOR.PATCH.' });

const FullDate = DateString.refine((d) => d.length === 10, {
	error: 'must be a full date, "YYYY-MM-DD"'
});

const LevelValue = z
	.number({ error: 'must be a level: a whole number from 0 (closed) to 4 (open)' })
	.int({ error: 'must be a level: a whole number from 0 (closed) to 4 (open)' })
	.min(0, { error: 'must be a level: a whole number from 0 (closed) to 4 (open)' })
	.max(4, { error: 'must be a level: a whole number from 0 (closed) to 4 (open)' });

const EvidenceKind = z
	.enum(EVIDENCE_KINDS, { error: `must be one of: ${EVIDENCE_KINDS.join(', ')}` })
	.meta({ description: 'explicit, reported or inferred.' });

const changeBase = {
	version: Version.meta({ description: 'The dataset version that made this change.' }),
	date: FullDate.meta({ description: 'The day the change was published, "YYYY-MM-DD".' }),
	why: PlainText.meta({ description: 'Why it changed: what the record showed, in our words.' })
};
const stanceRef = Id.meta({ description: 'Id of the stance that changed.' });

export const Change = z
	.discriminatedUnion(
		'change',
		[
			z.strictObject({
				...changeBase,
				change: z.literal('level'),
				stance: stanceRef,
				before: LevelValue,
				after: LevelValue
			}),
			z.strictObject({
				...changeBase,
				change: z.literal('date'),
				stance: stanceRef,
				before: DateString.meta({ description: 'The asOf before the change.' }),
				after: DateString.meta({ description: 'The asOf after the change.' })
			}),
			z.strictObject({
				...changeBase,
				change: z.literal('evidence'),
				stance: stanceRef,
				before: EvidenceKind,
				after: EvidenceKind
			}),
			z.strictObject({
				...changeBase,
				change: z.literal('attribution'),
				stance: stanceRef,
				before: PlainText.meta({ description: 'Whose words, from which source, before.' }),
				after: PlainText.meta({ description: 'Whose words, from which source, after.' })
			}),
			z.strictObject({
				...changeBase,
				change: z.literal('removal'),
				stance: Id.meta({ description: 'Id of the stance removed: no longer in the data.' }),
				before: PlainText.meta({
					description: 'What the removed stance said: axis, level, date and evidence.'
				}),
				replacedBy: z
					.array(Id)
					.min(1, { error: 'leave "replacedBy" out rather than empty' })
					.optional()
					.meta({ description: 'Ids of the stances that replace it, if any.' })
			}),
			z.strictObject({
				...changeBase,
				change: z.literal('rubric'),
				axis: AxisId,
				level: LevelValue.meta({ description: 'The level whose rubric sentence changed.' }),
				before: PlainText.meta({ description: 'The rubric sentence before.' }),
				after: PlainText.meta({ description: 'The rubric sentence after.' })
			})
		],
		{ error: `"change" must be one of: ${CHANGE_KINDS.join(', ')}` }
	)
	.meta({ description: 'One correction to published data, with the value before and after.' });

export const Release = z
	.strictObject({
		version: Version.meta({ description: 'The version released.' }),
		date: FullDate.meta({ description: 'The day it was released, "YYYY-MM-DD".' }),
		note: PlainText.meta({
			description: 'What the release brings, in a sentence or two of ours, shown in the feed.'
		})
	})
	.meta({
		description:
			'A released version of the dataset: its files are kept in releases/<version>/ and served at /data/v/<version>/.'
	});

export const ChangesFile = z
	.strictObject({
		$schema: SchemaRef,
		changes: z.array(Change).meta({
			description: 'Every change to a published stance or rubric, oldest first.'
		}),
		releases: z.array(Release).optional().meta({
			description:
				'Every released version, oldest first; written by npm run release, which keeps its files.'
		})
	})
	.meta({
		title: 'Corrections log',
		description:
			'Every change to a published stance (level, date, evidence, attribution, removal) or rubric, with before, after and why.'
	});

// ---------------------------------------------------------------- story/story.json

const MonthString = z
	.string({ error: 'must be a month in quotes: "YYYY-MM"' })
	.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written "YYYY-MM"' })
	.meta({ description: 'A month, "YYYY-MM".' });

/** Words of the story between quotes: plain text that may start or end with a space. */
const Prose = z
	.string({ error: 'must be text in quotes' })
	.refine((s) => s.trim().length > 0, { error: 'must not be empty' })
	.refine((s) => !MARKUP.test(s), { error: 'must be plain text: HTML tags are not allowed' })
	.meta({ description: 'Our own words. Spaces at either end are kept, to sit beside a quote.' });

export const StoryQuote = z
	.strictObject({
		quote: PlainText.meta({
			description:
				"The quoted words, verbatim: the whole or a part of one of the stance's citation quotes."
		}),
		stance: Id.meta({ description: 'Id of the stance whose citation holds these words.' })
	})
	.meta({ description: 'A verbatim quote, shown in quotation marks and linked to its citation.' });

export const Paragraph = z
	.array(z.union([Prose, StoryQuote], { error: 'must be text in quotes or a quote object' }))
	.min(1, { error: 'a paragraph needs at least one piece of text' })
	.meta({
		description:
			'One paragraph: pieces of our own text and quote objects, read in order as one paragraph.'
	});

export const StepChart = z
	.strictObject({
		date: MonthString.meta({ description: 'The month the chart shows, "YYYY-MM".' }),
		from: MonthString.optional().meta({
			description: 'An earlier month to draw movement trails from, on the spectra.'
		}),
		view: z
			.enum(CHART_VIEWS, { error: `must be one of: ${CHART_VIEWS.join(', ')}` })
			.optional()
			.meta({ description: 'Which chart to show: "spectrum" (default), "timelines" or "both".' }),
		axis: AxisId.optional().meta({ description: 'One axis in focus; leave out for all four.' }),
		leaders: z.array(Id).optional().meta({
			description:
				'Leader ids to show, of either role; leave out for the cast (every leader whose role is cast).'
		}),
		references: z
			.literal(true, { error: 'leave "references" out, or set it to true' })
			.optional()
			.meta({
				description:
					'true: show every reference leader too, beside the leaders above, for comparison.'
			}),
		highlight: z.array(Id).optional().meta({
			description: 'Leader ids drawn in full while the others fade.'
		})
	})
	.meta({
		description: 'What the chart shows at this step: the same state /explore keeps in its address.'
	});

/** What the presenter sees beside a slide of the presentation (/present): never projected. */
export const SpeakerNotes = z
	.strictObject({
		points: z
			.array(PlainText, { error: 'must be a list of points, each text in quotes' })
			.min(1, {
				error: 'needs at least one point for the presenter: leave the notes out if there is none'
			})
			.meta({
				description:
					'What the presenter should point out on this slide, one short line each, in our own words: no quotation marks.'
			}),
		question: PlainText.optional().meta({
			description: 'A question to put to the class at this slide.'
		})
	})
	.meta({
		description:
			"Notes for the presenter, shown in the presenter's notes window and never on the projected screen. No quotation marks: only quote objects may quote anyone."
	});

export const StoryStep = z
	.strictObject({
		id: Id.meta({ description: 'A short id for the step, used in its address (#step-<id>).' }),
		title: PlainText.meta({ description: "The step's heading." }),
		body: z
			.array(Paragraph)
			.min(1, { error: 'a step needs at least one paragraph' })
			.meta({ description: "The step's paragraphs." }),
		chart: StepChart,
		annotation: PlainText.optional().meta({
			description: 'One short line shown on the chart, pointing at what to see.'
		}),
		notes: SpeakerNotes.optional().meta({
			description: "The presenter's notes for this step's slide in /present; never projected."
		})
	})
	.meta({ description: 'One step of the story: words, and the chart state they describe.' });

export const Discussion = z
	.strictObject({
		title: PlainText.meta({ description: 'The heading of the closing slide, e.g. "Discuss".' }),
		questions: z
			.array(PlainText, { error: 'must be a list of questions, each text in quotes' })
			.min(1, { error: 'needs at least one question to put to the class' })
			.meta({ description: 'The questions shown on the closing slide, in the order to ask them.' }),
		notes: SpeakerNotes.optional().meta({
			description: "The presenter's notes for the closing slide; never projected."
		})
	})
	.meta({
		description: 'The closing slide of the presentation: questions for the class to discuss.'
	});

/** A quote to score: a stance whose level the reader picks before seeing the dataset's. */
const ScoringItem = {
	stance: Id.meta({
		description:
			"Id of the stance to score. Its first citation in the leader's own words (no speaker) is the quote shown."
	}),
	hint: OwnWords.optional().meta({
		description:
			'A nudge shown on request before the reader picks, in our own words: what to look for, never the answer.'
	})
};

export const StoryCall = z
	.strictObject({
		id: Id.meta({ description: 'A short id for the slide, unique among steps and calls.' }),
		after: Id.meta({ description: 'Id of the step whose slide this one follows.' }),
		...ScoringItem
	})
	.meta({
		description:
			"A Your call slide of /present: the class scores a quote against the rubric, then sees the dataset's level."
	});

export const StoryFile = z
	.strictObject({
		$schema: SchemaRef,
		title: PlainText.meta({ description: "The story's headline." }),
		dek: PlainText.meta({ description: 'The line under the headline: what the story argues.' }),
		published: DateString.meta({ description: 'When this version of the story was published.' }),
		steps: z
			.array(StoryStep)
			.min(1, { error: 'the story needs at least one step' })
			.meta({ description: 'The steps, in reading order.' }),
		opening: SpeakerNotes.optional().meta({
			description: "The presenter's notes for the title slide of /present; never projected."
		}),
		discussion: Discussion.optional().meta({
			description: 'The closing slide of /present, after the last step: questions for the class.'
		}),
		calls: z.array(StoryCall).optional().meta({
			description:
				'Your call slides of /present, each placed after a step; the explainer does not show them.'
		}),
		methodology: z
			.array(Paragraph)
			.min(1, { error: 'say in at least one paragraph how the chart was made' })
			.meta({ description: 'How the chart was made, shown at the end of the story.' })
	})
	.meta({
		title: 'Story',
		description: 'The explainer: its headline, its steps over the chart, and its methodology.'
	});

// ---------------------------------------------------------------- practice.json

export const PracticeItem = z
	.strictObject(ScoringItem)
	.meta({ description: 'One quote of a practice set.' });

export const PracticeSet = z
	.strictObject({
		id: Id.meta({
			description:
				'A short id, used in the address: the first set is /practice, others /practice/<id>.'
		}),
		title: PlainText.meta({ description: "The set's heading." }),
		description: OwnWords.meta({ description: 'Who the set is for and what it practises.' }),
		items: z
			.array(PracticeItem)
			.min(1, { error: 'a set needs at least one quote to score' })
			.meta({ description: 'The quotes, in the order they are asked.' })
	})
	.meta({ description: 'A set of quotes to score, chosen by the editors.' });

export const PracticeFile = z
	.strictObject({
		$schema: SchemaRef,
		sets: z
			.array(PracticeSet)
			.min(1, { error: 'needs at least one set' })
			.meta({ description: 'The practice sets; the first is the one /practice opens.' })
	})
	.meta({
		title: 'Practice',
		description:
			'Quotes for readers and new editors to score themselves at /practice, then compare with the dataset.'
	});

// ---------------------------------------------------------------- types

export type AxisId = z.infer<typeof AxisId>;
export type { EvidenceKind, LeaderRole, SourceKind } from '../vocabulary.ts';
export type Correction = z.infer<typeof Correction>;
export type Level = z.infer<typeof Level>;
export type Axis = z.infer<typeof Axis>;
export type AxesFile = z.infer<typeof AxesFile>;
export type Source = z.infer<typeof Source>;
export type SourcesFile = z.infer<typeof SourcesFile>;
export type Citation = z.infer<typeof Citation>;
export type Stance = z.infer<typeof Stance>;
export type Cause = z.infer<typeof Cause>;
export type Release = z.infer<typeof Release>;
export type Affiliation = z.infer<typeof Affiliation>;
export type LeaderFile = z.infer<typeof LeaderFile>;
export type Event = z.infer<typeof Event>;
export type EventsFile = z.infer<typeof EventsFile>;
export type MetaFile = z.infer<typeof MetaFile>;
export type StoryQuote = z.infer<typeof StoryQuote>;
export type Paragraph = z.infer<typeof Paragraph>;
export type StepChart = z.infer<typeof StepChart>;
export type SpeakerNotes = z.infer<typeof SpeakerNotes>;
export type StoryStep = z.infer<typeof StoryStep>;
export type Discussion = z.infer<typeof Discussion>;
export type StoryFile = z.infer<typeof StoryFile>;
export type StoryCall = z.infer<typeof StoryCall>;
export type PracticeItem = z.infer<typeof PracticeItem>;
export type PracticeSet = z.infer<typeof PracticeSet>;
export type PracticeFile = z.infer<typeof PracticeFile>;
export type Change = z.infer<typeof Change>;
export type { ChangeKind } from '../vocabulary.ts';
export type ChangesFile = z.infer<typeof ChangesFile>;

/** Every kind of data file, the schema that defines it and where its JSON Schema is written. */
export const FILE_KINDS = {
	axes: { schema: AxesFile, jsonSchema: 'axes.schema.json' },
	sources: { schema: SourcesFile, jsonSchema: 'sources.schema.json' },
	leader: { schema: LeaderFile, jsonSchema: 'leader.schema.json' },
	events: { schema: EventsFile, jsonSchema: 'events.schema.json' },
	meta: { schema: MetaFile, jsonSchema: 'meta.schema.json' },
	changes: { schema: ChangesFile, jsonSchema: 'changes.schema.json' },
	story: { schema: StoryFile, jsonSchema: 'story.schema.json' },
	practice: { schema: PracticeFile, jsonSchema: 'practice.schema.json' }
} as const;
export type FileKind = keyof typeof FILE_KINDS;
