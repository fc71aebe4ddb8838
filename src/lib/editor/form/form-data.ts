/**
 * What the stance form reads from the data files it is given (published files with the desk's
 * drafts over them), read defensively: the editor may be mid-typing in any of them. A file that is
 * not JSON is named in `unreadable` and contributes nothing; a field of the wrong shape is skipped.
 */
import { asArray, asObject } from '../../data/json-values.ts';
import type { AxisId, EvidenceKind, SourceKind } from '../../vocabulary.ts';
import { AXIS_IDS } from '../../vocabulary.ts';

export const SOURCES_PATH = 'data/sources.json';
export const AXES_PATH = 'data/axes.json';
export const CHANGES_PATH = 'data/changes.json';
export const META_PATH = 'data/meta.json';
const LEADER_FILE = /^data\/leaders\/([a-z0-9-]+)\.json$/;

/** The path of a leader's file. */
export function leaderFilePath(id: string): string {
	return `data/leaders/${id}.json`;
}

/** A stance as the form lists it: enough to choose it, place it and tell whether it moves. */
export interface StanceSummary {
	id: string;
	axis: string;
	asOf: string;
	position: number | undefined;
	evidence: EvidenceKind | string;
	/** The stance as it is in the file. */
	raw: unknown;
}

export interface LeaderEntry {
	id: string;
	path: string;
	/** Their name; the id while their file does not parse. */
	name: string;
	shortName?: string;
	/** Null when the file does not parse or has no `stances` list. */
	stances: StanceSummary[] | null;
}

export interface SourceEntry {
	id: string;
	kind: SourceKind | string;
	outlet: string;
	title: string;
	date: string;
	hasUrl: boolean;
}

export interface LevelEntry {
	value: number;
	label: string;
	rubric: string;
}

export interface FormData {
	leaders: LeaderEntry[];
	sources: SourceEntry[];
	/** Each axis's label and levels, by id (only the axes axes.json gives). */
	axes: Map<AxisId, { label: string; levels: LevelEntry[] }>;
	/** Paths of the files that are not JSON, with the parser's message. */
	unreadable: Map<string, string>;
}

/** The JSON in `text`, or the parser's message. */
export function parseJson(
	text: string
): { ok: true; value: unknown } | { ok: false; message: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function readStance(raw: unknown): StanceSummary | undefined {
	const object = asObject(raw);
	if (!object || typeof object.id !== 'string') return undefined;
	return {
		id: object.id,
		axis: text(object.axis),
		asOf: text(object.asOf),
		position: typeof object.position === 'number' ? object.position : undefined,
		evidence: text(object.evidence),
		raw
	};
}

type Parsed = ReturnType<typeof parseJson>;

/**
 * Parses each file's text once: the form rereads the files on every change of a draft, and only
 * the draft changed. Keeps the last text of each path and what it parsed to.
 */
export class JsonCache {
	readonly #last = new Map<string, { text: string; parsed: Parsed }>();

	parse(path: string, text: string): Parsed {
		const last = this.#last.get(path);
		if (last && last.text === text) return last.parsed;
		const parsed = parseJson(text);
		this.#last.set(path, { text, parsed });
		return parsed;
	}
}

/** Reads every file the form needs from `texts` (path → text). */
export function readFormData(
	texts: ReadonlyMap<string, string>,
	cache: JsonCache = new JsonCache()
): FormData {
	const unreadable = new Map<string, string>();
	const read = (path: string): unknown => {
		const source = texts.get(path);
		if (source === undefined) return undefined;
		const parsed = cache.parse(path, source);
		if (parsed.ok) return parsed.value;
		unreadable.set(path, parsed.message);
		return undefined;
	};

	const leaders: LeaderEntry[] = [];
	for (const path of [...texts.keys()].sort()) {
		const id = LEADER_FILE.exec(path)?.[1];
		if (id === undefined) continue;
		const file = asObject(read(path));
		const stances = Array.isArray(file?.stances)
			? asArray(file.stances).flatMap((s) => readStance(s) ?? [])
			: null;
		const shortName = text(file?.shortName);
		leaders.push({
			id,
			path,
			name: text(file?.name) || id,
			...(shortName ? { shortName } : {}),
			stances
		});
	}
	leaders.sort((a, b) => a.name.localeCompare(b.name));

	const sources = asArray(asObject(read(SOURCES_PATH))?.sources).flatMap((raw) => {
		const s = asObject(raw);
		if (!s || typeof s.id !== 'string') return [];
		return [
			{
				id: s.id,
				kind: text(s.kind),
				outlet: text(s.outlet),
				title: text(s.title),
				date: text(s.date),
				hasUrl: typeof s.url === 'string'
			}
		];
	});

	const axes = new Map<AxisId, { label: string; levels: LevelEntry[] }>();
	for (const raw of asArray(asObject(read(AXES_PATH))?.axes)) {
		const axis = asObject(raw);
		const id = AXIS_IDS.find((a) => a === axis?.id);
		if (!axis || !id) continue;
		const levels = asArray(axis.levels).flatMap((l) => {
			const level = asObject(l);
			return level && typeof level.value === 'number'
				? [{ value: level.value, label: text(level.label), rubric: text(level.rubric) }]
				: [];
		});
		axes.set(id, { label: text(axis.label) || id, levels });
	}
	// Read here so a syntax error in either is reported before the form tries to write it.
	read(CHANGES_PATH);
	read(META_PATH);
	return { leaders, sources, axes, unreadable };
}

/** Every stance id in the data, but `except` (the stance being edited). */
export function stanceIds(leaders: readonly LeaderEntry[], except?: string): Set<string> {
	const ids = new Set<string>();
	for (const leader of leaders)
		for (const stance of leader.stances ?? []) if (stance.id !== except) ids.add(stance.id);
	return ids;
}
