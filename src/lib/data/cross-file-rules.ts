/**
 * The rules that span files, over the raw JSON, value by value: ids unique across files, stances
 * on known axes and levels, events naming known leaders, dates not in the future, citations and
 * corrections naming known sources, every source cited. Values zod rejected are skipped (their
 * error says what to fix), so one mistake is reported once.
 */
import { isFuture } from './dates.ts';
import { leaderIdOf } from './data-paths.ts';
import {
	checkAsOfAgainstSources,
	checkCitations,
	checkSourceExists,
	warnUncited,
	type Reference
} from './citation-rules.ts';
import { checkNotFuture } from './file-rules.ts';
import { indexAxes, indexSources, unique } from './indexes.ts';
import { asArray, asObject, type JsonObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { Place } from './report.ts';
import type { RuleContext } from './rule-context.ts';
import type { FileKind } from './schema.ts';
import { didYouMean, didYouMeanId } from './suggest.ts';

/** The rules that span files. Lookups are built once; each value is visited once. */
export function checkReferences(ctx: RuleContext): void {
	const { report, today, leaderIds } = ctx;
	const byKind = (kind: FileKind) => ctx.loaded.filter((f) => f.kind === kind);
	const axes = indexAxes(ctx, byKind('axes'));
	const sources = indexSources(ctx, byKind('sources'));

	const citations: Reference[] = [];
	const corrections: Reference[] = [];
	const collect = (file: LoadedFile, at: JsonPath, owner: JsonObject) => {
		asArray(owner.citations).forEach((raw, i) => {
			const object = asObject(raw);
			if (object) citations.push({ file, at: [...at, 'citations', i], object });
		});
		asArray(owner.corrections).forEach((raw, i) => {
			const object = asObject(raw);
			if (object) corrections.push({ file, at: [...at, 'corrections', i], object });
		});
	};

	for (const file of byKind('sources')) {
		asArray(asObject(file.data)?.sources).forEach((raw, i) => {
			const source = asObject(raw);
			if (!source) return;
			const at = ['sources', i];
			checkNotFuture(ctx, file, [...at, 'date'], source.date);
			checkNotFuture(ctx, file, [...at, 'accessed'], source.accessed);
			collect(file, at, source);
		});
	}

	const stanceIds = new Map<string, Place>();
	for (const file of byKind('leader')) {
		const leader = leaderIdOf(file.path);
		const onAxisAt = new Map<string, Place>();
		asArray(asObject(file.data)?.stances).forEach((raw, i) => {
			const stance = asObject(raw);
			if (!stance) return;
			const at = ['stances', i];
			unique(
				report,
				stanceIds,
				'stance',
				file,
				[...at, 'id'],
				file.string([...at, 'id'], stance.id)
			);
			const axis = file.string([...at, 'axis'], stance.axis);
			const asOf = checkNotFuture(ctx, file, [...at, 'asOf'], stance.asOf);
			const position = stance.position;
			if (axis !== undefined && axes) {
				const levels = axes.get(axis);
				if (!levels) {
					report.error(
						file,
						[...at, 'axis'],
						`unknown axis "${axis}"${didYouMean(axis, axes.keys(), 2)}`
					);
				} else if (
					typeof position === 'number' &&
					file.isClean([...at, 'position']) &&
					!levels.has(position)
				) {
					const list = [...levels].sort((a, b) => a - b).join(', ');
					report.error(
						file,
						[...at, 'position'],
						`position ${position} is not a level of axis "${axis}" (levels: ${list})`
					);
				}
			}
			if (axis !== undefined && asOf !== undefined) {
				const slot = `${axis}\u0001${asOf}`;
				const first = onAxisAt.get(slot);
				if (first)
					report.error(
						file,
						[...at, 'asOf'],
						`two stances of "${leader}" on axis "${axis}" share asOf ${asOf}`,
						first
					);
				else onAxisAt.set(slot, { file: file.path, at: [...at, 'asOf'] });
			}
			if (asOf !== undefined && !isFuture(asOf, today) && sources)
				checkAsOfAgainstSources(ctx, file, at, stance, asOf, sources);
			collect(file, at, stance);
		});
	}

	const eventIds = new Map<string, Place>();
	for (const file of byKind('events')) {
		asArray(asObject(file.data)?.events).forEach((raw, i) => {
			const event = asObject(raw);
			if (!event) return;
			const at = ['events', i];
			unique(report, eventIds, 'event', file, [...at, 'id'], file.string([...at, 'id'], event.id));
			checkNotFuture(ctx, file, [...at, 'date'], event.date);
			asArray(event.leaders).forEach((value, j) => {
				const leader = file.string([...at, 'leaders', j], value);
				if (leader !== undefined && !leaderIds.has(leader)) {
					report.error(
						file,
						[...at, 'leaders', j],
						`unknown leader "${leader}"${didYouMeanId(leader, leaderIds)}`
					);
				}
			});
			collect(file, at, event);
		});
	}

	checkCitations(ctx, citations, sources);
	for (const { file, at, object } of corrections) {
		checkSourceExists(ctx, file, [...at, 'source'], object.source, sources);
	}
	warnUncited(ctx, citations, corrections, sources);
}
