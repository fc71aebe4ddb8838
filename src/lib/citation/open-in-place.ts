/**
 * A link to a stance's evidence that opens the citation panel in place on a plain click. With
 * Cmd, Ctrl or Shift held the reader asked for the link itself (a new tab or window), so it is
 * followed; without a panel to open (`onopen` undefined) it is followed too.
 */
import type { StanceView } from '$lib/model/dataset';

export type OpenCitation = (stance: StanceView, opener: HTMLElement) => void;

export function openInPlace(
	event: MouseEvent,
	stance: StanceView,
	onopen: OpenCitation | undefined
): void {
	if (!onopen || event.metaKey || event.ctrlKey || event.shiftKey) return;
	event.preventDefault();
	onopen(stance, event.currentTarget as HTMLElement);
}
