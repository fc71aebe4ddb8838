import { describe, expect, it } from 'vitest';
import {
	CALL_START,
	callAnnouncement,
	countLevel,
	nextCallState,
	type CallState
} from './call-state.ts';
import type { Axis } from '../data/schema.ts';
import type { StanceView } from '../model/dataset.ts';
import type { DeckCommand } from './deck-keys.ts';

function run(commands: DeckCommand[], from: CallState = CALL_START): CallState | null {
	let call: CallState | null = from;
	for (const command of commands) {
		if (!call) return null;
		call = nextCallState(call, command);
	}
	return call;
}

describe('entering a class’s votes from the keys', () => {
	it('takes a count for each level in turn: digits, then Enter', () => {
		const call = run(['digit-1', 'digit-2', 'enter', 'digit-3', 'enter']);
		expect(call).toEqual({ votes: [12, 3, 0, 0, 0], counting: 2, typed: '', revealed: false });
	});

	it('skips a level with Enter alone, keeping its count', () => {
		expect(run(['enter', 'digit-4', 'enter'])?.votes).toEqual([0, 4, 0, 0, 0]);
	});

	it('keeps three digits at most, and takes a digit back with Backspace', () => {
		expect(run(['digit-1', 'digit-2', 'digit-3', 'digit-4'])?.typed).toBe('234');
		expect(run(['digit-1', 'digit-2', 'erase'])?.typed).toBe('1');
	});

	it('clears what was typed with Escape, and leaves Escape to the deck when nothing was', () => {
		expect(run(['digit-7', 'escape'])).toEqual(CALL_START);
		expect(nextCallState(CALL_START, 'escape')).toBeNull();
		expect(nextCallState(CALL_START, 'erase')).toBeNull();
	});

	it('gives the number keys back to the deck once every level has its count', () => {
		const counted = run(['enter', 'enter', 'enter', 'enter', 'digit-2', 'enter'])!;
		expect(counted.counting).toBe(5);
		expect(counted.votes).toEqual([0, 0, 0, 0, 2]);
		expect(nextCallState(counted, 'digit-3')).toBeNull();
		expect(nextCallState(counted, 'enter')).toBeNull();
	});

	it('reveals the dataset’s level with R, and hides it again', () => {
		const shown = nextCallState(CALL_START, 'reveal')!;
		expect(shown.revealed).toBe(true);
		expect(nextCallState(shown, 'reveal')?.revealed).toBe(false);
	});

	it('leaves moving between slides to the deck', () => {
		for (const command of ['next', 'previous', 'overview', 'blank', 'help'] as const)
			expect(nextCallState(CALL_START, command)).toBeNull();
	});

	it('counts a level chosen on the slide next, keeping the counts', () => {
		const call = countLevel({ ...CALL_START, votes: [1, 2, 0, 0, 0], counting: 5 }, 1);
		expect(call.counting).toBe(1);
		expect(run(['digit-9', 'enter'], call)?.votes).toEqual([1, 9, 0, 0, 0]);
		expect(countLevel(CALL_START, 9).counting).toBe(4);
	});
});

describe('what a screen reader hears', () => {
	const stance = { position: 1 } as StanceView;
	const axis = {
		levels: ['Locked', 'Closed', 'Threshold', 'Mostly open', 'Open'].map((label, value) => ({
			value,
			label,
			rubric: ''
		}))
	} as unknown as Axis;

	it('says each level’s count as it is entered, and which level is next', () => {
		const counted = nextCallState({ ...CALL_START, typed: '7' }, 'enter')!;
		expect(callAnnouncement(CALL_START, counted, stance, axis)).toBe(
			'Level 0: 7 votes. Now level 1.'
		);
		expect(callAnnouncement(counted, countLevel(counted, 0), stance, axis)).toBe(
			'Counting level 0.'
		);
	});

	it('says the dataset’s level and how the class voted, on the reveal', () => {
		const voted = { ...CALL_START, votes: [1, 2, 0, 0, 0], counting: 5 };
		expect(callAnnouncement(voted, { ...voted, revealed: true }, stance, axis)).toBe(
			"The dataset: level 1, Closed. 3 votes; most for level 1 (Closed). 2 of 3 matched the dataset's level 1 (Closed), 3 within one level."
		);
		expect(callAnnouncement(voted, { ...voted, typed: '4' }, stance, axis)).toBe('');
	});
});
