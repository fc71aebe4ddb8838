/**
 * The rules the corrections log (changes.json) meets against the rest of the dataset:
 *
 * - every entry names a stance that exists (a removal names one that no longer does, and the
 *   stances that replace it exist), or an axis level that exists;
 * - its before differs from its after;
 * - its version is not later than meta.json's, and its date not in the future;
 * - the newest entry for a stance's level, date or evidence, or a level's rubric, ends at the value
 *   the data holds now: a change made to the data without its entry, or an entry that says
 *   something else than the data, is caught;
 * - releases are listed oldest first, once each, none later than meta.json's version, none dated
 *   in the future.
 *
 * Values zod rejected are skipped, as in the other rules.
 */
import { checkNotFuture } from './file-rules.ts';
import { asArray, asObject, type JsonObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { RuleContext } from './rule-context.ts';
import { stancesById } from './stances-by-id.ts';
import { didYouMeanId } from './suggest.ts';
import { compareVersions } from './versions.ts';

/** The fields of a stance the log follows, as the leader files hold them now. */
interface StanceNow {
	level: unknown;
	date: unknown;
	evidence: unknown;
}

function currentStances(ctx: RuleContext): Map<string, StanceNow> {
	const now = new Map<string, StanceNow>();
	for (const [id, { stance }] of stancesById(ctx))
		now.set(id, { level: stance.position, date: stance.asOf, evidence: stance.evidence });
	return now;
}

/** "weights 2" → the rubric sentence axes.json holds now. */
function currentRubrics(ctx: RuleContext): Map<string, unknown> {
	const rubrics = new Map<string, unknown>();
	for (const file of ctx.loaded) {
		if (file.kind !== 'axes') continue;
		for (const raw of asArray(asObject(file.data)?.axes)) {
			const axis = asObject(raw);
			for (const level of asArray(axis?.levels)) {
				const l = asObject(level);
				if (typeof axis?.id === 'string' && typeof l?.value === 'number')
					rubrics.set(`${axis.id} ${l.value}`, l.rubric);
			}
		}
	}
	return rubrics;
}

function metaVersion(ctx: RuleContext): string | undefined {
	const meta = ctx.loaded.find((f) => f.kind === 'meta');
	return meta?.string(['version'], asObject(meta.data)?.version);
}

const FIELD_OF: Record<string, keyof StanceNow | undefined> = {
	level: 'level',
	date: 'date',
	evidence: 'evidence'
};

export function checkChanges(ctx: RuleContext): void {
	const file = ctx.loaded.find((f) => f.kind === 'changes');
	if (!file) return;
	// With a leader or axes file unreadable, every stance or level it holds would look unknown.
	const stances = ctx.unreadable.has('leader') ? undefined : currentStances(ctx);
	const rubrics = ctx.unreadable.has('axes') ? undefined : currentRubrics(ctx);
	const version = metaVersion(ctx);
	/** The newest entry per followed value ("stance id level", "rubric weights 2"), in file order. */
	const newest = new Map<string, { at: JsonPath; entry: JsonObject; now: unknown }>();

	checkReleases(ctx, file, version);
	asArray(asObject(file.data)?.changes).forEach((raw, i) => {
		const entry = asObject(raw);
		const at: JsonPath = ['changes', i];
		if (!entry || !file.isClean([...at, 'change'])) return;
		checkNotFuture(ctx, file, [...at, 'date'], entry.date);
		const entryVersion = file.string([...at, 'version'], entry.version);
		if (entryVersion !== undefined && version !== undefined) {
			if (compareVersions(entryVersion, version) > 0)
				ctx.report.error(
					file,
					[...at, 'version'],
					`version ${entryVersion} is later than the dataset's version ${version} (meta.json)`
				);
		}
		if (
			file.isClean([...at, 'before']) &&
			file.isClean([...at, 'after']) &&
			entry.before !== undefined &&
			entry.before === entry.after
		)
			ctx.report.error(
				file,
				[...at, 'after'],
				`"after" equals "before" (${JSON.stringify(entry.before)}): a correction must change something`
			);

		if (entry.change === 'rubric') {
			checkRubricEntry(ctx, file, at, entry, rubrics, newest);
			return;
		}
		if (!stances) return;
		const id = file.string([...at, 'stance'], entry.stance);
		if (id === undefined) return;
		const stance = stances.get(id);
		if (entry.change === 'removal') {
			if (stance)
				ctx.report.error(
					file,
					[...at, 'stance'],
					`stance "${id}" is still in the data: a removal names a stance that no longer exists`
				);
			asArray(entry.replacedBy).forEach((value, j) => {
				const by = file.string([...at, 'replacedBy', j], value);
				if (by !== undefined && !stances.has(by))
					ctx.report.error(
						file,
						[...at, 'replacedBy', j],
						`unknown stance "${by}"${didYouMeanId(by, stances.keys())}`
					);
			});
			return;
		}
		if (!stance) {
			ctx.report.error(
				file,
				[...at, 'stance'],
				`unknown stance "${id}"${didYouMeanId(id, stances.keys())}: a correction must name a stance in the data (a removed one is recorded with "change": "removal")`
			);
			return;
		}
		const field = FIELD_OF[String(entry.change)];
		if (field && file.isClean([...at, 'after']))
			newest.set(`${id} ${field}`, { at, entry, now: stance[field] });
	});

	for (const { at, entry, now } of newest.values()) {
		if (now !== undefined && entry.after !== now) {
			const what =
				entry.change === 'rubric' ? 'the rubric in axes.json' : `the stance's ${entry.change}`;
			ctx.report.error(
				file,
				[...at, 'after'],
				`the newest correction ends at ${JSON.stringify(entry.after)}, but ${what} is ${JSON.stringify(now)}: record the change that led there`
			);
		}
	}
}

function checkRubricEntry(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	entry: JsonObject,
	rubrics: Map<string, unknown> | undefined,
	newest: Map<string, { at: JsonPath; entry: JsonObject; now: unknown }>
): void {
	if (!rubrics) return;
	const axis = file.string([...at, 'axis'], entry.axis);
	const level = entry.level;
	if (axis === undefined || typeof level !== 'number' || !file.isClean([...at, 'level'])) return;
	const key = `${axis} ${level}`;
	if (!rubrics.has(key)) {
		ctx.report.error(file, [...at, 'level'], `axis "${axis}" has no level ${level} in axes.json`);
		return;
	}
	if (file.isClean([...at, 'after']))
		newest.set(`rubric ${key}`, { at, entry, now: rubrics.get(key) });
}

/** Releases oldest first, once each, not after meta.json's version, not dated in the future. */
function checkReleases(ctx: RuleContext, file: LoadedFile, version: string | undefined): void {
	let previous: string | undefined;
	asArray(asObject(file.data)?.releases).forEach((raw, i) => {
		const release = asObject(raw);
		const at: JsonPath = ['releases', i];
		if (!release) return;
		checkNotFuture(ctx, file, [...at, 'date'], release.date);
		const released = file.string([...at, 'version'], release.version);
		if (released === undefined) return;
		if (previous !== undefined && compareVersions(released, previous) <= 0)
			ctx.report.error(
				file,
				[...at, 'version'],
				`release ${released} comes after ${previous}: list releases once each, oldest first`
			);
		else if (version !== undefined && compareVersions(released, version) > 0)
			ctx.report.error(
				file,
				[...at, 'version'],
				`release ${released} is later than the dataset's version ${version} (meta.json)`
			);
		previous = released;
	});
}
