/**
 * The dataset validator: every rule the data contract states, checked over all files at once.
 *
 * 1. Each file is read as strict JSON; a file with syntax errors reports them and is left out.
 *    Each mistake is reported once, by its cause where it is a known one (syntax-errors.ts).
 * 2. Each file is checked against its zod schema (schema.ts); zod's issues become one-line messages.
 *    A field that still holds an editor's template text gets one message saying what to write
 *    (placeholders.ts), in place of zod's, and no rule looks at it.
 * 3. The rules that span files (ids, references, dates, duplicates) run over the raw JSON, value by
 *    value, skipping only the values zod already rejected: a bad position in one stance never
 *    hides an unknown source in another, and no value is reported twice for one mistake.
 *
 * Every problem carries the file, the line and column of the offending value and its JSON path,
 * so an editor (or a terminal) can jump to it; a problem inside a stance names the stance by its
 * id in its message (stance-context.ts). Positions are only computed for problems, so a
 * valid dataset is never parsed twice.
 *
 * This file loads the files and puts positions on the problems; the rest lives beside it, one
 * concern each: data-paths.ts (where files sit), syntax-errors.ts and syntax-causes.ts (JSON
 * syntax errors in words), zod-messages.ts (zod issues in words),
 * suggest.ts (did you mean…), file-rules.ts and cross-file-rules.ts (the rules, with indexes.ts
 * and citation-rules.ts), report.ts (problems before they have positions).
 *
 * Runs in the browser as well as in Node: no file system here (see scripts/lib/read-data-dir.ts).
 */
import type * as z from 'zod';
import { checkReferences } from './cross-file-rules.ts';
import {
	byPath,
	dataRoot,
	dirname,
	FOLDER_OF_KIND,
	join,
	kindOfPath,
	leaderIdOf,
	REQUIRED_FILES,
	TOP_LEVEL_FILES
} from './data-paths.ts';
import { todayUtc } from './dates.ts';
import { checkFiles } from './file-rules.ts';
import { LoadedFile, pathKey } from './loaded-file.ts';
import { findPlaceholders } from './placeholders.ts';
import { JsonLocator, type JsonPath } from './positions.ts';
import { findSyntaxErrors } from './syntax-errors.ts';
import { Report } from './report.ts';
import type { RuleContext } from './rule-context.ts';
import {
	FILE_KINDS,
	type AxesFile,
	type ChangesFile,
	type EventsFile,
	type FileKind,
	type LeaderFile,
	type MetaFile,
	type PracticeFile,
	type SourcesFile,
	type StoryFile
} from './schema.ts';
import { checkChanges } from './change-rules.ts';
import { checkMoves } from './move-rules.ts';
import { checkScoring } from './scoring-rules.ts';
import { inStance } from './stance-context.ts';
import { checkStory } from './story-rules.ts';
import { describeIssue, friendlyDefaults } from './zod-messages.ts';

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

/**
 * The dataset as zod parsed it. `leaders` sorted by id; `story` when data/story/story.json
 * exists; `changes` when data/changes.json (the corrections log) exists.
 */
export interface ParsedDataset {
	meta: MetaFile;
	axes: AxesFile;
	sources: SourcesFile;
	events: EventsFile;
	leaders: LeaderFile[];
	story?: StoryFile;
	changes?: ChangesFile;
	practice?: PracticeFile;
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
 * Validates a whole dataset: every data file (top-level files, leaders/*.json and story/story.json, with paths as
 * the caller wants them printed). Reports all problems at once.
 * `options.today` ("YYYY-MM-DD", default today in UTC) is the day after which a date is future.
 */
export function validateDataset(
	files: DataFile[],
	options: { today?: string } = {}
): ValidationResult {
	return new Validation(files, options.today ?? todayUtc()).run();
}

/** `file:line:column  path  message`, two spaces apart; the whole file's path is shown as (root). */
export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}:${p.column}  ${p.path === '' ? '(root)' : p.path}  ${p.message}`;
}

/**
 * The kind of data file a path names ('axes', 'leader'…), whatever the folder holding the dataset
 * is called; undefined for anything else (defined in data-paths.ts, beside the rest of the layout).
 */
export { kindOfPath };

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

// ================================================================ the run

class Validation {
	readonly #report = new Report();
	readonly #texts = new Map<string, string>();
	readonly #loaded: LoadedFile[] = [];
	/** Files with a kind that could not be read (syntax errors): rules that need them are skipped. */
	readonly #unreadable = new Set<FileKind>();
	/** Ids of the leaders that have a file (its name), read or not: what events may name. */
	readonly #leaderIds = new Set<string>();
	readonly #outputs: Partial<Omit<ParsedDataset, 'leaders'>> & { leaders: LeaderFile[] } = {
		leaders: []
	};

	constructor(
		private readonly files: DataFile[],
		private readonly today: string
	) {}

	run(): ValidationResult {
		const files = [...this.files].sort(byPath);
		const root = dataRoot(files);
		const present = new Set<string>();

		for (const file of files) {
			this.#texts.set(file.path, file.text);
			const kind = kindOfPath(file.path);
			const dir = dirname(file.path);
			const folder = kind ? FOLDER_OF_KIND[kind] : undefined;
			const inPlace = folder ? dir === join(root, folder) : dir === root;
			if (!kind || !inPlace || (kind !== 'leader' && present.has(kind))) {
				this.#report.add({
					file: file.path,
					at: [],
					target: 'value',
					severity: 'warning',
					message: 'not a data file the product reads'
				});
				continue;
			}
			present.add(kind);
			if (kind === 'leader') this.#leaderIds.add(leaderIdOf(file.path));
			this.#load(file, kind);
		}
		for (const name of REQUIRED_FILES) {
			const kind = TOP_LEVEL_FILES[name];
			if (kind && !present.has(kind)) {
				this.#report.add({
					file: join(root, name),
					at: [],
					target: 'value',
					severity: 'error',
					message: 'missing file'
				});
			}
		}

		const context: RuleContext = {
			loaded: this.#loaded,
			report: this.#report,
			today: this.today,
			unreadable: this.#unreadable,
			leaderIds: this.#leaderIds
		};
		checkFiles(context);
		checkReferences(context);
		checkStory(context);
		checkChanges(context);
		checkMoves(context);
		checkScoring(context);
		return this.#finish();
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
				this.#report.add({
					file: file.path,
					at: [],
					target: 'value',
					severity: 'error',
					message: e.message,
					offset: e.offset
				});
			}
			if (syntax.length === 0) {
				const reason = error instanceof Error ? error.message : String(error);
				this.#report.add({
					file: file.path,
					at: [],
					target: 'value',
					severity: 'error',
					message: `not valid JSON: ${reason}`
				});
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
			case 'story':
				outputs.story = parse(FILE_KINDS.story.schema);
				break;
			case 'changes':
				outputs.changes = parse(FILE_KINDS.changes.schema);
				break;
			case 'practice':
				outputs.practice = parse(FILE_KINDS.practice.schema);
				break;
			case 'leader': {
				const leader = parse(FILE_KINDS.leader.schema);
				if (leader) outputs.leaders.push(leader);
				break;
			}
		}
		// A template's text left in the file: one message saying what to write there, in place of
		// whatever zod says about the same value ("must be a number" for "<0 to 4>").
		const placeholders = findPlaceholders(kind, data);
		const held = new Set(placeholders.map((p) => pathKey(p.at)));
		const underPlaceholder = (at: JsonPath) =>
			at.some((_, depth) => held.has(pathKey(at.slice(0, depth + 1))));
		for (const { at, message } of placeholders)
			this.#report.add({ file: file.path, severity: 'error', at, target: 'value', message });
		const findings = issues
			.flatMap((issue) => describeIssue(issue, data, kind))
			.filter((f) => !underPlaceholder(f.at));
		// A misspelt key is one mistake: "unknown key (did you mean "citations"?)" says it all, so
		// the "missing required key "citations"" it causes in the same object is not reported too.
		const suggested = new Set(
			findings.flatMap((f) => (f.suggests ? [pathKey([...f.at.slice(0, -1), f.suggests])] : []))
		);
		for (const { at, target, message, missing } of findings) {
			if (missing !== undefined && suggested.has(pathKey([...at, missing]))) continue;
			this.#report.add({ file: file.path, severity: 'error', at, target, message });
		}
		this.#loaded.push(
			new LoadedFile(
				file.path,
				kind,
				data,
				issues,
				placeholders.map((p) => p.at)
			)
		);
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

		const loaded = new Map(this.#loaded.map((f) => [f.path, f]));
		const seen = new Set<string>();
		const errors: Problem[] = [];
		const warnings: Problem[] = [];
		for (const p of this.#report.pending) {
			const owner = loaded.get(p.file);
			let message = owner ? inStance(owner.kind, owner.data, p.at, p.message) : p.message;
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

		const { axes, sources, events, meta, leaders, story, changes, practice } = this.#outputs;
		const valid = errors.length === 0 && axes && sources && events && meta;
		return valid
			? {
					errors,
					warnings,
					dataset: {
						axes,
						sources,
						events,
						meta,
						leaders: [...leaders].sort((a, b) => (a.id < b.id ? -1 : 1)),
						...(story ? { story } : {}),
						...(changes ? { changes } : {}),
						...(practice ? { practice } : {})
					}
				}
			: { errors, warnings };
	}
}
