/**
 * `npm run validate [dir]`: checks every data file in `dir` (default `data`) and every rule across
 * files. Prints each error as `file:line:column  json.path  message`, then the warnings, then one
 * summary line. Exits 1 on any error, 0 otherwise. Never writes anything.
 */
import { formatProblem, validateDataset, type DataFile } from '../src/lib/data/validate.ts';
import { readDataDir } from './lib/read-data-dir.ts';

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const dir = (process.argv[2] ?? 'data').replace(/\/+$/, '');

let files: DataFile[];
try {
	files = readDataDir(dir);
} catch (error) {
	console.log(`✗ ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}

const { errors, warnings, dataset } = validateDataset(files);

for (const problem of errors) console.log(formatProblem(problem));
if (warnings.length > 0) {
	if (errors.length > 0) console.log('');
	console.log('Warnings');
	for (const problem of warnings) console.log(formatProblem(problem));
}
if (errors.length > 0 || warnings.length > 0) console.log('');

if (errors.length > 0 || !dataset) {
	console.log(
		`✗ ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} in ${plural(files.length, 'file')}`
	);
	process.exit(1);
}
const stances = dataset.leaders.reduce((n, leader) => n + leader.stances.length, 0);
const note = warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : '';
console.log(
	`✓ ${dir}/ is valid: ${plural(files.length, 'file')}, ${plural(stances, 'stance')}, ${plural(dataset.leaders.length, 'leader')}${note}`
);
