/**
 * Problems as the rules find them: a file and a JSON path, no line or column yet. Positions are
 * looked up once, at the end (validate.ts), and only for files that have problems.
 */
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';

export interface Finding {
	at: JsonPath;
	/** 'key' points at the property name (unknown keys), 'value' at the value. */
	target: 'value' | 'key';
	message: string;
}

/** A problem whose position is not known yet: positions are looked up once, at the end. */
export interface Pending extends Finding {
	file: string;
	severity: 'error' | 'warning';
	/** Appended as ` (first in file:line:column)`: where the duplicated thing first appears. */
	first?: Place;
	/** A text offset, for JSON syntax errors (which have no JSON path). */
	offset?: number;
}

/** Where a value is: a file and a JSON path in it. */
export interface Place {
	file: string;
	at: JsonPath;
}

/** Collects the problems of one run, in the order the rules report them. */
export class Report {
	readonly pending: Pending[] = [];

	add(problem: Pending): void {
		this.pending.push(problem);
	}

	error(file: LoadedFile, at: JsonPath, message: string, first?: Place): void {
		this.add({
			file: file.path,
			at,
			target: 'value',
			severity: 'error',
			message,
			...(first ? { first } : {})
		});
	}

	warning(file: LoadedFile, at: JsonPath, message: string): void {
		this.add({ file: file.path, at, target: 'value', severity: 'warning', message });
	}
}
