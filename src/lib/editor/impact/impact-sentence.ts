/**
 * The story impact in words: "This changeset changes the chart in steps 5 to 8 and their slides
 * (7–10)." Numbers run together are written as ranges; steps whose words may no longer fit and
 * steps removed get a sentence of their own.
 */
import type { StoryImpact, WordsReason } from './story-impact.ts';

/** Sorted, distinct numbers as runs: [2, 5, 6, 7] → [[2, 2], [5, 7]]. */
export function numberRuns(numbers: readonly number[]): [number, number][] {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const runs: [number, number][] = [];
	for (const n of sorted) {
		const last = runs.at(-1);
		if (last && n === last[1] + 1) last[1] = n;
		else runs.push([n, n]);
	}
	return runs;
}

/** Items in prose: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Step numbers in prose: "step 3", "steps 5 to 8", "steps 2 and 5 to 7". */
export function stepsInWords(numbers: readonly number[]): string {
	const runs = numberRuns(numbers);
	const plural = runs.length > 1 || runs.some(([a, b]) => a !== b);
	// A run of two is said as two numbers: "steps 8, 9 and 11", not "8 and 9 and 11".
	const parts = runs.flatMap(([a, b]) =>
		a === b ? [`${a}`] : b === a + 1 ? [`${a}`, `${b}`] : [`${a} to ${b}`]
	);
	return `${plural ? 'steps' : 'step'} ${listInWords(parts)}`;
}

/** Slide numbers compactly, as in brackets: "7", "7–10", "2, 7–9". */
export function slidesInBrackets(numbers: readonly number[]): string {
	return numberRuns(numbers)
		.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`))
		.join(', ');
}

/** Why one step's words may no longer fit, in a sentence. */
export function wordsReasonInWords(reason: WordsReason): string {
	switch (reason.kind) {
		case 'new-step':
			return 'The step is new.';
		case 'own-words':
			return 'Its words are changed in this changeset.';
		case 'names-leader':
			return `It names ${reason.leaderName}, whose point on its chart changed.`;
		case 'quotes-stance':
			return reason.stanceChanged
				? `It quotes stance ${reason.stanceId}, which this changeset changes.`
				: `It quotes ${reason.leaderName} (stance ${reason.stanceId}), whose point on its chart changed.`;
	}
}

/** The impact in one to three sentences. */
export function impactSentence(impact: StoryImpact): string {
	const charts = impact.steps.filter((s) => s.chartChanged);
	const words = impact.steps.filter((s) => s.words.length > 0);
	const sentences: string[] = [];
	if (charts.length > 0) {
		const one = charts.length === 1;
		sentences.push(
			`This changeset changes the chart in ${stepsInWords(charts.map((s) => s.step))} and ${
				one ? 'its slide' : 'their slides'
			} (${slidesInBrackets(charts.map((s) => s.slide))}).`
		);
	}
	if (words.length > 0) {
		sentences.push(
			`The words of ${stepsInWords(words.map((s) => s.step))} may no longer fit: read ${
				words.length === 1 ? 'it' : 'them'
			} again.`
		);
	}
	if (impact.removed.length > 0) {
		const n = impact.removed.length;
		sentences.push(
			`It removes ${n === 1 ? 'a step' : `${n} steps`}: ${listInWords(impact.removed.map((s) => s.title))}.`
		);
	}
	return sentences.length === 0
		? 'This changeset changes nothing the story draws or says.'
		: sentences.join(' ');
}
