/**
 * How every tool here starts Chromium: root needs --no-sandbox, and the rest stop it calling home
 * on a closed network (Playwright's config, the screenshots and the benchmark all use these).
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
