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
	if (state.leaders.length > 0) {
		// The cast alone, where there are reference leaders besides: by its name, not seven names.
		const cast = dataset.leaders.filter((l) => l.role === 'cast').map((l) => l.id);
		const castAlone = cast.length < dataset.leaders.length && state.leaders.join() === cast.join();
		parts.push(`, showing ${castAlone ? 'the cast' : list.format(state.leaders.map(name))}`);
	}
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
