/**
 * The practice sets as pages read them (data/practice.json joined to the dataset). The first set
 * is the one /practice opens; the others live at /practice/<id>.
 */
import type { PracticeFile } from '../data/schema.ts';
import type { Dataset } from '../model/dataset.ts';
import { scoringItem, type ScoringItemView } from './scoring-item.ts';

export interface PracticeSetView {
	id: string;
	title: string;
	description: string;
	items: ScoringItemView[];
	/** Where the set is answered: /practice for the first set, /practice/<id> for the others. */
	href: string;
}

export function practiceHref(setId: string, first: boolean): string {
	return first ? '/practice' : `/practice/${setId}`;
}

export function joinPractice(file: PracticeFile, dataset: Dataset): PracticeSetView[] {
	const stanceById = new Map(dataset.stances.map((s) => [s.id, s]));
	return file.sets.map((set, i) => ({
		id: set.id,
		title: set.title,
		description: set.description,
		items: set.items.map((item) => scoringItem(item, stanceById)),
		href: practiceHref(set.id, i === 0)
	}));
}
