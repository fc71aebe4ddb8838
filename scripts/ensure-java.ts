/**
 * Makes sure the HTML validity test has a Java for the W3C Nu Html Checker, and says what it did.
 *
 * Found: prints which. Not found: as root on Debian/Ubuntu, installs `default-jre-headless` (as
 * ensure-chromium.ts installs Chromium); otherwise fails with the sentence findJava gives, never
 * with a stack trace half-way through the tests.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findJava } from './lib/find-java.ts';

function tryFind() {
	try {
		return findJava();
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

let found = tryFind();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (found instanceof Error && isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("No Java found: installing Debian's default-jre-headless package (about a minute)…");
	execSync('apt-get update -qq', { stdio: 'inherit' });
	execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless', {
		stdio: 'inherit'
	});
	found = tryFind();
}
if (found instanceof Error) {
	console.error(found.message);
	process.exit(1);
}
console.log(`Java for the HTML validity test: ${found.command} (Java ${found.version})`);
