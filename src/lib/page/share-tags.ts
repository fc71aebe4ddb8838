/**
 * The head of a page as a link preview reads it: Open Graph and Twitter card tags, and the
 * canonical address. Share images live at /share/<name>.png (made at build time, see
 * $lib/publish/share-images.server); with the site's origin known (PUBLIC_SITE_ORIGIN) every address is
 * absolute, as Open Graph asks; without it, a path.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PageShareInput {
	title: string;
	description: string;
	/** The share image's name, e.g. "explore" for /share/explore.png. */
	image: string;
	imageAlt: string;
	/** The page's path as served, base path included, e.g. "/openness-spectrum/explore". */
	path: string;
	/** The base path the site is built for ("" or "/openness-spectrum"). */
	base: string;
	/** "https://example.org", or null when unknown. */
	origin: string | null;
}

export interface MetaTag {
	/** `property` for Open Graph, `name` for Twitter. */
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

export function shareImageUrl(input: Pick<PageShareInput, 'image' | 'base' | 'origin'>): string {
	return `${input.origin ?? ''}${input.base}/share/${input.image}.png`;
}

/** The page's canonical address, or null without a known origin. */
export function canonicalUrl(input: Pick<PageShareInput, 'path' | 'origin'>): string | null {
	return input.origin === null ? null : `${input.origin}${input.path}`;
}

export function shareTags(input: PageShareInput): MetaTag[] {
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
	const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
	const image = shareImageUrl(input);
	const url = canonicalUrl(input);
	return [
		og('og:type', 'website'),
		og('og:site_name', 'Openness Spectrum'),
		og('og:title', input.title),
		og('og:description', input.description),
		...(url === null ? [] : [og('og:url', url)]),
		og('og:image', image),
		og('og:image:type', 'image/png'),
		og('og:image:width', String(SHARE_IMAGE_SIZE.width)),
		og('og:image:height', String(SHARE_IMAGE_SIZE.height)),
		og('og:image:alt', input.imageAlt),
		tw('twitter:card', 'summary_large_image'),
		tw('twitter:title', input.title),
		tw('twitter:description', input.description),
		tw('twitter:image', image),
		tw('twitter:image:alt', input.imageAlt)
	];
}
