/**
 * A stance that moves a leader to another level on an axis says why (`cause`), and only such a
 * stance does: its previous stance on the axis (by `asOf`) held another level. A cause on a stance
 * that moves nothing (the first on its axis, or at the level of the one before) would explain a
 * move that the chart never shows.
 */
import { compareDates } from './dates.ts';
import { asArray, asObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { RuleContext } from './rule-context.ts';

interface Placed {
	index: number;
	asOf: string;
	position: number;
	hasCause: boolean;
}

export function checkMoves(ctx: RuleContext): void {
	for (const file of ctx.loaded) if (file.kind === 'leader') checkLeader(ctx, file);
}

function checkLeader(ctx: RuleContext, file: LoadedFile): void {
	const byAxis = new Map<string, Placed[]>();
	let unplaced = false;
	asArray(asObject(file.data)?.stances).forEach((raw, index) => {
		const stance = asObject(raw);
		const at = ['stances', index];
		const axis = file.string([...at, 'axis'], stance?.axis);
		const asOf = file.string([...at, 'asOf'], stance?.asOf);
		const position = file.isClean([...at, 'position']) ? stance?.position : undefined;
		if (!stance || axis === undefined || asOf === undefined || typeof position !== 'number') {
			unplaced = true;
			return;
		}
		const placed = { index, asOf, position, hasCause: stance.cause !== undefined };
		byAxis.set(axis, [...(byAxis.get(axis) ?? []), placed]);
	});
	// A stance zod rejected (its axis, date or level) is reported there; until it is fixed, which
	// stance comes before which is unknown, and a move reported now could be wrong.
	if (unplaced) return;
	for (const [axis, stances] of byAxis) {
		stances.sort((a, b) => compareDates(a.asOf, b.asOf));
		stances.forEach((stance, i) => {
			const before = stances[i - 1];
			const at = ['stances', stance.index];
			if (before === undefined) {
				if (stance.hasCause)
					ctx.report.error(
						file,
						[...at, 'cause'],
						`this is the first stance on axis "${axis}", so it moves nothing: remove "cause"`
					);
			} else if (before.position === stance.position) {
				if (stance.hasCause)
					ctx.report.error(
						file,
						[...at, 'cause'],
						`level ${stance.position} is the level of the stance before (${before.asOf}), so nothing moved: remove "cause"`
					);
			} else if (!stance.hasCause) {
				ctx.report.error(
					file,
					[...at, 'position'],
					`moves from level ${before.position} (${before.asOf}) to ${stance.position}: add "cause" ({ "kind": "statement", "action", "role" or "context", "note": why, in our words })`
				);
			}
		});
	}
}
