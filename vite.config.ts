import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { basePath } from './base-path.js';
import { datasetPlugin } from './scripts/lib/vite-plugin-dataset.ts';

/**
 * Modules pages load with import() when first needed: kept out of the shared chunks. Whole file
 * names (after a slash): LazyCitationDialog, which every page with a chart loads, is not one.
 */
const ON_DEMAND =
	/[\\/](CitationDialog|StanceChanges|StanceMove|CrowdChooser|EventPopover|Popover|KeysDialog|shared-dataset|ViewNotes|ReleaseComparison|DroppedPoints|ReleaseBand|EvidenceAndVersions|explore-extras|drawn-model|PanelActions|CiteView|cite-formats|contest|ViewShare|embed-message)\.(svelte|ts)$/;

/**
 * Model modules that some reader routes never run, kept out of the model chunk they all load: the
 * join (the editor's, loaded with its checker), a chart state in words (the story's and the
 * slides'), and the explore view's own: drawing from chosen evidence, the moves of a trail, a
 * release's positions. In that chunk they cost every other route bytes it never runs.
 */
const NOT_SHARED =
	/model[\\/](join|describe-state|evidence-filter|release|moves|ghosts|version-diff|change-view|chart-state-parse)\.ts$/;

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	// The base path as a constant in the code ($lib/base-path): links cost no import at run time.
	define: { __BASE_PATH__: JSON.stringify(basePath()) },
	build: {
		// Browsers with light-dark() (2024 on). The default, older target makes the CSS minifier
		// rewrite light-dark() into page-wide variables, and then a region can no longer switch
		// theme with color-scheme (the presentation's dark toggle). Leader colours already use
		// light-dark() in inline styles, which no minifier rewrites.
		cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
		// Citation.js, with its citation styles and BibTeX's character tables, is one chunk of about
		// 750 KB (175 KB gzipped), loaded only when a reader opens "Cite this …" (cite-formats.ts).
		chunkSizeWarningLimit: 800,
		rolldownOptions: {
			checks: { bundlerTimings: false },
			// Fewer, larger shared chunks: the framework, the chart layer with its d3 scales and Layer
			// Cake, and the model with the citation and page parts every reader route uses. Each chunk
			// is gzipped on its own, so dozens of small ones cost more bytes than a few. Higher priority
			// claims a module first. What pages load on demand stays out of the groups.
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							priority: 3,
							test: /node_modules[\\/](svelte|esm-env|clsx|@sveltejs|devalue)[\\/]/
						},
						{
							name: 'model',
							priority: 2,
							test: (id) =>
								/src[\\/]lib[\\/](model[\\/]|vocabulary|citation[\\/]|page[\\/])/.test(id) &&
								!ON_DEMAND.test(id) &&
								!NOT_SHARED.test(id)
						},
						{
							name: 'charts',
							priority: 1,
							// With the URL state's parser, which /explore and its embed both read.
							test: (id) =>
								(/node_modules[\\/](layercake|d3-(scale|array|interpolate|color|format|time|time-format)|internmap)[\\/]|src[\\/]lib[\\/]chart[\\/][^\\/]+$/.test(
									id
								) &&
									!ON_DEMAND.test(id)) ||
								/model[\\/]chart-state-parse\.ts$/.test(id)
						},
						{
							// The evidence as a list (a leader's stances, the events), for /explore, the leader
							// pages and /data: one chunk, not one per part.
							name: 'evidence-list',
							priority: 1,
							test: /src[\\/]lib[\\/](dataset-view[\\/](StanceItem|AffiliationList|EventList|LeaderSection)|citation[\\/]StanceChanges)\.svelte$/
						},
						{
							// A chart state in words, for the story and the slides: its own chunk, or the
							// slides' group would take it in as their dependency and the story would load
							// the slides with it.
							name: 'chart-words',
							priority: 2,
							test: /src[\\/]lib[\\/]model[\\/]describe-state\.ts$/
						},
						{
							// The slides, for the deck and its handout alike: one chunk, not one per pair of
							// routes that share a part. The notes window's own parts, what a Your call slide and
							// the key lists load on demand, and the slides' addresses (the story links to them)
							// stay out.
							name: 'slides',
							priority: 1,
							test: (id) =>
								/src[\\/]lib[\\/]present[\\/]/.test(id) &&
								!/(PresentDeck|PresenterView|elapsed|stopwatch|call-live|CallVotes|call-state|deck-key-help|slides|slide-address)\.(svelte|ts)$/.test(
									id
								) &&
								!ON_DEMAND.test(id)
						}
					]
				}
			}
		}
	},
	test: {
		// Unit tests sit beside what they test; Playwright specs live in tests/e2e and are not vitest's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
