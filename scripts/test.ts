/**
 * `npm test`: every test, in the order a failure is cheapest to find.
 *
 * 1. a Chromium and a Java for the end-to-end tests (found or installed, and said which),
 * 2. type-check (svelte-check, which also covers scripts/ and tests/) and formatting (Prettier),
 * 3. unit tests (vitest),
 * 4. end-to-end tests (Playwright against the built, prerendered site).
 *
 * It ends with one plain line, `N passed, N failed`, counted from both runners' JSON reports, so a
 * run that executed no test can never pass for a green one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-output';

function step(title: string, command: string, args: string[]): boolean {
	console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	return result.status === 0;
}

function readJson(file: string): unknown {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

interface Counts {
	passed: number;
	failed: number;
	skipped: number;
}

function vitestCounts(): Counts {
	const report = readJson(`${OUT}/vitest.json`) as
		| {
				numPassedTests: number;
				numFailedTests: number;
				numPendingTests: number;
				numTodoTests: number;
		  }
		| undefined;
	if (!report) return { passed: 0, failed: 1, skipped: 0 };
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests,
		skipped: report.numPendingTests + report.numTodoTests
	};
}

function playwrightCounts(): Counts {
	const report = readJson(`${OUT}/playwright.json`) as
		{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
	if (!report) return { passed: 0, failed: 1, skipped: 0 };
	const { expected, unexpected, flaky, skipped } = report.stats;
	return { passed: expected + flaky, failed: unexpected, skipped };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const npx = 'npx';
const ok = {
	chromium: step('Chromium', npx, ['tsx', 'scripts/ensure-chromium.ts']),
	java: step('Java (for the W3C HTML checker)', npx, ['tsx', 'scripts/ensure-java.ts']),
	check: step('Type-check', 'npm', ['run', '-s', 'check']),
	lint: step('Formatting', 'npm', ['run', '-s', 'lint']),
	unit: step('Unit tests', npx, [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${OUT}/vitest.json`
	]),
	e2e: false
};
ok.e2e = ok.chromium && ok.java && step('End-to-end tests', npx, ['playwright', 'test']);

const unit = vitestCounts();
const e2e = ok.chromium && ok.java ? playwrightCounts() : { passed: 0, failed: 1, skipped: 0 };
const passed = unit.passed + e2e.passed;
// A step that failed without failing a test (a type error, a build error) still counts once.
const failed =
	unit.failed +
	e2e.failed +
	(ok.check ? 0 : 1) +
	(ok.lint ? 0 : 1) +
	(ok.unit || unit.failed ? 0 : 1) +
	(ok.e2e || e2e.failed ? 0 : 1);
const skipped = unit.skipped + e2e.skipped;

console.log(
	`\nunit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed${ok.check ? '' : '; type-check failed'}${ok.lint ? '' : '; formatting failed (npm run format)'}`
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 && unit.passed > 0 && e2e.passed > 0 ? 0 : 1);
