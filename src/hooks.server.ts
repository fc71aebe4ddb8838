import type { Handle, HandleServerError } from '@sveltejs/kit';
import { InvalidDatasetError } from '$lib/server/dataset-from';

// An invalid dataset is the editor's error, not an internal one: show them the validator's
// message (file:line:column for each problem) instead of a bare "Internal Error".
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof InvalidDatasetError) return { message: error.message };
	return { message: 'Internal Error' };
};

/** The start of the script a page with client-side rendering loads. */
const CLIENT_START = '_app/immutable/entry/start.';

// A page without script (csr = false: /brief, the student handout) that prints a line naming the
// site's address (PrintedLine) gets the three lines that write the origin in; a page with script
// writes it itself, and every other page is left as it is.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.includes('data-site-origin') && !html.includes(CLIENT_START)
				? html.replace('</head>', '\t<script src="/page-address.js" defer></script>\n\t</head>')
				: html
	});
