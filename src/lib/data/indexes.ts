/**
 * The lookups the rules that span files are built on: axes with their levels and sources with
 * what citations need of them, each id checked for duplicates on the way.
 */
import { asArray, asObject, hasOwn } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { Place, Report } from './report.ts';
import type { RuleContext } from './rule-context.ts';

export interface SourceInfo {
	place: Place;
	hasUrl: boolean;
	date?: string;
}

/** Reports a duplicate id at its second occurrence, naming the first. */
export function unique(
	report: Report,
	seen: Map<string, Place>,
	what: string,
	file: LoadedFile,
	at: JsonPath,
	id: string | undefined
): boolean {
	if (id === undefined) return false;
	const first = seen.get(id);
	if (first) {
		report.error(file, at, `duplicate ${what} id "${id}"`, first);
		return false;
	}
	seen.set(id, { file: file.path, at });
	return true;
}

/** Axis id → its level values; undefined when axes.json could not be read (checks skipped). */
export function indexAxes(
	ctx: RuleContext,
	files: LoadedFile[]
): Map<string, Set<number>> | undefined {
	if (files.length === 0 || ctx.unreadable.has('axes')) return undefined;
	const axes = new Map<string, Set<number>>();
	const seen = new Map<string, Place>();
	for (const file of files) {
		asArray(asObject(file.data)?.axes).forEach((raw, i) => {
			const axis = asObject(raw);
			const id = file.string(['axes', i, 'id'], axis?.id);
			if (
				!axis ||
				!unique(ctx.report, seen, 'axis', file, ['axes', i, 'id'], id) ||
				id === undefined
			)
				return;
			const levels = new Set<number>();
			asArray(axis.levels).forEach((level, j) => {
				const value = asObject(level)?.value;
				if (typeof value === 'number' && file.isClean(['axes', i, 'levels', j, 'value']))
					levels.add(value);
			});
			axes.set(id, levels);
		});
	}
	return axes;
}

/** Source id → what references need; undefined when sources.json could not be read. */
export function indexSources(
	ctx: RuleContext,
	files: LoadedFile[]
): Map<string, SourceInfo> | undefined {
	if (files.length === 0 || ctx.unreadable.has('sources')) return undefined;
	const sources = new Map<string, SourceInfo>();
	const seen = new Map<string, Place>();
	for (const file of files) {
		asArray(asObject(file.data)?.sources).forEach((raw, i) => {
			const source = asObject(raw);
			const at = ['sources', i, 'id'];
			const id = file.string(at, source?.id);
			if (!source || !unique(ctx.report, seen, 'source', file, at, id) || id === undefined) return;
			const date = file.string(['sources', i, 'date'], source.date);
			// A url zod rejected still counts as present: the url error says what to fix.
			sources.set(id, {
				place: { file: file.path, at },
				hasUrl: hasOwn(source, 'url'),
				...(date ? { date } : {})
			});
		});
	}
	return sources;
}
