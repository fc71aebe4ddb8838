/**
 * Arrow keys between plotted marks, on top of Tab: Left and Right step through one panel's marks in
 * time (or level) order, Up and Down jump to the nearest mark in the previous or next panel, Home
 * and End go to the panel's first and last mark. Panels are elements with `data-panel`; marks carry
 * `data-stance-id` and a numeric `data-order`.
 */

/** The mark to focus for a key, or null when the key is not a navigation key here. */
export function markForKey(
	key: string,
	current: HTMLElement,
	root: HTMLElement
): HTMLElement | null {
	const panel = current.closest<HTMLElement>('[data-panel]');
	if (!panel) return null;
	const inPanel = marksOf(panel);
	const index = inPanel.indexOf(current);
	switch (key) {
		case 'ArrowRight':
			return inPanel[index + 1] ?? null;
		case 'ArrowLeft':
			return index > 0 ? (inPanel[index - 1] ?? null) : null;
		case 'Home':
			return inPanel[0] ?? null;
		case 'End':
			return inPanel.at(-1) ?? null;
		case 'ArrowUp':
		case 'ArrowDown': {
			const panels = [...root.querySelectorAll<HTMLElement>('[data-panel]')];
			const next = panels[panels.indexOf(panel) + (key === 'ArrowDown' ? 1 : -1)];
			if (!next) return null;
			const order = orderOf(current);
			let best: HTMLElement | null = null;
			for (const mark of marksOf(next)) {
				if (!best || Math.abs(orderOf(mark) - order) < Math.abs(orderOf(best) - order)) best = mark;
			}
			return best;
		}
		default:
			return null;
	}
}

function marksOf(panel: HTMLElement): HTMLElement[] {
	return [...panel.querySelectorAll<HTMLElement>('[data-stance-id]')].sort(
		(a, b) => orderOf(a) - orderOf(b)
	);
}

function orderOf(mark: HTMLElement): number {
	return Number(mark.dataset['order'] ?? 0);
}

/** A keydown handler for a chart's root element. */
export function handleMarkKeys(event: KeyboardEvent): void {
	const target = event.target;
	const root = event.currentTarget;
	if (!(target instanceof HTMLElement) || !(root instanceof HTMLElement)) return;
	if (!target.hasAttribute('data-stance-id')) return;
	const next = markForKey(event.key, target, root);
	if (next) {
		event.preventDefault();
		next.focus();
	}
}
