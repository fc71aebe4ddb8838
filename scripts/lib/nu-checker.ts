/**
 * The W3C Nu Html Checker (vnu.jar, from the `vnu-jar` package) on local HTML files: the same
 * checker as validator.w3.org/nu, run offline with the Java that `findJava` finds.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava } from './find-java.ts';

/** One message of the checker's JSON report (`--format json`). */
export interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

/**
 * What makes a page invalid: every error, and anything that stopped the checker reading a file.
 * Info and warnings are left out; on files read from disk the checker also warns that the CSP
 * blocks the site's own stylesheets and hashed scripts ('self' means nothing for a file: URL, and
 * it does not compute hashes), which the browser tests check for real.
 */
export function nuErrors(messages: NuMessage[]): NuMessage[] {
	return messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

/** One line per message: `build/editor.html:50:244  Bad value …  «extract»`. */
export function formatNuMessage(m: NuMessage, cwd = process.cwd()): string {
	const file = m.url?.startsWith('file:') ? relative(cwd, fileURLToPath(m.url)) : (m.url ?? '?');
	const where = m.lastLine ? `${file}:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 0}` : file;
	const extract = m.extract ? `  «${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}»` : '';
	return `${where}  ${m.message}${extract}`;
}

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Runs the checker once on every file and returns all its messages. */
export function runNuChecker(files: string[]): NuMessage[] {
	const java = findJava();
	const result = spawnSync(
		java.command,
		['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if (result.error) throw result.error;
	let report: { messages?: NuMessage[] };
	try {
		report = JSON.parse(result.stdout) as { messages?: NuMessage[] };
	} catch {
		throw new Error(
			`The Nu Html Checker did not report (exit ${result.status}): ${result.stderr || result.stdout}`
		);
	}
	return report.messages ?? [];
}
