/**
 * The releases as an Atom feed (RFC 4287), newest first: each release's version, date, note and
 * what changed from the release before. Links are relative to the feed's own address (Atom
 * resolves them against it), so the feed works wherever the site is served; ids are tag: URIs,
 * stable whatever the address.
 */
import type { MetaFile, Release } from '../data/schema.ts';

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const TAG = 'tag:openness-spectrum,2026';
const timestamp = (date: string) => `${date}T00:00:00Z`;

/**
 * The feed's text. `summaries` gives, by version, what changed from the release before it (null
 * for the first release).
 */
export function releasesFeed(
	meta: Pick<MetaFile, 'title' | 'updated'>,
	releases: readonly Release[],
	summaries: ReadonlyMap<string, string | null>
): string {
	const title = meta.title ?? 'Openness Spectrum dataset';
	const newest = [...releases].reverse();
	const updated = newest[0]?.date ?? meta.updated;
	const entries = newest.map((release, i) => {
		const previous = newest[i + 1]?.version;
		const summary = summaries.get(release.version);
		const href =
			previous === undefined
				? `changes#v${release.version}`
				: `changes/${previous}/${release.version}`;
		const content = summary ? `${release.note} ${summary}.` : release.note;
		return [
			'\t<entry>',
			`\t\t<title>${escapeXml(`${title}, version ${release.version}`)}</title>`,
			`\t\t<id>${TAG}:release:${escapeXml(release.version)}</id>`,
			`\t\t<updated>${timestamp(release.date)}</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
			`\t\t<link rel="enclosure" type="application/json" href="v/${escapeXml(release.version)}/openness-spectrum.json"/>`,
			`\t\t<summary>${escapeXml(content)}</summary>`,
			'\t</entry>'
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`\t<title>${escapeXml(`${title}: releases`)}</title>`,
		`\t<id>${TAG}:releases</id>`,
		`\t<updated>${timestamp(updated)}</updated>`,
		'\t<author><name>Openness Spectrum editors</name></author>',
		'\t<link rel="self" type="application/atom+xml" href="changes.xml"/>',
		'\t<link rel="alternate" type="text/html" href="changes"/>',
		...entries,
		'</feed>',
		''
	].join('\n');
}
