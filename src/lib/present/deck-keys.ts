/**
 * What a key press means in the presentation, if anything. Clickers send PageDown and PageUp
 * (some send the arrows, B or a full stop), so those all work. Keys typed into a form field, or
 * pressed with Ctrl, Alt or Meta, are never commands; Space and Enter on a focused button, and Enter
 * on a link, press it, as they would anywhere else.
 */
import type { KeyHelp } from '../dialog/key-help.ts';

export type DeckCommand =
	| 'next'
	| 'previous'
	| 'up'
	| 'down'
	| 'first'
	| 'last'
	| 'enter'
	| 'escape'
	| 'overview'
	| 'blank'
	| 'help'
	| 'notes'
	| 'fullscreen'
	| 'reveal'
	| 'erase'
	| `digit-${number}`;

const KEYS: Record<string, DeckCommand> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	ArrowDown: 'down',
	ArrowUp: 'up',
	Home: 'first',
	End: 'last',
	Enter: 'enter',
	Escape: 'escape',
	o: 'overview',
	O: 'overview',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	'?': 'help',
	s: 'notes',
	S: 'notes',
	f: 'fullscreen',
	F: 'fullscreen',
	r: 'reveal',
	R: 'reveal',
	Backspace: 'erase'
};

/** The keys that move through the slides: the deck's and the notes window's alike. */
const MOVE_HELP: readonly KeyHelp[] = [
	{ keys: ['→', 'Space', 'Page Down'], does: 'Next slide' },
	{ keys: ['←', 'Shift+Space', 'Page Up'], does: 'Previous slide' },
	{ keys: ['Home', 'End'], does: 'First or last slide' },
	{ keys: ['4', 'Enter'], does: 'Go to a slide by its number' }
];
const BLANK_HELP: KeyHelp = { keys: ['B', '.'], does: 'Blank the screen, and back' };
const KEYS_HELP: KeyHelp = { keys: ['?'], does: 'This list of keys' };

/** The keys, as the help overlay lists them: one line per command, in this order. */
export const KEY_HELP: readonly KeyHelp[] = [
	...MOVE_HELP,
	{ keys: ['O', 'Esc'], does: 'Overview of all slides' },
	{ keys: ['S'], does: 'Speaker notes, in a window of their own' },
	{ keys: ['F'], does: 'Full screen' },
	BLANK_HELP,
	{
		keys: ['12', 'Enter'],
		does: 'On a Your call slide: the count of votes for a level, then the next level (0 first)'
	},
	{ keys: ['R'], does: "On a Your call slide: reveal the dataset's level, and hide it" },
	KEYS_HELP
];

/** The keys of the notes window: it moves the deck, and blanks or opens the overview of the projected screen. */
export const NOTES_KEY_HELP: readonly KeyHelp[] = [
	...MOVE_HELP,
	{ keys: ['O'], does: 'Overview of all slides, on the projected screen' },
	{ ...BLANK_HELP, does: 'Blank the projected screen, and back' },
	KEYS_HELP
];

type Target = { tagName?: string; isContentEditable?: boolean; closest?: (s: string) => unknown };

export function deckCommand(event: {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	target: EventTarget | null;
}): DeckCommand | null {
	if (event.ctrlKey || event.altKey || event.metaKey) return null;
	const target = event.target as Target | null;
	const tag = target?.tagName?.toLowerCase();
	if (tag === 'input' || tag === 'select' || tag === 'textarea' || target?.isContentEditable)
		return null;
	// Enter follows a link or presses a button; Space presses a button, but a link has no use for
	// it, so on a quote or a mark Space still moves to the next slide.
	if ((tag === 'button' || tag === 'summary') && (event.key === ' ' || event.key === 'Enter'))
		return null;
	if (tag === 'a' && event.key === 'Enter') return null;
	if (event.key === ' ' && event.shiftKey) return 'previous';
	if (/^[0-9]$/.test(event.key)) return `digit-${Number(event.key)}`;
	return KEYS[event.key] ?? null;
}
