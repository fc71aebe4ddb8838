/**
 * The presentation's keys as its key lists show them (`?`): the deck's, and the notes window's,
 * which moves the deck and blanks or opens the overview of the projected screen. Loaded when a list
 * is first opened, so the deck's first load does not carry the words (deck-keys.ts reads the keys).
 */
import type { KeyHelp } from '../dialog/key-help.ts';

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

/** The notes window's keys. */
export const NOTES_KEY_HELP: readonly KeyHelp[] = [
	...MOVE_HELP,
	{ keys: ['O'], does: 'Overview of all slides, on the projected screen' },
	{ ...BLANK_HELP, does: 'Blank the projected screen, and back' },
	KEYS_HELP
];
