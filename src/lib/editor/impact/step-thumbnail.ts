/**
 * What a thumbnail of a story step draws: the charts of the step's state as the downloads draw
 * them (spectra, timelines, or both, as the step's view says), and the image address of one.
 * The SVG itself comes from `chart/export`, which the desk loads only when the thumbnails are
 * opened.
 */
import type { ChartExportInput } from '../../chart/export/chart-frame.ts';
import type { ChartKind } from '../../chart/export/file-name.ts';
import type { ChartState } from '../../model/chart-state.ts';
import type { Dataset } from '../../model/dataset.ts';

/** One chart to draw for a step: which kind, and the export's input. */
export interface ThumbnailChart {
	kind: ChartKind;
	input: ChartExportInput;
}

/** The charts a step shows, in the order the story shows them. */
export function thumbnailCharts(dataset: Dataset, state: ChartState): ThumbnailChart[] {
	const input: ChartExportInput = {
		dataset,
		leaderIds: state.leaders,
		month: state.date,
		fromMonth: state.view === 'timelines' ? null : state.from,
		axis: state.axis
	};
	const kinds: ChartKind[] =
		state.view === 'both'
			? ['spectrum', 'timelines']
			: [state.view === 'timelines' ? 'timelines' : 'spectrum'];
	return kinds.map((kind) => ({ kind, input }));
}

/** An SVG document as an image address (the page's CSP allows `data:` images). */
export function svgDataUrl(svg: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
