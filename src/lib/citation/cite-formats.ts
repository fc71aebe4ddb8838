/**
 * "Cite this view": a view of the site as a reference, in the formats reference managers read:
 * plain text (APA), BibTeX, CSL-JSON and RIS, written by Citation.js (kept, and tested for each of
 * these) rather than by hand. The dataset is the item cited, named with its version, the view's
 * address and the date accessed; each source quoted in the view follows as an item of its own,
 * with the quoted words in its note.
 *
 * Loaded only when a reader asks for a citation (CiteView.svelte imports it on demand): Citation.js
 * is far larger than any reader route's budget.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

export const CITE_FORMATS = ['text', 'bibtex', 'csl', 'ris'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** A quote the view shows, with who said it and where. */
export interface QuoteInView {
	quote: string;
	speaker: string;
	source: { id: string; title: string; outlet: string; date: string; url?: string | undefined };
}

/** What a citation of a view names. */
export interface ViewToCite {
	/** The dataset's title, version and date (meta.json). */
	dataset: { title: string; version: string; updated: string };
	/** What the view shows, e.g. "Explore, Nov 2026" or "Sam Altman on model weights". */
	view: string;
	/** The view's full address. */
	url: string;
	/** "YYYY-MM-DD". */
	accessed: string;
	quotes: QuoteInView[];
}

type DateParts = { 'date-parts': number[][] };

/** "2024", "2024-05" or "2024-05-07" as CSL date parts. */
function dateParts(date: string): DateParts {
	return { 'date-parts': [date.split('-').map(Number)] };
}

/** The view as CSL-JSON items: the dataset, then each source quoted, once. */
export function viewCslItems(view: ViewToCite): Record<string, unknown>[] {
	const { dataset } = view;
	const bySource = new Map<string, QuoteInView[]>();
	for (const q of view.quotes) bySource.set(q.source.id, [...(bySource.get(q.source.id) ?? []), q]);
	const quoted = [...bySource.values()].map((quotes) => {
		const source = quotes[0]?.source;
		return {
			id: `source-${source?.id}`,
			type: 'webpage',
			title: source?.title,
			'container-title': source?.outlet,
			issued: dateParts(source?.date ?? ''),
			...(source?.url ? { URL: source.url } : {}),
			note: quotes.map((q) => `Quoted (${q.speaker}): “${q.quote}”`).join(' ')
		};
	});
	return [
		{
			id: `openness-spectrum-${dataset.version}`,
			type: 'dataset',
			title: `${dataset.title}: ${view.view}`,
			version: dataset.version,
			author: [{ literal: 'Openness Spectrum contributors' }],
			issued: dateParts(dataset.updated),
			accessed: dateParts(view.accessed),
			URL: view.url,
			note:
				`Dataset version ${dataset.version}, accessed ${view.accessed}.` +
				(view.quotes.length > 0
					? ` ${view.quotes.length} quote${view.quotes.length === 1 ? '' : 's'} shown, with their sources listed after it.`
					: '')
		},
		...quoted
	];
}

/** The view cited in one format, as text to copy. */
export function citeView(view: ViewToCite, format: CiteFormat): string {
	const items = viewCslItems(view);
	const cite = new Cite(items);
	if (format === 'bibtex') return cite.format('bibtex');
	if (format === 'ris') return cite.format('ris');
	if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
	// Plain text: the dataset in APA, then each quote with its source.
	const [first] = items;
	const reference = new Cite(first).format('bibliography', {
		format: 'text',
		template: 'apa',
		lang: 'en-US'
	});
	const quotes = view.quotes.map((q) => {
		const where = [q.source.outlet, q.source.title, q.source.date, q.source.url].filter(Boolean);
		return `“${q.quote}” (${q.speaker}). ${where.join(', ')}`;
	});
	return [reference.trim(), ...(quotes.length > 0 ? ['', 'Quotes shown:', ...quotes] : [])].join(
		'\n'
	);
}
