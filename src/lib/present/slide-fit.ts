/**
 * Every slide is laid out on one canvas and scaled to the space it gets, so it looks the same on
 * any screen. The deck computes the scale here (CSS can too, with typed arithmetic, but not every
 * browser has that yet): the largest that fits both ways.
 */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** The zoom that fits a slide in `width` by `height`, letterboxed; never zero or negative. */
export function fitZoom(width: number, height = Infinity): number {
	const zoom = Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT);
	return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}
