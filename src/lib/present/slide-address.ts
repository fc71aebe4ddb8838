/**
 * Every slide has an address: `/present#4` (or `/present?slide=4`), counted from 1 as people
 * count slides. Anything else opens the first slide; a number past the end opens the last.
 */

export function slideFromAddress(url: URL, count: number): number {
	const written = url.searchParams.get('slide') ?? url.hash.replace(/^#/, '');
	if (!/^\d{1,4}$/.test(written)) return 0;
	return clampSlide(Number(written) - 1, count);
}

/** The hash naming a slide: `#4` for the fourth (index 3). */
export function slideHash(index: number): string {
	return `#${index + 1}`;
}

export function clampSlide(index: number, count: number): number {
	return Math.min(Math.max(index, 0), Math.max(count - 1, 0));
}
