/**
 * Every page's built HTML is valid to the W3C Nu Html Checker (the validator.w3.org/nu checker,
 * run offline from the `vnu-jar` package; it needs Java 11+, and says how to install it when
 * there is none). The files are the ones the build just wrote: what a reader's browser receives
 * before any script runs.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatNuMessage, nuErrors, runNuChecker } from '../../scripts/lib/nu-checker.ts';
import { builtFile, ROUTES } from './routes.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

test('every page is valid HTML to the W3C Nu Html Checker', () => {
	test.setTimeout(120_000);
	const routeFiles = ROUTES.map((r) => builtFile(r));
	expect(
		routeFiles.filter((f) => !existsSync(f)),
		'every route is built'
	).toEqual([]);
	// Every route, and any other page the build wrote.
	const files = [...new Set([...routeFiles, ...htmlFiles('build')])];
	// A page with a known error goes in with them, so a checker that read nothing cannot pass.
	const scratch = mkdtempSync(join(tmpdir(), 'nu-canary-'));
	const canary = join(scratch, 'canary.html');
	writeFileSync(
		canary,
		'<!doctype html><html lang="en"><title>Canary</title><textarea wrap="off"></textarea></html>'
	);
	try {
		const errors = nuErrors(runNuChecker([canary, ...files]));
		const [canaryErrors, pageErrors] = [
			errors.filter((m) => m.url?.endsWith('/canary.html')),
			errors.filter((m) => !m.url?.endsWith('/canary.html'))
		];
		expect(canaryErrors.map((m) => m.message)).toEqual([
			'Bad value “off” for attribute “wrap” on element “textarea”.'
		]);
		expect(
			pageErrors.map((m) => formatNuMessage(m)),
			`the checker's errors in ${files.length} pages`
		).toEqual([]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});
