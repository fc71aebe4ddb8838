/** What the rules over the loaded files get to see, and where they report. */
import type { LoadedFile } from './loaded-file.ts';
import type { Report } from './report.ts';
import type { FileKind } from './schema.ts';

export interface RuleContext {
	/** The files that parsed as JSON, sorted by path. */
	readonly loaded: readonly LoadedFile[];
	readonly report: Report;
	/** "YYYY-MM-DD": the day after which a date is future. */
	readonly today: string;
	/** Files with a kind that could not be read (syntax errors): rules that need them are skipped. */
	readonly unreadable: ReadonlySet<FileKind>;
	/** Ids of the leaders that have a file (its name), read or not: what events may name. */
	readonly leaderIds: ReadonlySet<string>;
}
