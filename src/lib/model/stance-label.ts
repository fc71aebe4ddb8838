/**
 * What a screen reader hears for a plotted stance: who (and whether they are shown for
 * reference), which axis, which level, when, and how sure we are. Every mark in every chart uses
 * it, so a mark reads the same wherever it is drawn.
 */
import type { StanceView } from './dataset.ts';
import { levelOnScale } from '../vocabulary.ts';
import { formatDate } from './format-date.ts';

export function stanceLabel(stance: StanceView): string {
	// A reference leader is heard as one, as the lighter mark and the italic name show it.
	const who =
		stance.leaderRole === 'reference' ? `${stance.leaderName} (for reference)` : stance.leaderName;
	return (
		`${who}, ${stance.axisLabel}: ${stance.levelLabel} ` +
		`(level ${levelOnScale(stance.position)}), ${formatDate(stance.asOf)}, ${stance.evidence} evidence`
	);
}
