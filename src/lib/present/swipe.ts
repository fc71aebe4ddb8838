/**
 * A swipe on a tablet: mostly sideways and long enough to be meant. Swiping left brings the next
 * slide, as turning a page does.
 */
export function swipeCommand(dx: number, dy: number, minDistance = 60): 'next' | 'previous' | null {
	if (Math.abs(dx) < minDistance || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'previous';
}
