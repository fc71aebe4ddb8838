/**
 * Finding a source as an editor types: every word typed must begin a word of the source's id,
 * outlet, title or date (any case, accents ignored: "import ai" finds import-ai-429, not
 * "importance … ai"); an exact id comes first, then ids that start with the words, then the rest
 * in the data's order.
 */
import { kebabWords } from './suggest-ids.ts';

export interface Searchable {
	id: string;
	outlet: string;
	title: string;
	date: string;
}

/** The sources matching `query`, best first, at most `limit`. */
export function searchSources<T extends Searchable>(
	sources: readonly T[],
	query: string,
	limit = 50
): T[] {
	const wanted = kebabWords(query);
	const words = wanted.split('-').filter(Boolean);
	if (words.length === 0) return sources.slice(0, limit);
	const rank = (s: T) => (s.id === wanted ? 0 : s.id.startsWith(wanted) ? 1 : 2);
	return sources
		.filter((s) => {
			const haystack = kebabWords(`${s.id} ${s.outlet} ${s.title} ${s.date}`).split('-');
			return words.every((w) => haystack.some((h) => h.startsWith(w)));
		})
		.map((s, i) => ({ s, i, r: rank(s) }))
		.sort((a, b) => a.r - b.r || a.i - b.i)
		.slice(0, limit)
		.map(({ s }) => s);
}
