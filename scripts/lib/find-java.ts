/**
 * Where is a Java that can run the Nu Html Checker (vnu.jar needs Java 11 or newer)? In order:
 * $JAVA_HOME/bin/java, then `java` on the PATH. Never downloads one: where there is none, the
 * error says how to install it, so a fresh machine fails with a sentence, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_JAVA = 11;

export interface FoundJava {
	/** The command to run: an absolute path, or `java` from the PATH. */
	command: string;
	/** The major version it reported. */
	version: number;
}

/** The major version in `java -version`'s output: 17 from `version "17.0.15"`, 8 from `"1.8.0"`. */
export function javaMajorVersion(output: string): number | undefined {
	const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
	if (!match) return undefined;
	const major = Number(match[1]);
	return major === 1 && match[2] ? Number(match[2]) : major;
}

/** Runs `<command> -version` and returns what it printed, or undefined when it did not run. */
export type VersionProbe = (command: string) => string | undefined;

const probe: VersionProbe = (command) => {
	const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
	if (result.error || result.status !== 0) return undefined;
	return `${result.stderr}${result.stdout}`;
};

const HOW_TO_INSTALL =
	'Install one (Debian/Ubuntu: `apt-get install -y default-jre-headless`; macOS: `brew install openjdk`) ' +
	'or set JAVA_HOME to it.';

export function findJava(
	env: NodeJS.ProcessEnv = process.env,
	run: VersionProbe = probe
): FoundJava {
	let command = 'java';
	let where = '`java` on the PATH';
	if (env.JAVA_HOME) {
		command = join(env.JAVA_HOME, 'bin', 'java');
		if (!existsSync(command)) {
			throw new Error(`JAVA_HOME is set to "${env.JAVA_HOME}", but there is no bin/java in it.`);
		}
		where = `JAVA_HOME (${command})`;
	}
	const output = run(command);
	if (output === undefined) {
		throw new Error(
			`The HTML validity test runs the W3C Nu Html Checker, which needs Java ${MIN_JAVA} or newer, ` +
				`and there is no Java here (looked for ${where}). ${HOW_TO_INSTALL}`
		);
	}
	const version = javaMajorVersion(output);
	if (version === undefined || version < MIN_JAVA) {
		throw new Error(
			`The W3C Nu Html Checker needs Java ${MIN_JAVA} or newer; ${where} is ` +
				`${version === undefined ? 'of an unknown version' : `Java ${version}`}. ${HOW_TO_INSTALL}`
		);
	}
	return { command, version };
}
