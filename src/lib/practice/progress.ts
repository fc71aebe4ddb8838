/**
 * A reader's progress through a practice set, kept in their browser only (localStorage): the
 * level, and the evidence kind if they chose one, for each quote they checked. Nothing is sent
 * anywhere. What comes back from storage is read defensively: anything malformed or naming a
 * stance the set does not ask is dropped, never trusted.
 */
import { EVIDENCE_KINDS, type EvidenceKind } from '../vocabulary.ts';

export interface Pick {
	level: number;
	evidence?: EvidenceKind;
}

/** Stance id → the reader's checked pick. */
export type Picks = Readonly<Record<string, Pick>>;

export function progressKey(setId: string): string {
	return `openness-spectrum:practice:${setId}`;
}

export function writeProgress(picks: Picks): string {
	return JSON.stringify({ version: 1, picks });
}

/** The picks stored as `text`, kept only for the stances in `asked`; empty when unreadable. */
export function readProgress(text: string | null, asked: readonly string[]): Picks {
	if (text === null) return {};
	let stored: unknown;
	try {
		stored = JSON.parse(text);
	} catch {
		return {};
	}
	const picks = (stored as { picks?: unknown } | null)?.picks;
	if (typeof picks !== 'object' || picks === null) return {};
	const kept: Record<string, Pick> = {};
	for (const id of asked) {
		const pick = (picks as Record<string, unknown>)[id] as Record<string, unknown> | undefined;
		const level = pick?.level;
		if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 4) continue;
		const evidence = EVIDENCE_KINDS.find((k) => k === pick?.evidence);
		kept[id] = evidence ? { level, evidence } : { level };
	}
	return kept;
}

/** Where a returning reader picks up: the first quote they have not checked (the end when none). */
export function resumeAt(asked: readonly string[], picks: Picks): number {
	const next = asked.findIndex((id) => !(id in picks));
	return next < 0 ? asked.length : next;
}
