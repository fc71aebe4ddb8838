/**
 * Makes sure the end-to-end tests have a Chromium, and says what it did.
 *
 * Found: prints where. Not found: as root on Debian/Ubuntu, installs the `chromium` package;
 * otherwise runs `npx playwright install chromium`. Fails with a plain sentence, never with a
 * browser launch error half-way through the tests.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.ts';

function run(command: string): void {
	console.log(`$ ${command}`);
	execSync(command, { stdio: 'inherit' });
}

function install(): void {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log("No Chromium found: installing Debian's chromium package (about a minute)…");
		run('apt-get update -qq');
		run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	} else {
		console.log(
			"No Chromium found: installing Playwright's Chromium (npx playwright install chromium)…"
		);
		run('npx playwright install chromium');
	}
}

let found = findChromium();
if (!found) {
	try {
		install();
	} catch (error) {
		console.error(
			'\nCould not install a Chromium for the end-to-end tests.\n' +
				'Install one yourself (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere:\n' +
				'`npx playwright install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary.'
		);
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
	found = findChromium();
	if (!found) {
		console.error(
			'Installed a Chromium, but still cannot find it: set CHROMIUM_PATH to its executable.'
		);
		process.exit(1);
	}
}
console.log(
	`Chromium for end-to-end tests: ${found.executablePath ?? "Playwright's own"} (${found.origin})`
);
