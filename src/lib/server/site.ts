/**
 * Where the site is published, read at build time from the environment. Both are optional: the
 * site works without them and leaves out only what needs them.
 *
 * - `PUBLIC_SITE_ORIGIN` ("https://example.org"): pages carry canonical addresses, the build writes
 *   /sitemap.xml lists every page, and share images are named by absolute address (as Open Graph asks).
 * - `PUBLIC_REPO_URL` ("https://github.com/owner/repo"): each citation panel offers "Think this
 *   reading is wrong?", opening a prefilled issue there.
 */
import { safeHttpsUrl } from '$lib/citation/safe-url';

/** What a page needs to know of where the site lives. */
export interface SiteAddress {
	/** "https://example.org", no trailing slash; null when not given. */
	origin: string | null;
	/** The repository's https address, no trailing slash; null when not given. */
	repoUrl: string | null;
}

/** An https (or, for a local build, http://localhost) origin, or null. */
export function siteOrigin(value: string | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		const local = url.protocol === 'http:' && url.hostname === 'localhost';
		return url.protocol === 'https:' || local ? url.origin : null;
	} catch {
		return null;
	}
}

export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
	return {
		origin: siteOrigin(env.PUBLIC_SITE_ORIGIN),
		repoUrl: safeHttpsUrl(env.PUBLIC_REPO_URL)?.replace(/\/+$/, '') ?? null
	};
}

/** The build's one note on what it left out, or null when nothing was. */
export function leftOutNote(site: SiteAddress): string | null {
	const missing = [
		site.origin === null
			? 'PUBLIC_SITE_ORIGIN is not set: no canonical addresses, an empty sitemap.xml, and share images are named by path only (some link previews need an absolute address).'
			: null,
		site.repoUrl === null
			? 'PUBLIC_REPO_URL is not set: citation panels leave out "Think this reading is wrong?".'
			: null
	].filter((line) => line !== null);
	return missing.length === 0 ? null : missing.join('\n');
}

let told = false;

/** Says once per build what was left out (see `leftOutNote`). */
export function tellWhatIsLeftOut(site: SiteAddress): void {
	if (told) return;
	told = true;
	const note = leftOutNote(site);
	if (note) console.warn(`\n${note}\n`);
}
