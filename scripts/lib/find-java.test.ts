import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJava, javaMajorVersion } from './find-java.ts';

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment';

describe('javaMajorVersion', () => {
	it('reads the major version, old style (1.8) too', () => {
		expect(javaMajorVersion(JAVA_17)).toBe(17);
		expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
		expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
		expect(javaMajorVersion('no version here')).toBeUndefined();
	});
});

describe('findJava', () => {
	it('takes java from the PATH when JAVA_HOME is unset', () => {
		expect(findJava({}, () => JAVA_17)).toEqual({ command: 'java', version: 17 });
	});

	it('takes $JAVA_HOME/bin/java first', () => {
		const home = mkdtempSync(join(tmpdir(), 'jdk-'));
		mkdirSync(join(home, 'bin'));
		writeFileSync(join(home, 'bin', 'java'), '');
		const probed: string[] = [];
		const found = findJava({ JAVA_HOME: home }, (command) => (probed.push(command), JAVA_17));
		expect(found).toEqual({ command: join(home, 'bin', 'java'), version: 17 });
		expect(probed).toEqual([join(home, 'bin', 'java')]);
		rmSync(home, { recursive: true });
	});

	it('says plainly when $JAVA_HOME has no java', () => {
		expect(() => findJava({ JAVA_HOME: '/nowhere/jdk' }, () => JAVA_17)).toThrow(
			'JAVA_HOME is set to "/nowhere/jdk", but there is no bin/java in it.'
		);
	});

	it('says plainly that Java is missing and how to install it', () => {
		expect(() => findJava({}, () => undefined)).toThrow(
			/needs Java 11 or newer, and there is no Java here \(looked for `java` on the PATH\)\. Install one/
		);
	});

	it('refuses a Java older than 11', () => {
		expect(() => findJava({}, () => 'java version "1.8.0_392"')).toThrow(
			'`java` on the PATH is Java 8'
		);
	});
});
