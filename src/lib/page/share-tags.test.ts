import { describe, expect, it } from 'vitest';
import { canonicalUrl, shareTags } from './share-tags.ts';

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
