/**
 * Where the presentation is and what covers it, and how each command changes that. The keys,
 * the buttons, swipes and the notes window all go through `nextDeckState`, so they agree.
 */
import type { DeckCommand } from './deck-keys.ts';
import { clampSlide } from './slide-address.ts';

export interface DeckState {
	/** The current slide, from 0. */
	index: number;
	/** All slides in a grid; the current one is selected. */
	overview: boolean;
	/** The screen is blanked: the class looks at the teacher, not the slide. */
	blank: boolean;
	/** The list of keys is open. */
	help: boolean;
	/** Digits typed so far towards "number, then Enter". */
	typed: string;
}

export const START: DeckState = { index: 0, overview: false, blank: false, help: false, typed: '' };

/**
 * The state after a command. `count` is the number of slides; `columns` the width of the
 * overview grid, where up and down move a row.
 */
export function nextDeckState(
	state: DeckState,
	command: DeckCommand,
	count: number,
	columns = 1
): DeckState {
	const go = (index: number): DeckState => ({
		...state,
		index: clampSlide(index, count),
		typed: ''
	});

	// The key list is on top of everything: only closing it does anything.
	if (state.help) {
		return command === 'help' || command === 'escape' ? { ...state, help: false } : state;
	}
	if (command === 'help') return { ...state, help: true, typed: '' };
	// A blank screen comes back with any key, and stays on its slide, so a clicker's "next"
	// pressed to bring it back skips nothing.
	if (state.blank) return { ...state, blank: false, typed: '' };

	if (command.startsWith('digit-')) {
		const typed = (state.typed + command.slice('digit-'.length)).slice(-3);
		return { ...state, typed };
	}
	switch (command) {
		case 'next':
			return go(state.index + 1);
		case 'previous':
			return go(state.index - 1);
		case 'down':
			return go(state.index + (state.overview ? columns : 1));
		case 'up':
			return go(state.index - (state.overview ? columns : 1));
		case 'first':
			return go(0);
		case 'last':
			return go(count - 1);
		case 'enter':
			if (state.typed !== '') return { ...go(Number(state.typed) - 1), overview: false };
			return state.overview ? { ...state, overview: false } : state;
		case 'escape':
			if (state.typed !== '') return { ...state, typed: '' };
			return { ...state, overview: !state.overview };
		case 'overview':
			return { ...state, overview: !state.overview, typed: '' };
		case 'blank':
			return { ...state, blank: true, typed: '' };
		default:
			// Notes and full screen act outside the deck's state.
			return state;
	}
}
