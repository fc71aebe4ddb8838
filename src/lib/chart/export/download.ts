/**
 * Loaded only when a reader asks for a download (see `DownloadChart.svelte`), so none of the
 * export code is in a page's first JavaScript.
 */
import type { ChartExportInput } from './chart-frame.ts';
import { chartFileName, type ChartKind, type ExportFormat } from './file-name.ts';
import { spectrumSvg } from './spectrum-svg.ts';
import { downloadBlob, svgToPngBlob } from './svg-to-png.ts';
import { timelinesSvg } from './timelines-svg.ts';

/** The standalone SVG of one chart. */
export function chartSvg(kind: ChartKind, input: ChartExportInput): string {
	return kind === 'spectrum' ? spectrumSvg(input) : timelinesSvg(input);
}

/** Builds one chart as SVG or PNG and offers it as a download named for the month and version. */
export async function downloadChart(
	kind: ChartKind,
	input: ChartExportInput,
	version: string,
	format: ExportFormat
): Promise<void> {
	const svg = chartSvg(kind, input);
	const blob =
		format === 'svg'
			? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
			: await svgToPngBlob(svg);
	downloadBlob(blob, chartFileName(kind, input.month, version, format));
}
