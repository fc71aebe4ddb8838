import { practiceEntries, practicePage } from '$lib/server/practice-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => practiceEntries()) satisfies EntryGenerator;

export const load = (({ params }) => practicePage(params.set)) satisfies PageServerLoad;
