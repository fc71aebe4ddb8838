import { describe, expect, it } from 'vitest';
import { escapeXml, releasesFeed } from './releases-feed.ts';

const releases = [
	{ version: '1.0.0', date: '2026-01-02', note: 'First.' },
	{ version: '1.1.0', date: '2026-03-04', note: 'Sources <checked> & "fixed".' }
];
const feed = releasesFeed(
	{ title: 'Test data', updated: '2026-03-04' },
	releases,
	new Map([
		['1.0.0', null],
		['1.1.0', 'Stances changed 2']
	])
);

describe('releasesFeed', () => {
	it('is an Atom feed, newest release first, dated by its newest release', () => {
		expect(
			feed.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
			)
		).toBe(true);
		expect(feed).toContain('\t<updated>2026-03-04T00:00:00Z</updated>');
		const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
		expect(ids).toEqual([
			'tag:openness-spectrum,2026:releases',
			'tag:openness-spectrum,2026:release:1.1.0',
			'tag:openness-spectrum,2026:release:1.0.0'
		]);
	});
	it('links each release to what changed from the one before, and to its download', () => {
		expect(feed).toContain('href="changes/1.0.0/1.1.0"');
		expect(feed).toContain('href="changes#v1.0.0"');
		expect(feed).toContain('href="v/1.1.0/openness-spectrum.json"');
	});
	it('escapes the data it carries', () => {
		expect(feed).toContain(
			'<summary>Sources &lt;checked&gt; &amp; &quot;fixed&quot;. Stances changed 2.</summary>'
		);
		expect(escapeXml(`<a href='x'>&</a>`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;');
	});
});
