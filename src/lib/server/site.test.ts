import { describe, expect, it } from 'vitest';
import { leftOutNote, siteAddress, siteOrigin } from './site.ts';

describe('siteAddress', () => {
	it('keeps an https origin without its path, and a repository without its trailing slash', () => {
		expect(
			siteAddress({
				PUBLIC_SITE_ORIGIN: 'https://owner.github.io/',
				PUBLIC_REPO_URL: 'https://github.com/owner/repo/'
			})
		).toEqual({ origin: 'https://owner.github.io', repoUrl: 'https://github.com/owner/repo' });
	});

	it('drops what is not https (a local http origin aside)', () => {
		expect(siteOrigin('http://example.org')).toBeNull();
		expect(siteOrigin('javascript:alert(1)')).toBeNull();
		expect(siteOrigin('http://localhost:4173')).toBe('http://localhost:4173');
		expect(siteAddress({ PUBLIC_REPO_URL: 'http://github.com/x/y' }).repoUrl).toBeNull();
	});
});

describe('leftOutNote', () => {
	it('names each missing setting and what it costs, and nothing when both are set', () => {
		const note = leftOutNote({ origin: null, repoUrl: null }) ?? '';
		expect(note).toMatch(/^PUBLIC_SITE_ORIGIN is not set: .*sitemap/);
		expect(note).toMatch(/\nPUBLIC_REPO_URL is not set: /);
		expect(leftOutNote({ origin: 'https://a.example', repoUrl: 'https://github.com/a/b' })).toBe(
			null
		);
	});
});
