import { describe, expect, it } from 'vitest';
import { absoluteLinks, canonicalUrl, shareTags, withShareTags } from './share-tags.ts';

const page = {
	title: 'Explore the spectrum',
	description: 'Where each leader stood.',
	image: 'explore',
	imageAlt: 'The spectra, Nov 2026',
	path: '/openness-spectrum/explore',
	base: '/openness-spectrum'
};
const content = (tags: ReturnType<typeof shareTags>, key: string) =>
	tags.find((t) => t.key === key)?.content;

describe('shareTags', () => {
	it('names the image by absolute address, and the page, when the origin is known', () => {
		const tags = shareTags({ ...page, origin: 'https://example.org' });
		expect(content(tags, 'og:image')).toBe(
			'https://example.org/openness-spectrum/share/explore.png'
		);
		expect(content(tags, 'twitter:image')).toBe(content(tags, 'og:image'));
		expect(content(tags, 'og:url')).toBe('https://example.org/openness-spectrum/explore');
		expect(content(tags, 'og:image:width')).toBe('1200');
		expect(content(tags, 'og:image:height')).toBe('630');
		expect(content(tags, 'twitter:card')).toBe('summary_large_image');
		expect(
			tags.filter((t) => t.key.startsWith('og:')).every((t) => t.attribute === 'property')
		).toBe(true);
		expect(
			tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attribute === 'name')
		).toBe(true);
	});

	it('falls back to a path, and leaves out og:url and the canonical address, without an origin', () => {
		const tags = shareTags({ ...page, origin: null });
		expect(content(tags, 'og:image')).toBe('/openness-spectrum/share/explore.png');
		expect(content(tags, 'og:url')).toBeUndefined();
		expect(canonicalUrl({ path: page.path, origin: null })).toBeNull();
	});
});

describe('withShareTags', () => {
	const html =
		'<html><head><title>Sam Altman &amp; &quot;openness&quot; · Openness Spectrum</title>' +
		'<meta name="description" content="His stances &amp; quotes."></head><body></body></html>';
	const share = {
		image: 'leader-sam-altman',
		imageAlt: 'His chart',
		path: '/leaders/sam-altman',
		base: ''
	};

	it("adds the tags at the end of the head, from the page's own title and description", () => {
		const out = withShareTags(html, { ...share, origin: 'https://example.org' });
		const head = out.slice(0, out.indexOf('</head>'));
		expect(head).toContain(
			'<meta property="og:title" content="Sam Altman &amp; &quot;openness&quot;">'
		);
		expect(head).toContain('<meta property="og:description" content="His stances &amp; quotes.">');
		expect(head).toContain('<link rel="canonical" href="https://example.org/leaders/sam-altman">');
		expect(head).toContain(
			'<meta property="og:image" content="https://example.org/share/leader-sam-altman.png">'
		);
		expect(head).toContain(
			'<meta property="og:image:alt" content="Sam Altman &amp; &quot;openness&quot;. His chart">'
		);
		expect(out.endsWith('</head><body></body></html>')).toBe(true);
	});

	it('leaves a page without a title alone', () => {
		const bare = '<html><head></head><body></body></html>';
		expect(withShareTags(bare, { ...share, origin: null })).toBe(bare);
	});
});

describe('absoluteLinks', () => {
	it("makes a page's relative links absolute under the base path, and leaves the others", () => {
		const html =
			'<link href="./_app/immutable/a.css"><link rel="icon" href="../../favicon.svg">' +
			'<a href="/openness-spectrum/explore"><a href="https://example.org/">';
		expect(absoluteLinks(html, '/openness-spectrum')).toBe(
			'<link href="/openness-spectrum/_app/immutable/a.css"><link rel="icon" href="/openness-spectrum/favicon.svg">' +
				'<a href="/openness-spectrum/explore"><a href="https://example.org/">'
		);
	});
});
