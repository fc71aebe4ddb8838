/**
 * What submitting the stance form writes: the leader's file with the stance in place, sources.json
 * with each new source, and (when the editor accepts it) the corrections log's entries for a
 * published stance whose level, date or evidence changed. Pure: it returns the files' new text and
 * a one-line summary, or the problems that stop it; the desk decides where the text goes.
 */
import { asArray, asObject } from '../../data/json-values.ts';
import type { Stance } from '../../data/schema.ts';
import { levelOnScale } from '../../vocabulary.ts';
import { addSource } from './add-source.ts';
import {
	addCorrections,
	correctionFor,
	correctionVersion,
	type StanceCorrection
} from './corrections.ts';
import {
	CHANGES_PATH,
	META_PATH,
	SOURCES_PATH,
	leaderFilePath,
	parseJson,
	readFormData,
	stanceIds,
	type FormData
} from './form-data.ts';
import {
	newSourcesOf,
	sourceFromForm,
	stanceFromForm,
	type StanceFormValues
} from './form-values.ts';
import { movesFrom } from './moves.ts';
import { upsertStance } from './upsert-stance.ts';
import { validateStanceForm, type FieldError } from './validate-form.ts';

/** One file to write: its path, its whole new text, and where the cursor goes in it. */
export interface FileWrite {
	path: string;
	text: string;
	offset?: number;
}

/** The form's situation: the files, and which stance (if any) it edits. */
export interface StanceFormSituation {
	texts: ReadonlyMap<string, string>;
	published: ReadonlyMap<string, string>;
	/** The id of the stance being edited, as it is in the leader's file; undefined for a new one. */
	editing?: string;
	today: string;
}

/** Whether the corrections-log entry is to be written, and why (our words). */
export interface CorrectionChoice {
	accept: boolean;
	why: string;
}

export type StanceWrites =
	| { ok: true; writes: FileWrite[]; summary: string }
	| { ok: false; errors: FieldError[]; unreadable: string[] };

/** The published version of the stance `id` of `leader`, when there is one. */
export function publishedStance(
	published: ReadonlyMap<string, string>,
	leader: string,
	id: string | undefined
): Stance | undefined {
	if (id === undefined) return undefined;
	const text = published.get(leaderFilePath(leader));
	if (text === undefined) return undefined;
	const parsed = parseJson(text);
	if (!parsed.ok) return undefined;
	const found = asArray(asObject(parsed.value)?.stances).find((s) => asObject(s)?.id === id);
	return found as Stance | undefined;
}

/** The version meta.json names in `texts`, '' when it has none or does not parse. */
export function versionIn(texts: ReadonlyMap<string, string>): string {
	const text = texts.get(META_PATH);
	const parsed = text === undefined ? undefined : parseJson(text);
	const version = parsed?.ok ? asObject(parsed.value)?.version : undefined;
	return typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version) ? version : '';
}

/**
 * The corrections-log entries the form offers for the stance as the form has it now, or
 * undefined when there is nothing to offer: a new or unpublished stance, no change of level,
 * date or evidence, or no corrections log in the data.
 */
export function correctionOffer(
	values: StanceFormValues,
	situation: StanceFormSituation,
	why = ''
): { version: string; entries: StanceCorrection[] } | undefined {
	if (!situation.texts.has(CHANGES_PATH)) return undefined;
	const before = publishedStance(situation.published, values.leader, situation.editing);
	if (!before || values.position === null || values.evidence === '') return undefined;
	const publishedVersion = versionIn(situation.published);
	const draftVersion = versionIn(situation.texts) || publishedVersion;
	if (publishedVersion === '') return undefined;
	const version = correctionVersion(draftVersion, publishedVersion);
	const after = {
		id: before.id,
		position: values.position,
		asOf: values.asOf.trim(),
		evidence: values.evidence
	};
	const entries = correctionFor(before, after, version, situation.today, why.trim());
	return entries.length > 0 ? { version, entries } : undefined;
}

/** The form's check context and whether the stance moves its leader, from the data read. */
export function formContext(
	values: StanceFormValues,
	data: FormData,
	situation: StanceFormSituation
) {
	const leader = data.leaders.find((l) => l.id === values.leader);
	const others = (leader?.stances ?? []).filter((s) => s.id !== situation.editing);
	const from = movesFrom(others, values);
	return {
		from,
		context: {
			leaders: new Set(data.leaders.map((l) => l.id)),
			stanceIds: stanceIds(data.leaders, situation.editing),
			sourceIds: new Set(data.sources.map((s) => s.id)),
			moves: from !== undefined,
			today: situation.today
		}
	};
}

function describe(stance: Stance): string {
	return `${stance.axis}, level ${levelOnScale(stance.position)}, ${stance.asOf}, ${stance.evidence}`;
}

/** Everything submitting the form writes, or why it cannot. */
export function stanceWrites(
	values: StanceFormValues,
	situation: StanceFormSituation,
	correction: CorrectionChoice
): StanceWrites {
	const data = readFormData(situation.texts);
	const leaderPath = leaderFilePath(values.leader);
	const newSources = newSourcesOf(values);
	const offer = correctionOffer(values, situation, correction.why);
	const writesCorrection = offer !== undefined && correction.accept;
	const needed = [
		leaderPath,
		...(newSources.length > 0 ? [SOURCES_PATH] : []),
		...(writesCorrection ? [CHANGES_PATH] : [])
	];
	const unreadable = needed.filter((path) => data.unreadable.has(path));
	if (unreadable.length > 0) return { ok: false, errors: [], unreadable };

	const { context } = formContext(values, data, situation);
	const errors = validateStanceForm(values, context);
	const leader = data.leaders.find((l) => l.id === values.leader);
	if (leader && leader.stances === null)
		errors.unshift({ field: 'leader', message: `${leaderPath} has no "stances" list` });
	if (writesCorrection && correction.why.trim() === '')
		errors.push({ field: 'why', message: 'say why the stance changed: readers see it in the log' });
	if (errors.length > 0) return { ok: false, errors, unreadable: [] };

	const stance = stanceFromForm(values, context.moves);
	const written = upsertStance(situation.texts.get(leaderPath)!, stance, situation.editing);
	const writes: FileWrite[] = [{ path: leaderPath, ...written }];
	const name = leader?.name ?? values.leader;
	const parts = [
		situation.editing === undefined
			? `Add stance ${stance.id} to ${name} (${describe(stance)})`
			: `Edit stance ${stance.id} of ${name} (${describe(stance)})`
	];

	if (newSources.length > 0) {
		let text = situation.texts.get(SOURCES_PATH) ?? '';
		let offset = 0;
		for (const source of newSources) ({ text, offset } = addSource(text, sourceFromForm(source)));
		writes.push({ path: SOURCES_PATH, text, offset });
		parts.push(
			`new source${newSources.length > 1 ? 's' : ''} ${newSources.map((s) => s.id.trim()).join(', ')}`
		);
	}
	if (writesCorrection) {
		writes.push({
			path: CHANGES_PATH,
			text: addCorrections(situation.texts.get(CHANGES_PATH)!, offer.entries)
		});
		parts.push(
			`corrections log (${offer.version}): ${offer.entries.map((e) => e.change).join(', ')}`
		);
	}
	return { ok: true, writes, summary: parts.join('; ') };
}
