/**
 * The name a downloaded chart is saved under: which chart, the month shown and the dataset
 * version, so a file found later says what it shows and which data it was drawn from.
 */

export type ChartKind = 'spectrum' | 'timelines';
export type ExportFormat = 'svg' | 'png';

/** Anything but letters, digits, dots and hyphens becomes a hyphen, so the name is safe anywhere. */
const safe = (part: string) => part.replace(/[^A-Za-z0-9.-]+/g, '-');

/** E.g. `openness-spectrum-spectrum-2026-11-v1.0.0.svg`. */
export function chartFileName(
	kind: ChartKind,
	month: string,
	version: string,
	ext: ExportFormat
): string {
	return `openness-spectrum-${kind}-${safe(month)}-v${safe(version)}.${ext}`;
}
