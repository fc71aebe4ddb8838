import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePath } from './base-path.js';

// A second build beside the first names its own folders (otherwise .svelte-kit/ and build/): the
// end-to-end tests build the pages a large dataset gets (`parts`, see src/lib/server/page-weight.ts)
// and the site under a sub-path (`subpath`, with BASE_PATH).
const second = process.env.OPENNESS_BUILD;
if (second && !/^(parts|subpath)$/.test(second))
	throw new Error(`Unknown OPENNESS_BUILD: ${second}`);

/**
 * `{base}` opening a quoted attribute (`href="{base}/explore"`) is written as the base path itself
 * before Svelte compiles, so such a link stays plain HTML in the component's template and costs
 * readers no script (the same constant as `$lib/base-path`).
 */
const basePathInMarkup = {
	name: 'base-path',
	/** @param {{ content: string }} input */
	markup: ({ content }) => ({ code: content.replaceAll('="{base}', `="${basePath()}`) })
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: [basePathInMarkup, vitePreprocess()],
	kit: {
		outDir: second ? `.svelte-kit-${second}` : '.svelte-kit',
		// BASE_PATH=/openness-spectrum builds the site for that sub-path (GitHub Pages, any static
		// host): every link goes through `base` from $app/paths.
		// Our own links are absolute under the base path ($lib/base-path); SvelteKit's own links to
		// its files stay relative, except on the 404 page (see src/hooks.server.ts).
		paths: { base: basePath() },
		// Every page is prerendered to plain HTML, so charts and citations are there before any script runs.
		adapter: adapter({
			strict: true,
			...(second ? { pages: `build-${second}`, assets: `build-${second}` } : {})
		}),
		prerender: {
			// Named here, as no link leads to them: the speaker's notes window (opened by script),
			// the dataset files that large pages fetch (src/lib/page/shared-dataset.ts) and the page
			// static hosts serve for a missing address (build/404.html).
			entries: ['*', '/present/notes', '/data/chart.json', '/data/joined.json', '/404'],
			// A broken internal link fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			// The pages of versions are built once per release (or pair of releases): a dataset with
			// none, or one, has none of them. Any other route never built fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				const versioned = /\/data\/(v\/\[version\]|changes\/\[from\]\/\[to\])\//;
				if (routes.some((route) => !versioned.test(`${route}/`))) throw new Error(message);
			}
		},
		// Only the presentation registers the offline cache (src/lib/present/keep-offline.ts).
		serviceWorker: { register: false },
		// Hash mode, so the policy is written into every prerendered page as a <meta> tag.
		// Nothing may load from another origin: no CDN, web font or analytics.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Inline style attributes (chart sizing) are harmless; scripts stay hash-locked.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			// svelte-check only sees files in the generated tsconfig: add scripts, tests and configs.
			config(config) {
				config.include.push(
					'../scripts/**/*.ts',
					'../tests/**/*.ts',
					'../playwright.config.ts',
					'../vite.config.ts'
				);
			}
		}
	}
};

export default config;
