/**
 * `npm run format:data`: rewrites every data file in the format the repo stores (see
 * src/lib/data/format.ts). A file that is not valid JSON is left untouched and named: run
 * `npm run validate` to see where it breaks.
 */
import { writeFileSync } from 'node:fs';
import { formatDataFile } from '../src/lib/data/format.ts';
import { readDataDir } from './lib/read-data-dir.ts';

let changed = 0;
for (const file of readDataDir('data')) {
	let value: unknown;
	try {
		value = JSON.parse(file.text);
	} catch {
		console.log(`✗ ${file.path} is not valid JSON: left as it is (npm run validate says where)`);
		process.exitCode = 1;
		continue;
	}
	const text = formatDataFile(value);
	if (text !== file.text) {
		writeFileSync(file.path, text);
		console.log(`formatted ${file.path}`);
		changed++;
	}
}
console.log(
	`✓ ${changed === 0 ? 'every data file was already formatted' : `${changed} file(s) formatted`}`
);
