/**
 * `npm run release -- <version> [--note "What this version brings"]`: releases the data as it is
 * now. It writes meta.json (the version and today's date) and the release at the end of `releases`
 * in data/changes.json, then keeps the version's downloads, byte for byte as the site serves them,
 * in releases/<version>/ (served at /data/v/<version>/ for as long as the site lives). It refuses,
 * writing nothing, without a corrections-log entry for the version or a note (see
 * scripts/lib/release-plan.ts). Commit data/ and releases/ together afterwards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { todayUtc } from '../src/lib/data/dates.ts';
import { datasetCsv } from '../src/lib/model/dataset-csv.ts';
import { datasetJsonText } from '../src/lib/model/dataset-json.ts';
import { datasetFrom } from '../src/lib/server/dataset-from.ts';
import { planRelease } from './lib/release-plan.ts';
import { readDataDir } from './lib/read-data-dir.ts';

const args = process.argv.slice(2);
const noteAt = args.indexOf('--note');
const note = noteAt >= 0 ? args[noteAt + 1] : undefined;
const rest = noteAt >= 0 ? [...args.slice(0, noteAt), ...args.slice(noteAt + 2)] : args;
const version = rest.find((a) => !a.startsWith('--'));

if (version === undefined) {
	console.log('✗ which version? npm run release -- 2.3.0 --note "What this version brings"');
	process.exit(1);
}
const today = todayUtc();
const files = readDataDir('data');
const plan = planRelease(files, version, note, today);
if (!plan.ok) {
	for (const error of plan.errors) console.log(`✗ ${error}`);
	process.exit(1);
}
for (const file of plan.files) writeFileSync(file.path, file.text);
const dataset = datasetFrom(readDataDir('data'), { today });
const dir = `releases/${version}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/openness-spectrum.json`, datasetJsonText(dataset));
writeFileSync(`${dir}/openness-spectrum.csv`, datasetCsv(dataset));
console.log(`✓ released ${version} (${today}): ${plan.release.note}`);
console.log(`  wrote ${plan.files.map((f) => f.path).join(', ')} and ${dir}/`);
console.log('  commit data/ and releases/ together');
