import { describe, expect, it } from 'vitest';
import type { DeckCommand } from './deck-keys.ts';
import { nextDeckState, START, type DeckState } from './deck-state.ts';

const run = (commands: DeckCommand[], from: DeckState = START, count = 11, columns = 4) =>
	commands.reduce((state, command) => nextDeckState(state, command, count, columns), from);

describe('nextDeckState', () => {
	it('moves forward and back, and stops at either end', () => {
		expect(run(['next', 'next']).index).toBe(2);
		expect(run(['next', 'next', 'previous']).index).toBe(1);
		expect(run(['previous']).index).toBe(0);
		expect(run(['last', 'next']).index).toBe(10);
		expect(run(['last', 'first']).index).toBe(0);
	});

	it('jumps to a slide typed as a number, then Enter', () => {
		expect(run(['digit-7', 'enter']).index).toBe(6);
		expect(run(['digit-1', 'digit-0', 'enter']).index).toBe(9);
		expect(run(['digit-9', 'digit-9', 'enter']).index).toBe(10);
		// The number is forgotten once used, so Enter again does not jump again.
		expect(run(['digit-3', 'enter', 'next', 'enter']).index).toBe(3);
	});

	it('forgets a half-typed number on Escape or any move', () => {
		const typed = run(['digit-5']);
		expect(typed.typed).toBe('5');
		expect(nextDeckState(typed, 'escape', 11).typed).toBe('');
		expect(nextDeckState(typed, 'escape', 11).overview).toBe(false);
		expect(run(['digit-5', 'next', 'enter']).index).toBe(1);
	});

	it('opens the overview with O or Escape, and closes it the same way or with Enter', () => {
		expect(run(['overview']).overview).toBe(true);
		expect(run(['escape']).overview).toBe(true);
		expect(run(['overview', 'overview']).overview).toBe(false);
		expect(run(['overview', 'escape']).overview).toBe(false);
		const chosen = run(['overview', 'next', 'next', 'enter']);
		expect(chosen).toMatchObject({ overview: false, index: 2 });
	});

	it('moves a row at a time in the overview with up and down, one slide otherwise', () => {
		expect(run(['overview', 'down']).index).toBe(4);
		expect(run(['overview', 'down', 'down', 'down']).index).toBe(10);
		expect(run(['overview', 'last', 'up']).index).toBe(6);
		expect(run(['down', 'down', 'up']).index).toBe(1);
	});

	it('blanks the screen, and any key brings it back on the same slide', () => {
		const blank = run(['next', 'blank']);
		expect(blank).toMatchObject({ blank: true, index: 1 });
		expect(nextDeckState(blank, 'next', 11)).toMatchObject({ blank: false, index: 1 });
		expect(nextDeckState(blank, 'blank', 11).blank).toBe(false);
	});

	it('opens the key list over everything; only ? or Escape closes it', () => {
		const help = run(['next', 'help']);
		expect(help.help).toBe(true);
		expect(nextDeckState(help, 'next', 11)).toBe(help);
		expect(nextDeckState(help, 'overview', 11)).toBe(help);
		expect(nextDeckState(help, 'escape', 11)).toMatchObject({ help: false, overview: false });
		expect(nextDeckState(help, 'help', 11).help).toBe(false);
	});

	it('leaves notes and full screen to the page', () => {
		expect(nextDeckState(START, 'notes', 11)).toBe(START);
		expect(nextDeckState(START, 'fullscreen', 11)).toBe(START);
	});
});
