import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema.ts';
import { countChecks, hostOf, quoteCheck, readInIds } from './quote-check.ts';

const copy: Source = {
	id: 'copy',
	kind: 'article',
	outlet: 'A Weblog',
	title: 'A copy',
	date: '2024-03-06'
};
const essay: Source = { ...copy, id: 'essay', outlet: 'The essay', seed: true };

describe('quoteCheck', () => {
	it('reads a citation without via as checked at the original', () => {
		expect(quoteCheck({})).toBe('original');
	});
	it('reads via a copy or report as read in a copy', () => {
		expect(quoteCheck({ via: copy })).toBe('copy');
	});
	it('reads via the seed essay as not checked', () => {
		expect(quoteCheck({ via: essay })).toBe('essay');
	});
});

describe('countChecks', () => {
	it('counts each kind of check', () => {
		const counts = countChecks([{ check: 'original' }, { check: 'copy' }, { check: 'original' }]);
		expect(counts).toEqual({ original: 2, copy: 1, essay: 0 });
	});
});

describe('hostOf', () => {
	it('names the host a link opens, without www', () => {
		expect(hostOf('https://www.theverge.com/2023/3/15/x')).toBe('theverge.com');
		expect(hostOf('https://openai.com/index/openai-api/')).toBe('openai.com');
	});
});

describe('readInIds', () => {
	it('collects the copies and reports quotes were read in, not the originals', () => {
		const ids = readInIds([{ citations: [{ via: copy }, {}] }, { citations: [{ via: essay }] }]);
		expect([...ids].sort()).toEqual(['copy', 'essay']);
	});
});
