/**
 * Every change to a published point is a correction the reader can see: each stance of the
 * published 1.0.0 dataset (tests/fixtures/published-1.0.0) is either unchanged in data/, or every
 * difference (level, date, evidence, the sources its words come from, its removal) has its entry
 * in the corrections log, data/changes.json, running from the published value to today's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Change, ChangesFile, LeaderFile, Stance } from './schema.ts';

function stancesIn(dir: string): Map<string, Stance> {
	const stances = new Map<string, Stance>();
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		const leader = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as LeaderFile;
		for (const stance of leader.stances) stances.set(stance.id, stance);
	}
	return stances;
}

const published = stancesIn('tests/fixtures/published-1.0.0/leaders');
const current = stancesIn('data/leaders');
const log = (JSON.parse(readFileSync('data/changes.json', 'utf8')) as ChangesFile).changes;
const entries = (id: string, kind: Change['change']) =>
	log.filter((c) => c.change === kind && 'stance' in c && c.stance === id);

/** Where a stance's words come from: each citation's source, copy and speaker. */
const attribution = (s: Stance) =>
	s.citations.map((c) => [c.source, c.via ?? '', c.speaker ?? ''].join('|')).sort();

/** The value a run of entries reaches from `from`, or undefined when the run is broken. */
function follow(from: unknown, run: Change[]): unknown {
	let value = from;
	for (const entry of run) {
		if (!('after' in entry) || entry.before !== value) return undefined;
		value = entry.after;
	}
	return value;
}

describe('the corrections log covers every change to the published 1.0.0 stances', () => {
	for (const [id, before] of published) {
		it(id, () => {
			const now = current.get(id);
			if (!now) {
				expect(entries(id, 'removal'), `removal of ${id}`).toHaveLength(1);
				return;
			}
			const fields = [
				['level', before.position, now.position],
				['date', before.asOf, now.asOf],
				['evidence', before.evidence, now.evidence]
			] as const;
			for (const [kind, was, is] of fields) {
				const run = entries(id, kind);
				if (was === is) expect(run, `${kind} of ${id} did not change`).toEqual([]);
				else expect(follow(was, run), `${kind} of ${id}: ${was} → ${is}`).toBe(is);
			}
			if (attribution(before).join() !== attribution(now).join())
				expect(entries(id, 'attribution').length, `attribution of ${id}`).toBeGreaterThan(0);
		});
	}
});
