/**
 * What a screen reader hears for a plotted stance: who (and whether they are shown for
 * reference), which axis, which level, when, and how sure we are; then, where the chart shows it,
 * which way the point moved from the stance before, and that it is old at the month shown. Every
 * mark in every chart uses it, so a mark reads the same wherever it is drawn.
 */
import type { StanceView } from './dataset.ts';
import { DIRECTION_LABELS, levelOnScale, type Direction } from '../vocabulary.ts';
import { lastOnRecord } from './age.ts';
import { formatDate } from './format-date.ts';

export interface MarkNotes {
	/** The chart marks a move here, toward open or toward closed. */
	moved?: Direction | undefined;
	/** The point is old at the month shown (drawn faded). */
	stale?: boolean;
	/** The stance is new or changed since an earlier release. */
	flag?: { kind: 'added' | 'changed'; version: string } | undefined;
}

export function stanceLabel(stance: StanceView, notes: MarkNotes = {}): string {
	// A reference leader is heard as one, as the lighter mark and the italic name show it.
	const who =
		stance.leaderRole === 'reference' ? `${stance.leaderName} (for reference)` : stance.leaderName;
	const moved = notes.moved ? `, moved ${DIRECTION_LABELS[notes.moved].toLowerCase()}` : '';
	const stale = notes.stale ? `, ${lastOnRecord(stance)}` : '';
	const flag = notes.flag
		? `, ${notes.flag.kind === 'added' ? 'new' : 'changed'} since version ${notes.flag.version}`
		: '';
	return (
		`${who}, ${stance.axisLabel}: ${stance.levelLabel} ` +
		`(level ${levelOnScale(stance.position)}), ${formatDate(stance.asOf)}, ${stance.evidence} evidence` +
		moved +
		stale +
		flag
	);
}
