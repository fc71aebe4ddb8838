/**
 * A Your call slide while it is shown: the class votes level by level, and the presenter enters
 * each count with the number keys (type it, then Enter: level 0 first, then 1, and so on), and
 * reveals the dataset's level with R. Pure: the keys, the slide's buttons and the tests agree.
 * Loaded with the live slide (call-live.ts) when a Your call slide is first shown.
 */
import { describeTally, tally } from '../practice/tally.ts';
import { NO_VOTES, withCount, type Votes } from '../practice/votes.ts';
import type { Axis } from '../data/schema.ts';
import type { StanceView } from '../model/dataset.ts';
import type { DeckCommand } from './deck-keys.ts';

/** The levels of an axis: 0 to 4. */
export const LEVEL_COUNT = 5;

export interface CallState {
	votes: Votes;
	/** The level whose count is being entered; LEVEL_COUNT once every level has one. */
	counting: number;
	/** Digits typed towards that count. */
	typed: string;
	revealed: boolean;
}

export const CALL_START: CallState = { votes: NO_VOTES, counting: 0, typed: '', revealed: false };

/**
 * The call after a command, or null when the command is not the call's (the deck then handles
 * it: next, previous, the overview…). Digits and Enter count votes until every level has its
 * count, then go back to the deck (so a number and Enter still go to a slide).
 */
export function nextCallState(call: CallState, command: DeckCommand): CallState | null {
	const counting = call.counting < LEVEL_COUNT;
	if (command === 'reveal') return { ...call, revealed: !call.revealed, typed: '' };
	if (command.startsWith('digit-') && counting)
		return { ...call, typed: (call.typed + command.slice('digit-'.length)).slice(-3) };
	if (command === 'erase' && call.typed !== '') return { ...call, typed: call.typed.slice(0, -1) };
	if (command === 'enter' && counting) {
		const votes =
			call.typed === '' ? call.votes : withCount(call.votes, call.counting, Number(call.typed));
		return { ...call, votes, counting: call.counting + 1, typed: '' };
	}
	if (command === 'escape' && call.typed !== '') return { ...call, typed: '' };
	return null;
}

/** Starts counting again at `level` (a level chosen on the slide), keeping the counts so far. */
export function countLevel(call: CallState, level: number): CallState {
	return { ...call, counting: Math.max(0, Math.min(level, LEVEL_COUNT - 1)), typed: '' };
}

/** What a screen reader hears when a call changes, as the class sees it; '' when nothing to say. */
export function callAnnouncement(
	before: CallState,
	next: CallState,
	stance: StanceView,
	axis: Axis | undefined
): string {
	const label = (level: number) => axis?.levels.find((l) => l.value === level)?.label ?? '';
	if (next.revealed && !before.revealed)
		return `The dataset: level ${stance.position}, ${label(stance.position)}. ${describeTally(tally(next.votes, stance.position), stance.position, label)}`;
	if (next.counting > before.counting)
		return `Level ${before.counting}: ${next.votes[before.counting]} votes.${next.counting < LEVEL_COUNT ? ` Now level ${next.counting}.` : ''}`;
	if (next.counting !== before.counting) return `Counting level ${next.counting}.`;
	return '';
}
