/**
 * The dataset validator: every rule the data contract states, checked over all files at once.
 *
 * 1. Each file is read as strict JSON; a file with syntax errors reports them and is left out.
 * 2. Each file is checked against its zod schema (schema.ts); zod's issues become one-line messages.
 * 3. The rules that span files (ids, references, dates, duplicates) run over the raw JSON, value by
 *    value, skipping only the values zod already rejected: a bad position in one stance never
 *    hides an unknown source in another, and no value is reported twice for one mistake.
 *
 * Every problem carries the file, the line and column of the offending value and its JSON path,
 * so an editor (or a terminal) can jump to it. Positions are only computed for problems, so a
 * valid dataset is never parsed twice.
 *
 * Runs in the browser as well as in Node: no file system here (see scripts/lib/read-data-dir.ts).
 */
import * as z from 'zod';
import { endOf, isFuture, startOf, todayUtc } from './dates.ts';
import { JsonLocator, findSyntaxErrors, type JsonPath } from './positions.ts';
import {
	FILE_KINDS,
	type AxesFile,
	type EventsFile,
	type FileKind,
	type LeaderFile,
	type MetaFile,
	type SourcesFile
} from './schema.ts';

// ================================================================ public API

/** One data file as text. `path` is relative to the repo root, e.g. 'data/leaders/dario-amodei.json'. */
export interface DataFile {
	path: string;
	text: string;
}

/**
 * One thing wrong with the dataset. `line` and `column` are 1-based and point at the offending
 * value (or key, or enclosing object for a missing key). `path` is the JSON path written like
 * `stances[2].citations[0].source`, '' for the whole file.
 */
export interface Problem {
	file: string;
	line: number;
	column: number;
	path: string;
	message: string;
	severity: 'error' | 'warning';
}

/** The dataset as zod parsed it. `leaders` sorted by id. */
export interface ParsedDataset {
	meta: MetaFile;
	axes: AxesFile;
	sources: SourcesFile;
	events: EventsFile;
	leaders: LeaderFile[];
}

/**
 * Every error and warning, each sorted by file, line and column. `dataset` is set only when there
 * is no error (warnings do not stop the build).
 */
export interface ValidationResult {
	errors: Problem[];
	warnings: Problem[];
	dataset?: ParsedDataset;
}

/**
 * Validates a whole dataset: every data file (top-level files and leaders/*.json, with paths as
 * the caller wants them printed). Reports all problems at once.
 * `options.today` ("YYYY-MM-DD", default today in UTC) is the day after which a date is future.
 */
export function validateDataset(files: DataFile[], options: { today?: string } = {}): ValidationResult {
	return new Validation(files, options.today ?? todayUtc()).run();
}

/** `file:line:column  path  message`, two spaces apart; the whole file's path is shown as (root). */
export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}:${p.column}  ${p.path === '' ? '(root)' : p.path}  ${p.message}`;
}

const TOP_LEVEL_FILES: Readonly<Record<string, FileKind>> = {
	'axes.json': 'axes',
	'sources.json': 'sources',
	'events.json': 'events',
	'meta.json': 'meta'
};
const REQUIRED_FILES = ['axes.json', 'sources.json', 'events.json', 'meta.json'] as const;

/**
 * The kind of data file a path names, from its last segments, whatever the folder holding the
 * dataset is called (tests keep datasets in fixture folders): 'data/axes.json' is 'axes',
 * 'data/leaders/x.json' is 'leader', anything else undefined.
 */
export function kindOfPath(path: string): FileKind | undefined {
	const parts = path.split('/');
	const name = parts.at(-1) ?? '';
	if (!name.endsWith('.json')) return undefined;
	if (parts.at(-2) === 'leaders') return name === '.json' ? undefined : 'leader';
	return TOP_LEVEL_FILES[name];
}

/** JSON path as written in messages: `stances[2].citations[0].source`, '' for the root. */
export function formatJsonPath(path: JsonPath): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
		else out += `[${JSON.stringify(segment)}]`;
	}
	return out;
}

// ================================================================ helpers

/** The `$schema` value each kind of file must carry, relative to the file (leaders sit one deeper). */
function expectedSchemaRef(kind: FileKind): string {
	const prefix = kind === 'leader' ? '../../schema/' : '../schema/';
	return prefix + FILE_KINDS[kind].jsonSchema;
}

function dirname(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '' : path.slice(0, slash);
}

/** A leader's id as its file name says: 'data/leaders/dario-amodei.json' → 'dario-amodei'. */
function leaderIdOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function asArray(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}

function hasOwn(object: JsonObject, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

function valueAt(root: unknown, path: JsonPath): unknown {
	let value = root;
	for (const segment of path) {
		if (typeof segment === 'number') value = asArray(value)[segment];
		else {
			const object = asObject(value);
			value = object && hasOwn(object, segment) ? object[segment] : undefined;
		}
	}
	return value;
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const above = rows[i - 1] ?? [];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
			}
			row.push(best);
		}
		rows.push(row);
	}
	return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/** ` (did you mean "x"?)` for the closest candidate within `maxDistance` edits, else ''. */
function didYouMean(word: string, candidates: Iterable<string>, maxDistance: number): string {
	const best = closest(word, candidates, maxDistance);
	return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** The candidate closest to `word`, if any is within `maxDistance` edits (and is not `word`). */
function closest(word: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
	let best: string | undefined;
	let bestDistance = maxDistance + 1;
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
		const distance = editDistance(word, candidate);
		if (distance > 0 && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/**
 * ` (did you mean "x"?)` for an unknown id: the closest known id (long ids allow more typos than
 * keys), else the one known id that starts with it ("no-priors" for "no-priors-2023-11").
 */
function didYouMeanId(id: string, ids: Iterable<string>): string {
	const known = [...ids];
	const near = didYouMean(id, known, Math.max(2, Math.floor(id.length / 5)));
	if (near !== '') return near;
	const longer = known.filter((k) => k.startsWith(`${id}-`));
	return longer.length === 1 ? ` (did you mean "${longer[0]}"?)` : '';
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ================================================================ zod issues in words

/** Messages for schemas that carry none of their own (schema.ts messages always win over these). */
const EXPECTED: Readonly<Record<string, string>> = {
	object: 'an object { … }',
	array: 'a list [ … ]',
	string: 'text in quotes',
	number: 'a number',
	boolean: 'true or false'
};

const friendlyDefaults: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
		case 'too_small':
			return issue.origin === 'array' ? `must list at least ${plural(Number(issue.minimum), 'item')}` : undefined;
		case 'too_big':
			return issue.origin === 'array' ? `must list at most ${plural(Number(issue.maximum), 'item')}` : undefined;
		case 'invalid_value':
			return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		default:
			return undefined;
	}
};

/** The object schema at `path` inside `schema`, through lists and optionals; undefined if none. */
function objectSchemaAt(schema: z.core.$ZodType, path: JsonPath): z.ZodObject | undefined {
	let current: z.core.$ZodType | undefined = schema;
	for (let i = 0; ; i++) {
		while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
			current = current.unwrap();
		}
		if (i === path.length) return current instanceof z.ZodObject ? current : undefined;
		const segment = path[i];
		if (current instanceof z.ZodObject && typeof segment === 'string') current = current.shape[segment];
		else if (current instanceof z.ZodArray && typeof segment === 'number') current = current.element;
		else return undefined;
	}
}

interface Finding {
	at: JsonPath;
	/** 'key' points at the property name (unknown keys), 'value' at the value. */
	target: 'value' | 'key';
	message: string;
}

/** A finding from zod, with what it says about keys (to tell a misspelt key from a missing one). */
interface ZodFinding extends Finding {
	/** For a missing key: the key. */
	missing?: string;
	/** For an unknown key: the known key it is probably a misspelling of. */
	suggests?: string;
}

/** One zod issue as one or more findings (an unknown-keys issue names each key separately). */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, kind: FileKind): ZodFinding[] {
	const at = issue.path.filter((s): s is string | number => typeof s !== 'symbol');

	if (issue.code === 'unrecognized_keys') {
		const known = Object.keys(objectSchemaAt(FILE_KINDS[kind].schema, at)?.shape ?? {});
		return issue.keys.map((key) => {
			const suggests = closest(key, known, 2);
			return {
				at: [...at, key],
				target: 'key',
				message: `unknown key "${key}"${suggests === undefined ? '' : ` (did you mean "${suggests}"?)`}`,
				...(suggests === undefined ? {} : { suggests })
			};
		});
	}

	// A missing key: zod reports its value as wrong (type or enum), but the key is simply absent.
	const key = at.at(-1);
	const parent = asObject(valueAt(data, at.slice(0, -1)));
	if (typeof key === 'string' && parent && !hasOwn(parent, key)) {
		const hint = key === '$schema' && at.length === 1 ? `: add "$schema": "${expectedSchemaRef(kind)}"` : '';
		return [{ at: at.slice(0, -1), target: 'value', message: `missing required key "${key}"${hint}`, missing: key }];
	}

	let message = issue.message;
	if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
		const values = issue.values.filter((v): v is string => typeof v === 'string');
		message += didYouMean(issue.input, values, 2);
	}
	return [{ at, target: 'value', message }];
}

// ================================================================ the run

/** A problem whose position is not known yet: positions are looked up once, at the end. */
interface Pending extends Finding {
	file: string;
	severity: 'error' | 'warning';
	/** Appended as ` (first in file:line:column)`: where the duplicated thing first appears. */
	first?: Place;
	/** A text offset, for JSON syntax errors (which have no JSON path). */
	offset?: number;
}

/** Where a value is: a file and a JSON path in it. */
interface Place {
	file: string;
	at: JsonPath;
}

/** A data file that parsed as JSON, with the paths zod rejected. */
class LoadedFile {
	/** Every zod issue path and all its prefixes, joined: a value is clean when its path is absent. */
	readonly #dirty = new Set<string>();

	constructor(
		readonly path: string,
		readonly kind: FileKind,
		readonly data: unknown,
		issues: readonly z.core.$ZodIssue[]
	) {
		for (const issue of issues) {
			const at = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
			for (let depth = 0; depth <= at.length; depth++) this.#dirty.add(pathKey(at.slice(0, depth)));
		}
	}

	/** True when zod found nothing wrong at or under `at`. */
	isClean(at: JsonPath): boolean {
		return !this.#dirty.has(pathKey(at));
	}

	/** The string at `at` when it passed its schema (so it is a well-formed id, date…). */
	string(at: JsonPath, value: unknown): string | undefined {
		return typeof value === 'string' && this.isClean(at) ? value : undefined;
	}
}

function pathKey(at: JsonPath): string {
	return at.join('\u0001');
}

/** A citation or correction found anywhere, with the file it is in. */
interface Reference {
	file: LoadedFile;
	at: JsonPath;
	object: JsonObject;
}

interface SourceInfo {
	place: Place;
	hasUrl: boolean;
	date?: string;
}

class Validation {
	readonly #pending: Pending[] = [];
	readonly #texts = new Map<string, string>();
	readonly #loaded: LoadedFile[] = [];
	/** Files with a kind that could not be read (syntax errors): rules that need them are skipped. */
	readonly #unreadable = new Set<FileKind>();
	/** Ids of the leaders that have a file (its name), read or not: what events may name. */
	readonly #leaderIds = new Set<string>();
	readonly #outputs: Partial<Omit<ParsedDataset, 'leaders'>> & { leaders: LeaderFile[] } = { leaders: [] };

	constructor(
		private readonly files: DataFile[],
		private readonly today: string
	) {}

	run(): ValidationResult {
		const files = [...this.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const root = dataRoot(files);
		const present = new Set<string>();

		for (const file of files) {
			this.#texts.set(file.path, file.text);
			const kind = kindOfPath(file.path);
			const dir = dirname(file.path);
			const inPlace = kind === 'leader' ? dir === join(root, 'leaders') : dir === root;
			if (!kind || !inPlace || (kind !== 'leader' && present.has(kind))) {
				this.#add({ file: file.path, at: [], target: 'value', severity: 'warning', message: 'not a data file the product reads' });
				continue;
			}
			present.add(kind);
			if (kind === 'leader') this.#leaderIds.add(leaderIdOf(file.path));
			this.#load(file, kind);
		}
		for (const name of REQUIRED_FILES) {
			const kind = TOP_LEVEL_FILES[name];
			if (kind && !present.has(kind)) {
				this.#add({ file: join(root, name), at: [], target: 'value', severity: 'error', message: 'missing file' });
			}
		}

		this.#checkFiles();
		this.#checkReferences();
		return this.#finish();
	}

	#add(problem: Pending): void {
		this.#pending.push(problem);
	}

	#error(file: LoadedFile, at: JsonPath, message: string, first?: Place): void {
		this.#add({ file: file.path, at, target: 'value', severity: 'error', message, ...(first ? { first } : {}) });
	}

	#warning(file: LoadedFile, at: JsonPath, message: string): void {
		this.#add({ file: file.path, at, target: 'value', severity: 'warning', message });
	}

	/** Reads one file: JSON syntax, then its zod schema. */
	#load(file: DataFile, kind: FileKind): void {
		let data: unknown;
		try {
			// The native parser is the fast path; jsonc-parser explains only the files it rejects.
			data = JSON.parse(file.text);
		} catch (error) {
			this.#unreadable.add(kind);
			const syntax = findSyntaxErrors(file.text);
			for (const e of syntax) {
				this.#add({ file: file.path, at: [], target: 'value', severity: 'error', message: e.message, offset: e.offset });
			}
			if (syntax.length === 0) {
				const reason = error instanceof Error ? error.message : String(error);
				this.#add({ file: file.path, at: [], target: 'value', severity: 'error', message: `not valid JSON: ${reason}` });
			}
			return;
		}

		const context = { reportInput: true, error: friendlyDefaults };
		let issues: readonly z.core.$ZodIssue[] = [];
		const parse = <T>(schema: z.ZodType<T>): T | undefined => {
			const result = schema.safeParse(data, context);
			if (!result.success) issues = result.error.issues;
			return result.success ? result.data : undefined;
		};
		const outputs = this.#outputs;
		switch (kind) {
			case 'axes':
				outputs.axes = parse(FILE_KINDS.axes.schema);
				break;
			case 'sources':
				outputs.sources = parse(FILE_KINDS.sources.schema);
				break;
			case 'events':
				outputs.events = parse(FILE_KINDS.events.schema);
				break;
			case 'meta':
				outputs.meta = parse(FILE_KINDS.meta.schema);
				break;
			case 'leader': {
				const leader = parse(FILE_KINDS.leader.schema);
				if (leader) outputs.leaders.push(leader);
				break;
			}
		}
		const findings = issues.flatMap((issue) => describeIssue(issue, data, kind));
		// A misspelt key is one mistake: "unknown key (did you mean "citations"?)" says it all, so
		// the "missing required key "citations"" it causes in the same object is not reported too.
		const suggested = new Set(findings.flatMap((f) => (f.suggests ? [pathKey([...f.at.slice(0, -1), f.suggests])] : [])));
		for (const { at, target, message, missing } of findings) {
			if (missing !== undefined && suggested.has(pathKey([...at, missing]))) continue;
			this.#add({ file: file.path, severity: 'error', at, target, message });
		}
		this.#loaded.push(new LoadedFile(file.path, kind, data, issues));
	}

	/** Rules about one file on its own: `$schema`, leader id and file name, dates. */
	#checkFiles(): void {
		for (const file of this.#loaded) {
			const root = asObject(file.data);
			if (!root) continue;
			const ref = file.string(['$schema'], root.$schema);
			const expected = expectedSchemaRef(file.kind);
			if (ref !== undefined && ref !== expected) this.#error(file, ['$schema'], `"$schema" must be "${expected}"`);

			if (file.kind === 'leader') {
				const id = file.string(['id'], root.id);
				const name = leaderIdOf(file.path);
				if (id !== undefined && id !== name) this.#error(file, ['id'], `id "${id}" must equal the file name "${name}"`);
				asArray(root.affiliations).forEach((raw, i) => this.#checkAffiliation(file, ['affiliations', i], raw));
			}
			if (file.kind === 'meta') this.#checkNotFuture(file, ['updated'], root.updated);
		}
	}

	#checkAffiliation(file: LoadedFile, at: JsonPath, raw: unknown): void {
		const affiliation = asObject(raw);
		if (!affiliation) return;
		const from = this.#checkNotFuture(file, [...at, 'from'], affiliation.from);
		const to = this.#checkNotFuture(file, [...at, 'to'], affiliation.to);
		if (from !== undefined && to !== undefined && startOf(from) > endOf(to)) {
			this.#error(file, [...at, 'from'], `from ${from} is after to ${to}`);
		}
	}

	/** Reports a well-formed date that lies after `today`; returns the date when well-formed. */
	#checkNotFuture(file: LoadedFile, at: JsonPath, value: unknown): string | undefined {
		const date = file.string(at, value);
		if (date !== undefined && isFuture(date, this.today)) this.#error(file, at, `date ${date} is in the future`);
		return date;
	}

	/** Reports a duplicate id at its second occurrence, naming the first. */
	#unique(seen: Map<string, Place>, what: string, file: LoadedFile, at: JsonPath, id: string | undefined): boolean {
		if (id === undefined) return false;
		const first = seen.get(id);
		if (first) {
			this.#error(file, at, `duplicate ${what} id "${id}"`, first);
			return false;
		}
		seen.set(id, { file: file.path, at });
		return true;
	}

	/** The rules that span files. Lookups are built once; each value is visited once. */
	#checkReferences(): void {
		const byKind = (kind: FileKind) => this.#loaded.filter((f) => f.kind === kind);
		const axes = this.#indexAxes(byKind('axes'));
		const sources = this.#indexSources(byKind('sources'));
		const leaderIds = this.#leaderIds;

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
				this.#checkNotFuture(file, [...at, 'date'], source.date);
				this.#checkNotFuture(file, [...at, 'accessed'], source.accessed);
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
				this.#unique(stanceIds, 'stance', file, [...at, 'id'], file.string([...at, 'id'], stance.id));
				const axis = file.string([...at, 'axis'], stance.axis);
				const asOf = this.#checkNotFuture(file, [...at, 'asOf'], stance.asOf);
				const position = stance.position;
				if (axis !== undefined && axes) {
					const levels = axes.get(axis);
					if (!levels) {
						this.#error(file, [...at, 'axis'], `unknown axis "${axis}"${didYouMean(axis, axes.keys(), 2)}`);
					} else if (typeof position === 'number' && file.isClean([...at, 'position']) && !levels.has(position)) {
						const list = [...levels].sort((a, b) => a - b).join(', ');
						this.#error(file, [...at, 'position'], `position ${position} is not a level of axis "${axis}" (levels: ${list})`);
					}
				}
				if (axis !== undefined && asOf !== undefined) {
					const slot = `${axis}\u0001${asOf}`;
					const first = onAxisAt.get(slot);
					if (first) this.#error(file, [...at, 'asOf'], `two stances of "${leader}" on axis "${axis}" share asOf ${asOf}`, first);
					else onAxisAt.set(slot, { file: file.path, at: [...at, 'asOf'] });
				}
				if (asOf !== undefined && !isFuture(asOf, this.today) && sources) this.#checkAsOfAgainstSources(file, at, stance, asOf, sources);
				collect(file, at, stance);
			});
		}

		const eventIds = new Map<string, Place>();
		for (const file of byKind('events')) {
			asArray(asObject(file.data)?.events).forEach((raw, i) => {
				const event = asObject(raw);
				if (!event) return;
				const at = ['events', i];
				this.#unique(eventIds, 'event', file, [...at, 'id'], file.string([...at, 'id'], event.id));
				this.#checkNotFuture(file, [...at, 'date'], event.date);
				asArray(event.leaders).forEach((value, j) => {
					const leader = file.string([...at, 'leaders', j], value);
					if (leader !== undefined && !leaderIds.has(leader)) {
						this.#error(file, [...at, 'leaders', j], `unknown leader "${leader}"${didYouMeanId(leader, leaderIds)}`);
					}
				});
				collect(file, at, event);
			});
		}

		this.#checkCitations(citations, sources);
		for (const { file, at, object } of corrections) {
			this.#checkSourceExists(file, [...at, 'source'], object.source, sources);
		}
		this.#warnUncited(citations, corrections, sources);
	}

	/** Axis id → its level values; undefined when axes.json could not be read (checks skipped). */
	#indexAxes(files: LoadedFile[]): Map<string, Set<number>> | undefined {
		if (files.length === 0 || this.#unreadable.has('axes')) return undefined;
		const axes = new Map<string, Set<number>>();
		const seen = new Map<string, Place>();
		for (const file of files) {
			asArray(asObject(file.data)?.axes).forEach((raw, i) => {
				const axis = asObject(raw);
				const id = file.string(['axes', i, 'id'], axis?.id);
				if (!axis || !this.#unique(seen, 'axis', file, ['axes', i, 'id'], id) || id === undefined) return;
				const levels = new Set<number>();
				asArray(axis.levels).forEach((level, j) => {
					const value = asObject(level)?.value;
					if (typeof value === 'number' && file.isClean(['axes', i, 'levels', j, 'value'])) levels.add(value);
				});
				axes.set(id, levels);
			});
		}
		return axes;
	}

	/** Source id → what references need; undefined when sources.json could not be read. */
	#indexSources(files: LoadedFile[]): Map<string, SourceInfo> | undefined {
		if (files.length === 0 || this.#unreadable.has('sources')) return undefined;
		const sources = new Map<string, SourceInfo>();
		const seen = new Map<string, Place>();
		for (const file of files) {
			asArray(asObject(file.data)?.sources).forEach((raw, i) => {
				const source = asObject(raw);
				const at = ['sources', i, 'id'];
				const id = file.string(at, source?.id);
				if (!source || !this.#unique(seen, 'source', file, at, id) || id === undefined) return;
				const date = file.string(['sources', i, 'date'], source.date);
				// A url zod rejected still counts as present: the url error says what to fix.
				sources.set(id, { place: { file: file.path, at }, hasUrl: hasOwn(source, 'url'), ...(date ? { date } : {}) });
			});
		}
		return sources;
	}

	#checkSourceExists(file: LoadedFile, at: JsonPath, value: unknown, sources: Map<string, SourceInfo> | undefined): SourceInfo | undefined {
		const id = file.string(at, value);
		if (id === undefined || !sources) return undefined;
		const source = sources.get(id);
		if (!source) this.#error(file, at, `unknown source "${id}"${didYouMeanId(id, sources.keys())}`);
		return source;
	}

	#checkCitations(citations: Reference[], sources: Map<string, SourceInfo> | undefined): void {
		// A source that some citation reads quotes in may itself be cited directly without a URL:
		// it is the secondary source the dataset relies on (the seed essay, for instance).
		const usedAsVia = new Set<string>();
		for (const { file, at, object } of citations) {
			const via = file.string([...at, 'via'], object.via);
			if (via !== undefined) usedAsVia.add(via);
		}
		for (const { file, at, object } of citations) {
			const sourceId = file.string([...at, 'source'], object.source);
			const source = this.#checkSourceExists(file, [...at, 'source'], object.source, sources);
			if (hasOwn(object, 'via')) this.#checkSourceExists(file, [...at, 'via'], object.via, sources);
			if (sourceId !== undefined && object.via === sourceId && file.isClean([...at, 'via'])) {
				this.#error(file, [...at, 'via'], `"via" must name a different source than "source"`);
			}
			if (source && !source.hasUrl && !hasOwn(object, 'via') && sourceId !== undefined && !usedAsVia.has(sourceId)) {
				this.#error(
					file,
					[...at, 'source'],
					`source "${sourceId}" has no verified URL: add "via" naming the source the quote was read in`
				);
			}
		}
	}

	/** Warns when a stance is dated after everything it cites: its evidence cannot show it yet. */
	#checkAsOfAgainstSources(
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
			this.#warning(file, [...at, 'asOf'], `asOf ${asOf} is after every cited source's date`);
		}
	}

	#warnUncited(citations: Reference[], corrections: Reference[], sources: Map<string, SourceInfo> | undefined): void {
		// With a leader or events file unreadable, every source it cites would look uncited.
		if (!sources || this.#unreadable.has('leader') || this.#unreadable.has('events')) return;
		const used = new Set<unknown>();
		for (const { object } of citations) {
			used.add(object.source);
			used.add(object.via);
		}
		for (const { object } of corrections) used.add(object.source);
		for (const [id, { place }] of sources) {
			if (!used.has(id)) {
				this.#add({ ...place, target: 'value', severity: 'warning', message: `source "${id}" is not cited by any stance or event` });
			}
		}
	}

	/** Positions for every problem (one tree per file with problems), sorted; the dataset if valid. */
	#finish(): ValidationResult {
		const locators = new Map<string, JsonLocator>();
		const locator = (file: string): JsonLocator | undefined => {
			const text = this.#texts.get(file);
			if (text === undefined) return undefined;
			let found = locators.get(file);
			if (!found) locators.set(file, (found = new JsonLocator(text)));
			return found;
		};
		const position = (file: string, at: JsonPath, target: 'value' | 'key', offset?: number) => {
			const l = locator(file);
			if (!l) return { line: 1, column: 1 };
			return offset === undefined ? l.positionOf(at, target) : l.positionOfOffset(offset);
		};

		const seen = new Set<string>();
		const errors: Problem[] = [];
		const warnings: Problem[] = [];
		for (const p of this.#pending) {
			let message = p.message;
			if (p.first) {
				const { line, column } = position(p.first.file, p.first.at, 'value');
				message += ` (first in ${p.first.file}:${line}:${column})`;
			}
			const problem: Problem = {
				file: p.file,
				...position(p.file, p.at, p.target, p.offset),
				path: formatJsonPath(p.at),
				message,
				severity: p.severity
			};
			const id = `${problem.severity}\u0001${formatProblem(problem)}`;
			if (seen.has(id)) continue;
			seen.add(id);
			(problem.severity === 'error' ? errors : warnings).push(problem);
		}
		const byPlace = (a: Problem, b: Problem) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
		errors.sort(byPlace);
		warnings.sort(byPlace);

		const { axes, sources, events, meta, leaders } = this.#outputs;
		const valid = errors.length === 0 && axes && sources && events && meta;
		return valid
			? { errors, warnings, dataset: { axes, sources, events, meta, leaders: [...leaders].sort((a, b) => (a.id < b.id ? -1 : 1)) } }
			: { errors, warnings };
	}
}

/** The folder holding the dataset: where the top-level files are (or above leaders/), else 'data'. */
function dataRoot(files: readonly DataFile[]): string {
	const top = files.find((f) => {
		const kind = kindOfPath(f.path);
		return kind !== undefined && kind !== 'leader';
	});
	if (top) return dirname(top.path);
	const leader = files.find((f) => kindOfPath(f.path) === 'leader');
	return leader ? dirname(dirname(leader.path)) : 'data';
}

function join(dir: string, name: string): string {
	return dir === '' ? name : `${dir}/${name}`;
}
