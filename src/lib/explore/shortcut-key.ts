/**
 * Which explore-view shortcut a key press means, if any. Keys typed into a form field, or pressed
 * with Ctrl, Alt or Meta, are never shortcuts, so the page never steals typing or browser keys.
 */
import type { KeyHelp } from '../dialog/key-help.ts';

export type Shortcut = 'help' | 'play' | 'previous' | 'next';

const KEYS: Record<string, Shortcut> = {
	'?': 'help',
	p: 'play',
	P: 'play',
	',': 'previous',
	'[': 'previous',
	'.': 'next',
	']': 'next'
};

export function shortcutFor(event: {
	key: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	target: EventTarget | null;
}): Shortcut | null {
	if (event.ctrlKey || event.altKey || event.metaKey) return null;
	const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
	const tag = target?.tagName?.toLowerCase();
	if (tag === 'input' || tag === 'select' || tag === 'textarea' || target?.isContentEditable)
		return null;
	return KEYS[event.key] ?? null;
}

/** The explore view's keys, as its key list shows them. */
export const EXPLORE_KEYS: readonly KeyHelp[] = [
	{ keys: ['?'], does: 'Show or hide these shortcuts' },
	{ keys: ['P'], does: 'Play or pause' },
	{ keys: [',', '['], does: 'Previous change' },
	{ keys: ['.', ']'], does: 'Next change' },
	{ keys: ['← → ↑ ↓'], does: 'Move between points in a chart (after Tab reaches one)' },
	{ keys: ['Home', 'End'], does: 'First or last point of a chart' },
	{ keys: ['Enter'], does: 'Open the citation of the focused point' },
	{ keys: ['Escape'], does: 'Close the citation or this list' }
];
