/**
 * A chart state in words, for screen readers and captions: "The spectra for model weights in
 * Nov 2023, with trails from Dec 2015, showing the cast, highlighting Greg Brockman and Ilya
 * Sutskever." The story announces it at each step; a slide can use it as its chart's description.
 */
import type { ChartState } from './chart-state.ts';
import type { Dataset } from './dataset.ts';
import { formatDate } from './format-date.ts';

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

export function describeChartState(state: ChartState, dataset: Dataset): string {
	const name = (id: string) => dataset.leaders.find((l) => l.id === id)?.name ?? id;
	const axis = dataset.axes.find((a) => a.id === state.axis)?.label.toLowerCase();
	const charts =
		state.view === 'spectrum'
			? 'spectra'
			: state.view === 'timelines'
				? 'timelines'
				: 'spectra and timelines';
	const parts = [
		`The ${axis === undefined ? charts : `${charts} for ${axis}`}`,
		state.view === 'timelines'
			? ` up to ${formatDate(state.date)}`
			: ` in ${formatDate(state.date)}`
	];
	if (state.from !== null && state.view !== 'timelines')
		parts.push(`, with trails from ${formatDate(state.from)}`);
	const shown = shownGroups(state, dataset);
	if (shown !== null) parts.push(`, showing ${shown}`);
	if (state.highlight.length > 0)
		parts.push(`, highlighting ${list.format(state.highlight.map(name))}`);
	return `${parts.join('')}.`;
}

/**
 * The two lines a chart's caption shows: the month ("Nov 2023", or "Up to Nov 2023" for the
 * timelines, which show everything until then) and what is drawn ("Model weights, with trails
 * from Dec 2015", or "All four axes").
 */
export function chartCaption(
	state: ChartState,
	axes: readonly { id: string; label: string }[]
): { when: string; what: string } {
	const when = `${state.view === 'timelines' ? 'Up to ' : ''}${formatDate(state.date)}`;
	const axis = axes.find((a) => a.id === state.axis)?.label ?? 'All four axes';
	const trails =
		state.from !== null && state.view !== 'timelines'
			? `, with trails from ${formatDate(state.from)}`
			: '';
	return { when, what: `${axis}${trails}` };
}

/**
 * Who a state shows, in words, when it is not simply everyone in a dataset of one group: a whole
 * group by its name ("the cast", "the leaders shown for reference"), anyone else by name.
 */
function shownGroups(state: ChartState, dataset: Dataset): string | null {
	const cast = dataset.leaders.filter((l) => l.role === 'cast');
	const references = dataset.leaders.filter((l) => l.role === 'reference');
	if (state.leaders.length === 0)
		return references.length > 0 ? 'the cast and the leaders shown for reference' : null;
	const chosen = new Set(state.leaders);
	const group = (leaders: typeof cast, words: string) =>
		references.length > 0 && leaders.every((l) => chosen.has(l.id))
			? [words]
			: leaders.filter((l) => chosen.has(l.id)).map((l) => l.name);
	return list.format([
		...group(cast, 'the cast'),
		...group(references, 'the leaders shown for reference')
	]);
}
