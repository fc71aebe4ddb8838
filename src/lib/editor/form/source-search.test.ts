import { describe, expect, it } from 'vitest';
import { searchSources } from './source-search.ts';

const sources = [
	{ id: 'import-ai-429', outlet: 'Import AI', title: 'Eval the world economy', date: '2025-09-29' },
	{ id: 'github-copy-import-ai-429', outlet: 'GitHub', title: 'Copy', date: '2025-09-29' },
	{ id: 'wired-2025-02', outlet: 'WIRED', title: 'Thinking Machines', date: '2025-02-18' },
	{ id: 'le-monde-2024', outlet: 'Le Monde', title: 'Entretien à Paris', date: '2024' }
];
const ids = (query: string, limit?: number) =>
	searchSources(sources, query, limit).map((s) => s.id);

describe('searchSources', () => {
	it('lists every source for an empty query, up to the limit', () => {
		expect(ids('')).toHaveLength(4);
		expect(ids('', 2)).toEqual(['import-ai-429', 'github-copy-import-ai-429']);
	});
	it('matches every word in id, outlet, title or date, any case, accents ignored', () => {
		expect(ids('wired thinking')).toEqual(['wired-2025-02']);
		expect(ids('ENTRETIEN a paris')).toEqual(['le-monde-2024']);
		expect(ids('2025-09')).toEqual(['import-ai-429', 'github-copy-import-ai-429']);
		expect(ids('nothing like it')).toEqual([]);
	});
	it('matches the start of words only', () => {
		expect(ids('port')).toEqual([]);
		expect(ids('imp econ')).toEqual(['import-ai-429']);
	});
	it('puts the exact id and then ids starting with the query first', () => {
		expect(ids('github-copy-import-ai-429')[0]).toBe('github-copy-import-ai-429');
		expect(ids('import')).toEqual(['import-ai-429', 'github-copy-import-ai-429']);
		expect(ids('import ai')).toEqual(['import-ai-429', 'github-copy-import-ai-429']);
	});
});
