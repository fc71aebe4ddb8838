/**
 * The rules the story (story/story.json) meets against the rest of the dataset: every quote is
 * verbatim from the stance it links to, every leader a step names exists, and each step's months
 * are in order and not in the future, and our own words (the story's text, the presentation's
 * notes and closing questions) quote no one. Values zod rejected are skipped, as in the other rules.
 */
import { checkNotFuture } from './file-rules.ts';
import { unique } from './indexes.ts';
import { asArray, asObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { Place } from './report.ts';
import type { RuleContext } from './rule-context.ts';
import { stancesById } from './stances-by-id.ts';
import { didYouMeanId } from './suggest.ts';
import { QUOTATION_MARKS } from './schema.ts';

/** Stance id → the quotes of its citations, read from the leader files as they are. */
function stanceQuotes(ctx: RuleContext): Map<string, string[]> {
	const quotes = new Map<string, string[]>();
	for (const [id, { file, index, stance }] of stancesById(ctx)) {
		const said = asArray(stance.citations).flatMap((c, j) => {
			const quote = file.string(['stances', index, 'citations', j, 'quote'], asObject(c)?.quote);
			return quote === undefined ? [] : [quote];
		});
		quotes.set(id, said);
	}
	return quotes;
}

export function checkStory(ctx: RuleContext): void {
	const story = ctx.loaded.find((f) => f.kind === 'story');
	if (!story) return;
	// A leader file that could not be read would make every quote of its stances look unknown.
	const quotes = ctx.unreadable.has('leader') ? undefined : stanceQuotes(ctx);
	const root = asObject(story.data);
	const stepIds = new Map<string, Place>();
	asArray(root?.steps).forEach((raw, i) => {
		const step = asObject(raw);
		if (!step) return;
		const at: JsonPath = ['steps', i];
		unique(ctx.report, stepIds, 'step', story, [...at, 'id'], story.string([...at, 'id'], step.id));
		checkStepChart(ctx, story, [...at, 'chart'], asObject(step.chart));
		asArray(step.body).forEach((paragraph, j) =>
			checkParagraph(ctx, story, [...at, 'body', j], paragraph, quotes)
		);
		checkNotes(ctx, story, [...at, 'notes'], step.notes);
	});
	checkNotes(ctx, story, ['opening'], root?.opening);
	const discussion = asObject(root?.discussion);
	if (discussion) {
		checkUnquoted(ctx, story, ['discussion', 'title'], discussion.title);
		asArray(discussion.questions).forEach((question, j) =>
			checkUnquoted(ctx, story, ['discussion', 'questions', j], question)
		);
		checkNotes(ctx, story, ['discussion', 'notes'], discussion.notes);
	}
	asArray(root?.methodology).forEach((paragraph, j) =>
		checkParagraph(ctx, story, ['methodology', j], paragraph, quotes)
	);
	checkNotFuture(ctx, story, ['published'], root?.published);
}

function checkStepChart(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	chart: Record<string, unknown> | undefined
): void {
	if (!chart) return;
	const date = checkNotFuture(ctx, file, [...at, 'date'], chart.date);
	const from = checkNotFuture(ctx, file, [...at, 'from'], chart.from);
	if (date !== undefined && from !== undefined && from >= date)
		ctx.report.error(file, [...at, 'from'], `from ${from} must be before date ${date}`);

	// Who the step shows: the leaders it names, or else the cast; and every reference leader too
	// when it says so. A leader whose file could not be read counts as shown (no second error).
	const references = referenceLeaders(ctx);
	const named = new Set<string>();
	asArray(chart.leaders).forEach((value, j) => {
		const leader = file.string([...at, 'leaders', j], value);
		if (leader === undefined) return;
		if (!ctx.leaderIds.has(leader))
			ctx.report.error(
				file,
				[...at, 'leaders', j],
				`unknown leader "${leader}"${didYouMeanId(leader, ctx.leaderIds)}`
			);
		else named.add(leader);
	});
	const isShown = (leader: string) =>
		named.size > 0
			? named.has(leader) || (chart.references === true && references.has(leader))
			: chart.references === true || !references.has(leader);
	asArray(chart.highlight).forEach((value, j) => {
		const leader = file.string([...at, 'highlight', j], value);
		if (leader === undefined) return;
		if (!ctx.leaderIds.has(leader))
			ctx.report.error(
				file,
				[...at, 'highlight', j],
				`unknown leader "${leader}"${didYouMeanId(leader, ctx.leaderIds)}`
			);
		else if (!isShown(leader))
			ctx.report.error(
				file,
				[...at, 'highlight', j],
				references.has(leader) && named.size === 0
					? `"${leader}" is highlighted but is a reference leader, and this step shows the cast: add "references": true, or name the leaders to show`
					: `"${leader}" is highlighted but not among the leaders this step shows`
			);
	});
}

/** Ids of the leaders whose file says they are a reference (not the cast). */
function referenceLeaders(ctx: RuleContext): Set<string> {
	const ids = new Set<string>();
	for (const file of ctx.loaded) {
		if (file.kind !== 'leader') continue;
		const root = asObject(file.data);
		const id = file.string(['id'], root?.id);
		if (id !== undefined && root?.role === 'reference') ids.add(id);
	}
	return ids;
}

function checkParagraph(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	paragraph: unknown,
	quotes: Map<string, string[]> | undefined
): void {
	asArray(paragraph).forEach((raw, k) => {
		// Our own words quote no one: a quotation mark in them would pass off a paraphrase as a quote.
		if (typeof raw === 'string') return checkUnquoted(ctx, file, [...at, k], raw);
		const segment = asObject(raw);
		if (!segment || !quotes) return;
		const stance = file.string([...at, k, 'stance'], segment.stance);
		const quote = file.string([...at, k, 'quote'], segment.quote);
		if (stance === undefined) return;
		const said = quotes.get(stance);
		if (!said) {
			ctx.report.error(
				file,
				[...at, k, 'stance'],
				`unknown stance "${stance}"${didYouMeanId(stance, quotes.keys())}`
			);
		} else if (quote !== undefined && !said.some((s) => s.includes(quote))) {
			ctx.report.error(
				file,
				[...at, k, 'quote'],
				`these words are not in any quote of stance "${stance}": quote its citations word for word`
			);
		}
	});
}

/** The presenter's notes (points and question): our own words, so they quote no one. */
function checkNotes(ctx: RuleContext, file: LoadedFile, at: JsonPath, notes: unknown): void {
	const object = asObject(notes);
	if (!object) return;
	asArray(object.points).forEach((point, j) =>
		checkUnquoted(ctx, file, [...at, 'points', j], point)
	);
	checkUnquoted(ctx, file, [...at, 'question'], object.question);
}

/**
 * Words of ours that are not a quote object carry no quotation marks: quotation marks around
 * words say someone said them, and only a quote object is checked against its citation.
 */
function checkUnquoted(ctx: RuleContext, file: LoadedFile, at: JsonPath, value: unknown): void {
	const text = file.string(at, value);
	if (text !== undefined && QUOTATION_MARKS.test(text))
		ctx.report.error(
			file,
			at,
			'must not contain quotation marks: only quote objects may quote anyone'
		);
}
