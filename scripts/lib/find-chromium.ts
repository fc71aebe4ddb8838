/**
 * Where is a Chromium that Playwright can drive? In order: $CHROMIUM_PATH, Debian's package,
 * then Playwright's own download. Shared by the test command (which installs one when none is
 * found) and playwright.config.ts (which launches it).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundChromium {
	/** Absolute path of the executable, or undefined for Playwright's own managed browser. */
	executablePath: string | undefined;
	/** Where it was found, for messages. */
	origin: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium | undefined {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) {
			throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
		}
		return { executablePath: fromEnv, origin: 'CHROMIUM_PATH' };
	}
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	if (system) return { executablePath: system, origin: 'system' };
	try {
		if (existsSync(chromium.executablePath()))
			return { executablePath: undefined, origin: 'playwright' };
	} catch {
		// Playwright throws when it has no browser registry entry for this platform: not found.
	}
	return undefined;
}
