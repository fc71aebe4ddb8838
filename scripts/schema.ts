/**
 * `npm run schema`: writes `schema/<kind>.schema.json` for every kind of data file, generated from
 * the zod schema. `npm run schema -- --check` writes nothing and exits 1 when a file is missing or
 * differs from what would be generated (the unit tests check the same).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderJsonSchemas } from '../src/lib/data/json-schema.ts';

const DIR = 'schema';
const check = process.argv.includes('--check');
const rendered = Object.entries(renderJsonSchemas());

if (check) {
	const stale = rendered
		.map(([name, text]) => ({ file: `${DIR}/${name}`, text }))
		.filter(({ file, text }) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
	for (const { file } of stale) console.log(`${file} is stale`);
	if (stale.length > 0) {
		console.log(
			`✗ ${stale.length} of ${rendered.length} JSON Schema files are stale: run npm run schema`
		);
		process.exit(1);
	}
	console.log(`✓ ${rendered.length} JSON Schema files in ${DIR}/ are up to date`);
} else {
	mkdirSync(DIR, { recursive: true });
	for (const [name, text] of rendered) writeFileSync(path.join(DIR, name), text);
	console.log(`✓ wrote ${rendered.map(([name]) => `${DIR}/${name}`).join(', ')}`);
}
