/**
 * The head of a page as a link preview reads it: Open Graph and Twitter card tags, and the
 * canonical address. Share images live at /share/<name>.png (made at build time, see
 * share-images.server.ts); with the site's origin known (PUBLIC_SITE_ORIGIN) every address is
 * absolute, as Open Graph asks; without it, a path.
 *
 * The tags are written into each prerendered page by the server hook (`withShareTags`, from the
 * page's own <title> and description), so they cost readers no JavaScript.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PageShareInput {
	/** The page's title, without " · Openness Spectrum". */
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

/** `"`, `&`, `<` and `>` as entities: text safe inside a double-quoted attribute. */
function attribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** Undoes the entities Svelte writes in text and attributes, so nothing is escaped twice. */
function decode(html: string): string {
	return html
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

const SITE_SUFFIX = ' · Openness Spectrum';

/**
 * A rendered page with its share tags (and canonical link) added at the end of its head, from
 * its own <title> and description. A page without a title is left as it is.
 */
export function withShareTags(
	html: string,
	page: Omit<PageShareInput, 'title' | 'description'>
): string {
	const head = html.indexOf('</head>');
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	if (head < 0 || title === undefined) return html;
	const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
	const pageTitle = decode(title).replace(SITE_SUFFIX, '');
	const input = {
		...page,
		title: pageTitle,
		description: decode(description),
		// The picture's text names the page it belongs to (a leader's name, a step's title).
		imageAlt: `${pageTitle}. ${page.imageAlt}`
	};
	const canonical = canonicalUrl(input);
	const tags = [
		...(canonical === null ? [] : [`<link rel="canonical" href="${attribute(canonical)}">`]),
		...shareTags(input).map(
			(tag) => `<meta ${tag.attribute}="${tag.key}" content="${attribute(tag.content)}">`
		)
	];
	return `${html.slice(0, head)}${tags.join('\n')}\n${html.slice(head)}`;
}

/**
 * A page's relative links ("./_app/…", "../favicon.svg": SvelteKit writes its own files' so)
 * made absolute under `base`.
 */
export function absoluteLinks(html: string, base: string): string {
	return html.replaceAll(/="(?:\.\.?\/)+/g, `="${base}/`);
}
