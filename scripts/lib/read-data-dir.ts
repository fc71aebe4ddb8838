/**
 * Reads a dataset folder from disk as the validator takes it: every `*.json` file directly in
 * `dir`, in `dir/leaders/` and in `dir/story/`. Other folders and non-JSON files are not data
 * files and are not read.
 *
 * Paths are relative to the current directory with forward slashes ('data/axes.json'), so the
 * validator's messages can be clicked in a terminal and read the same on every platform.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { byPath } from '../../src/lib/data/data-paths.ts';
import type { DataFile } from '../../src/lib/data/validate.ts';

function jsonFilesIn(dir: string): string[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
		.map((entry) => path.join(dir, entry.name));
}

function relativeToCwd(file: string): string {
	return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
}

/** Every data file under `dir` (see above), sorted by path. Throws when `dir` is not a folder. */
export function readDataDir(dir: string): DataFile[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new Error(`${dir} is not a folder`);
	}
	return [dir, path.join(dir, 'leaders'), path.join(dir, 'story')]
		.flatMap(jsonFilesIn)
		.map((file) => ({ path: relativeToCwd(file), text: readFileSync(file, 'utf8') }))
		.sort(byPath);
}
