/**
 * A changeset as one download: a zip of its files at their places in the repository
 * (`data/leaders/…`, `data/sources.json`), to unzip at the repository's root. A changeset with
 * errors can still be downloaded, so work is never lost, but its name says so.
 */
import { strToU8, zipSync } from 'fflate';
import type { DataFile } from '../data/validate.ts';

/** The archive's file name: marked when the drafts do not pass the check yet. */
export function archiveName(hasErrors: boolean): string {
	return hasErrors
		? 'openness-spectrum-changeset-WITH-ERRORS.zip'
		: 'openness-spectrum-changeset.zip';
}

/** A draft file's name when downloaded alone: marked when it does not pass the check yet. */
export function draftFileName(path: string, hasErrors: boolean): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return hasErrors ? name.replace(/\.json$/, '') + '.WITH-ERRORS.json' : name;
}

/** The files zipped at their paths. Dated with a fixed day, so the same files zip the same. */
export function changesetArchive(files: readonly DataFile[]): Uint8Array {
	const mtime = new Date('2026-01-01T00:00:00Z');
	return zipSync(Object.fromEntries(files.map((f) => [f.path, [strToU8(f.text), { mtime }]])), {
		level: 6
	});
}
