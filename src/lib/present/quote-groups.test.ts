import { describe, expect, it } from 'vitest';
import type { CitationView, StanceView } from '../model/dataset.ts';
import { quoteGroups } from './quote-groups.ts';
import type { SlideQuote } from './slides.ts';

const quote = (text: string, leaderId: string, sourceId: string): SlideQuote => ({
	text,
	stance: { leaderId } as StanceView,
	citation: { source: { id: sourceId } } as CitationView
});

describe('quoteGroups', () => {
	it('runs quotes of one person from one source together, in order', () => {
		const a = quote('a', 'ada', 'talk');
		const b = quote('b', 'ada', 'talk');
		const c = quote('c', 'alan', 'talk');
		const d = quote('d', 'ada', 'talk');
		const e = quote('e', 'ada', 'paper');
		expect(quoteGroups([a, b, c, d, e])).toEqual([[a, b], [c], [d], [e]]);
	});

	it('has no groups for no quotes', () => {
		expect(quoteGroups([])).toEqual([]);
	});
});
