import type { Handle, HandleServerError } from '@sveltejs/kit';
import { base } from '$lib/base-path';
import { shareImageOfRoute } from '$lib/publish/share-route.server';
import { absoluteLinks, withShareTags } from '$lib/publish/share-tags';
import { loadStory } from '$lib/server/dataset';
import { InvalidDatasetError } from '$lib/server/dataset-from';
import { siteAddress } from '$lib/server/site';

// An invalid dataset is the editor's error, not an internal one: show them the validator's
// message (file:line:column for each problem) instead of a bare "Internal Error".
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof InvalidDatasetError) return { message: error.message };
	return { message: 'Internal Error' };
};

/** The start of the script a page with client-side rendering loads. */
const CLIENT_START = '_app/immutable/entry/start.';

const { origin } = siteAddress();

/** The story's steps; none while the data is invalid (the page then shows the validator's error). */
function storySteps() {
	try {
		return loadStory();
	} catch {
		return { steps: [] };
	}
}

/**
 * A page without script (csr = false: /brief, the student handout) that prints a line naming the
 * site's address (PrintedLine) gets the three lines that write the origin in; a page with script
 * writes it itself, and every other page is left as it is.
 */
function withPageAddress(html: string): string {
	return html.includes('data-site-origin') && !html.includes(CLIENT_START)
		? html.replace('</head>', `\t<script src="${base}/page-address.js" defer></script>\n\t</head>`)
		: html;
}

// Every page gets its link-preview tags (Open Graph, Twitter, canonical) written into its head as
// it is prerendered, from its own title and description: no JavaScript for readers.
// The 404 page is served by static hosts for any missing address, at any depth, so its relative
// links (SvelteKit's to its own files; ours are absolute) are made absolute.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = withShareTags(withPageAddress(html), {
				...shareImageOfRoute(event.route.id, event.params, storySteps),
				path: event.url.pathname,
				base,
				origin
			});
			return event.route.id === '/(site)/404' ? absoluteLinks(page, base) : page;
		}
	});
