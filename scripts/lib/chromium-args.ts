/**
 * How every tool here starts Chromium: root needs --no-sandbox, and the rest stop it calling home
 * on a closed network (Playwright's config, the screenshots and the benchmark all use these).
 */
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from './find-chromium.ts';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Chromium for a script (screenshots, the benchmark), started as the tests start it. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium()?.executablePath, args: CHROMIUM_ARGS });
}
