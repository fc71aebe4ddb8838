import { describe, expect, it } from 'vitest';
import { citeView, viewCslItems, type ViewToCite } from './cite-formats.ts';

const view: ViewToCite = {
	dataset: { title: 'Openness Spectrum dataset', version: '2.2.1', updated: '2026-11-30' },
	view: 'Sam Altman on model weights',
	url: 'https://example.org/openness-spectrum/explore?stance=altman-weights-2025',
	accessed: '2026-12-01',
	quotes: [
		{
			quote: 'We will open some & not others',
			speaker: 'Sam Altman',
			source: {
				id: 'verge-2025',
				title: 'An interview',
				outlet: 'The Verge',
				date: '2025-05',
				url: 'https://www.theverge.com/x'
			}
		},
		{
			quote: 'A second line',
			speaker: 'Sam Altman',
			source: { id: 'verge-2025', title: 'An interview', outlet: 'The Verge', date: '2025-05' }
		}
	]
};

describe('citeView', () => {
	it('plain text: the dataset in APA with version and address, then each quote and its source', () => {
		const text = citeView(view, 'text');
		expect(text).toContain(
			'Openness Spectrum dataset: Sam Altman on model weights (Version 2.2.1) [Dataset]'
		);
		expect(text).toContain(view.url);
		expect(text).toContain(
			'Quotes shown:\n“We will open some & not others” (Sam Altman). The Verge, An interview, 2025-05, https://www.theverge.com/x'
		);
	});

	it('BibTeX: an entry for the dataset and one for the source, with the quotes in its note', () => {
		const bibtex = citeView(view, 'bibtex');
		expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(2);
		expect(bibtex).toContain(`url = {${view.url}}`);
		expect(bibtex).toContain('Dataset version 2.2.1, accessed 2026-12-01.');
		expect(bibtex).toContain('We will open some \\& not others');
	});

	it('RIS: a DATA record with the version as edition and the access date, then the source', () => {
		const ris = citeView(view, 'ris');
		expect(ris).toMatch(/^TY {2}- DATA$/m);
		expect(ris).toMatch(/^ET {2}- 2\.2\.1$/m);
		expect(ris).toMatch(/^Y2 {2}- 2026\/12\/1\/$/m);
		expect(ris).toMatch(/^UR {2}- https:\/\/www\.theverge\.com\/x$/m);
		expect(ris.match(/^ER {2}-/gm)).toHaveLength(2);
	});

	it('CSL-JSON: the items as Citation.js reads them back', () => {
		const csl = JSON.parse(citeView(view, 'csl')) as Record<string, unknown>[];
		expect(csl).toEqual(viewCslItems(view));
		expect(csl[0]).toMatchObject({ type: 'dataset', version: '2.2.1', URL: view.url });
		expect(csl).toHaveLength(2);
	});
});
