/**
 * The rules about what citations and corrections point at: every source they name exists, a
 * quote without a verified URL says where it was read, a stance is not dated after all its
 * evidence, and every source is cited somewhere.
 */
import { endOf, startOf } from './dates.ts';
import type { SourceInfo } from './indexes.ts';
import { asArray, asObject, hasOwn, type JsonObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { RuleContext } from './rule-context.ts';
import { didYouMeanId } from './suggest.ts';

/** A citation or correction found anywhere, with the file it is in. */
export interface Reference {
	file: LoadedFile;
	at: JsonPath;
	object: JsonObject;
}

export function checkSourceExists(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	value: unknown,
	sources: Map<string, SourceInfo> | undefined
): SourceInfo | undefined {
	const id = file.string(at, value);
	if (id === undefined || !sources) return undefined;
	const source = sources.get(id);
	if (!source)
		ctx.report.error(file, at, `unknown source "${id}"${didYouMeanId(id, sources.keys())}`);
	return source;
}

export function checkCitations(
	ctx: RuleContext,
	citations: Reference[],
	sources: Map<string, SourceInfo> | undefined
): void {
	// A source that some citation reads quotes in may itself be cited directly without a URL:
	// it is the secondary source the dataset relies on (the seed essay, for instance).
	const usedAsVia = new Set<string>();
	for (const { file, at, object } of citations) {
		const via = file.string([...at, 'via'], object.via);
		if (via !== undefined) usedAsVia.add(via);
	}
	for (const { file, at, object } of citations) {
		const sourceId = file.string([...at, 'source'], object.source);
		const source = checkSourceExists(ctx, file, [...at, 'source'], object.source, sources);
		if (hasOwn(object, 'via')) checkSourceExists(ctx, file, [...at, 'via'], object.via, sources);
		if (sourceId !== undefined && object.via === sourceId && file.isClean([...at, 'via'])) {
			ctx.report.error(file, [...at, 'via'], `"via" must name a different source than "source"`);
		}
		if (
			source &&
			!source.hasUrl &&
			!hasOwn(object, 'via') &&
			sourceId !== undefined &&
			!usedAsVia.has(sourceId)
		) {
			ctx.report.error(
				file,
				[...at, 'source'],
				`source "${sourceId}" has no verified URL: add "via" naming the source the quote was read in`
			);
		}
	}
}

/** Warns when a stance is dated after everything it cites: its evidence cannot show it yet. */
export function checkAsOfAgainstSources(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	stance: JsonObject,
	asOf: string,
	sources: Map<string, SourceInfo>
): void {
	const dates: string[] = [];
	const citations = asArray(stance.citations);
	for (let i = 0; i < citations.length; i++) {
		const id = file.string([...at, 'citations', i, 'source'], asObject(citations[i])?.source);
		const date = id === undefined ? undefined : sources.get(id)?.date;
		if (date === undefined) return; // an unresolved citation is an error of its own
		dates.push(date);
	}
	if (dates.length > 0 && dates.every((date) => startOf(asOf) > endOf(date))) {
		ctx.report.warning(file, [...at, 'asOf'], `asOf ${asOf} is after every cited source's date`);
	}
}

export function warnUncited(
	ctx: RuleContext,
	citations: Reference[],
	corrections: Reference[],
	sources: Map<string, SourceInfo> | undefined
): void {
	// With a leader or events file unreadable, every source it cites would look uncited.
	if (!sources || ctx.unreadable.has('leader') || ctx.unreadable.has('events')) return;
	const used = new Set<unknown>();
	for (const { object } of citations) {
		used.add(object.source);
		used.add(object.via);
	}
	for (const { object } of corrections) used.add(object.source);
	for (const [id, { place }] of sources) {
		if (!used.has(id)) {
			ctx.report.add({
				...place,
				target: 'value',
				severity: 'warning',
				message: `source "${id}" is not cited by any stance or event`
			});
		}
	}
}
