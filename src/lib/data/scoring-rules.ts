/**
 * The rules for quotes a reader scores: the practice sets (practice.json) and the story's Your call
 * slides (story.json `calls`). Each names a stance that exists and has a quote in the leader's own
 * words to show; a set asks each stance once; a call follows a step of the story, and its id is
 * unique among the steps and calls. Values zod rejected are skipped, as in the other rules.
 */
import { unique } from './indexes.ts';
import { asArray, asObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { Place } from './report.ts';
import type { RuleContext } from './rule-context.ts';
import { stancesById, type RawStance } from './stances-by-id.ts';
import { didYouMeanId } from './suggest.ts';

export function checkScoring(ctx: RuleContext): void {
	// A leader file that could not be read would make its stances look unknown.
	const stances = ctx.unreadable.has('leader') ? undefined : stancesById(ctx);
	for (const file of ctx.loaded) {
		if (file.kind === 'practice') checkPracticeFile(ctx, file, stances);
		if (file.kind === 'story') checkCalls(ctx, file, stances);
	}
}

function checkPracticeFile(
	ctx: RuleContext,
	file: LoadedFile,
	stances: Map<string, RawStance> | undefined
): void {
	const setIds = new Map<string, Place>();
	asArray(asObject(file.data)?.sets).forEach((raw, i) => {
		const set = asObject(raw);
		if (!set) return;
		unique(
			ctx.report,
			setIds,
			'set',
			file,
			['sets', i, 'id'],
			file.string(['sets', i, 'id'], set.id)
		);
		const asked = new Map<string, Place>();
		asArray(set.items).forEach((item, j) => {
			const at: JsonPath = ['sets', i, 'items', j, 'stance'];
			const id = file.string(at, asObject(item)?.stance);
			if (id === undefined) return;
			const first = asked.get(id);
			if (first) return ctx.report.error(file, at, `stance "${id}" is already in this set`, first);
			asked.set(id, { file: file.path, at });
			checkScorable(ctx, file, at, id, stances);
		});
	});
}

function checkCalls(
	ctx: RuleContext,
	file: LoadedFile,
	stances: Map<string, RawStance> | undefined
): void {
	const root = asObject(file.data);
	const ids = new Map<string, Place>();
	const stepIds = new Set<string>();
	asArray(root?.steps).forEach((step, i) => {
		const id = file.string(['steps', i, 'id'], asObject(step)?.id);
		if (id === undefined) return;
		stepIds.add(id);
		ids.set(id, { file: file.path, at: ['steps', i, 'id'] });
	});
	asArray(root?.calls).forEach((raw, i) => {
		const call = asObject(raw);
		if (!call) return;
		const at: JsonPath = ['calls', i];
		unique(
			ctx.report,
			ids,
			'step or call',
			file,
			[...at, 'id'],
			file.string([...at, 'id'], call.id)
		);
		const after = file.string([...at, 'after'], call.after);
		if (after !== undefined && !stepIds.has(after))
			ctx.report.error(
				file,
				[...at, 'after'],
				`unknown step "${after}"${didYouMeanId(after, stepIds)}: a call follows a step of the story`
			);
		const stance = file.string([...at, 'stance'], call.stance);
		if (stance !== undefined) checkScorable(ctx, file, [...at, 'stance'], stance, stances);
	});
}

/** The stance exists, and one of its citations is in the leader's own words: the quote to score. */
function checkScorable(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	id: string,
	stances: Map<string, RawStance> | undefined
): void {
	if (!stances) return;
	const found = stances.get(id);
	if (!found) {
		ctx.report.error(file, at, `unknown stance "${id}"${didYouMeanId(id, stances.keys())}`);
		return;
	}
	const own = asArray(found.stance.citations).some((c) => {
		const citation = asObject(c);
		return typeof citation?.quote === 'string' && citation.speaker === undefined;
	});
	if (!own)
		ctx.report.error(
			file,
			at,
			`stance "${id}" has no quote in the leader's own words to score: every citation names another speaker`
		);
}
