/**
 * What a practice page needs (the quiz and its worksheet): the set its address names, the axes
 * with their rubrics, and the other sets to link to.
 */
import { error } from '@sveltejs/kit';
import { loadDataset, loadPractice } from './dataset.ts';

/** The sets with an address of their own (/practice/<id>); the first is /practice. */
export function practiceEntries(): { set: string }[] {
	return loadPractice()
		.slice(1)
		.map((set) => ({ set: set.id }));
}

export function practicePage(setId: string | undefined) {
	const sets = loadPractice();
	// The first set has one address, /practice: /practice/<its id> is not another.
	const set = setId === undefined ? sets[0] : sets.slice(1).find((s) => s.id === setId);
	if (!set) error(404, `No practice set "${setId}"`);
	return {
		set,
		axes: loadDataset().axes,
		others: sets
			.filter((s) => s !== set)
			.map((s) => ({ id: s.id, title: s.title, href: s.href, count: s.items.length }))
	};
}
