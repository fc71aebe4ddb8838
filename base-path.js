/**
 * The base path the site is built for, from BASE_PATH (e.g. "/openness-spectrum" for a GitHub Pages
 * project site): empty, or starting with a slash and not ending with one, as SvelteKit's
 * `paths.base` wants it. svelte.config.js gives it to SvelteKit; vite.config.ts writes it into the
 * code as the constant `__BASE_PATH__` (`$lib/base-path`), so a link costs no import at run time.
 */
export function basePath() {
	const path = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
	if (path !== '' && !path.startsWith('/')) throw new Error(`BASE_PATH must start with /: ${path}`);
	return /** @type {'' | `/${string}`} */ (path);
}
