/**
 * What every layer of a chart needs and no layer should have to pass on: the chart model, the
 * leaders shown, the leaders drawn in full, and what choosing or hovering a mark does. A composite
 * chart (SpectrumChart, TimelinesChart) sets it once; the layers inside read it, so each component
 * keeps only the props that are its own.
 *
 * The context is an object of getters over the composite's props, so a layer reading
 * `chart.emphasis` re-renders when the emphasis changes, and only then.
 */
import { getContext, setContext } from 'svelte';
import type { StanceView } from '../model/dataset.ts';
import type { ReleasedPosition } from '../model/release.ts';
import type { ChartModel } from './chart-model.ts';

/** Stances new or changed since an earlier release, marked on the chart. */
export interface Flagged {
	version: string;
	kinds: ReadonlyMap<string, 'added' | 'changed'>;
}

/** Where an earlier release placed each stance: drawn as ghosts on the spectra. */
export interface ReleaseGhosts {
	version: string;
	positions: readonly ReleasedPosition[];
}

export interface ChartContext {
	readonly model: ChartModel;
	/** Every shown leader, in display order. */
	readonly leaderIds: string[];
	/** Leaders drawn in full while the others fade; empty: none stands out. */
	readonly emphasis: ReadonlySet<string>;
	readonly onopen?: ((stance: StanceView, opener: HTMLElement) => void) | undefined;
	readonly onhover?: ((leaderId: string | null) => void) | undefined;
	/** Stances marked as new or changed since an earlier release; absent: none marked. */
	readonly flagged?: Flagged | undefined;
	/** An earlier release's positions, drawn as ghosts on the spectra; absent: none. */
	readonly ghosts?: ReleaseGhosts | undefined;
}

const KEY = Symbol('chart');

/**
 * Sets the context from a composite chart's props, read afresh on every access (`read` returns
 * the props, e.g. `() => chart` for the rest of `$props()`), so each layer depends only on the
 * fields it reads.
 */
export function setChartContext(read: () => ChartContext): void {
	setContext<ChartContext>(KEY, {
		get model() {
			return read().model;
		},
		get leaderIds() {
			return read().leaderIds;
		},
		get emphasis() {
			return read().emphasis;
		},
		get onopen() {
			return read().onopen;
		},
		get onhover() {
			return read().onhover;
		},
		get flagged() {
			return read().flagged;
		},
		get ghosts() {
			return read().ghosts;
		}
	});
}

/** The enclosing chart's context; throws when a layer is used outside a chart. */
export function chartContext(): ChartContext {
	const context = getContext<ChartContext | undefined>(KEY);
	if (!context) throw new Error('a chart layer must be inside SpectrumChart or TimelinesChart');
	return context;
}
