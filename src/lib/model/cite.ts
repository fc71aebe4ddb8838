/**
 * The "cite this" line: the dataset's name, version and date, so a citation of the chart names
 * exactly the data it showed.
 *
 * The site has no canonical domain yet, so the line never invents one: the downloads and the
 * prerendered page cite the dataset without an address, and the /data page adds the address the
 * reader actually loaded it from once it runs in a browser (`location.origin` + "/data").
 */
import type { MetaFile } from '../data/schema.ts';
import { formatDate } from './format-date.ts';

/** The name used when meta.json gives no title. */
export const DEFAULT_DATASET_TITLE = 'Openness Spectrum dataset';

/**
 * "Openness Spectrum dataset, version 1.0.0 (updated 29 Nov 2026)." followed by `url` when one
 * is given. No full stop after the address, so copying it never breaks the link.
 */
export function citeAs(
	meta: Pick<MetaFile, 'title' | 'version' | 'updated'>,
	url?: string
): string {
	const line = `${meta.title ?? DEFAULT_DATASET_TITLE}, version ${meta.version} (updated ${formatDate(meta.updated)}).`;
	return url ? `${line} ${url}` : line;
}
