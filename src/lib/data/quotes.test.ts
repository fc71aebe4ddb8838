/**
 * Provenance of the bundled dataset: every quote read in the seed essay must really be in the
 * essay, word for word, and the dataset must hold the counts the product promises.
 *
 * Reads data/ and tests/fixtures/ directly (relative to the repo root, vitest's cwd), so it checks
 * the files editors change, not the app's view of them.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ESSAY_ID = 'essay-open-source';
const AXES = ['weights', 'tools', 'methodology', 'access'] as const;
/** The cast: the leaders the story follows. */
const LEADERS = [
	'dario-amodei',
	'jack-clark',
	'sam-altman',
	'greg-brockman',
	'ilya-sutskever',
	'mira-murati',
	'demis-hassabis'
] as const;

interface RawCitation {
	source: string;
	quote: string;
	via?: string;
}
interface RawStance {
	id: string;
	axis: string;
	citations: RawCitation[];
}
interface RawLeader {
	id: string;
	role: 'cast' | 'reference';
	stances: RawStance[];
}
interface RawEvent {
	id: string;
	citations: RawCitation[];
}

const root = process.cwd();
const readJson = <T>(file: string): T =>
	JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

const leaders: RawLeader[] = readdirSync(path.join(root, 'data/leaders'))
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => readJson<RawLeader>(`data/leaders/${f}`));
const events = readJson<{ events: RawEvent[] }>('data/events.json').events;

/** Collapse runs of whitespace only: case and punctuation must match exactly. */
const squash = (s: string) => s.replace(/\s+/g, ' ');
const essay = squash(readFileSync(path.join(root, 'tests/fixtures/seed-essay.txt'), 'utf8'));

/**
 * Where a quote fails to appear in the essay: null when every piece between omission marks ("..."
 * or "…") is found verbatim, in order; otherwise the first piece that is missing.
 */
function missingPiece(quote: string): string | null {
	const pieces = quote
		.split(/\.\.\.|…/)
		.map((p) => squash(p).trim())
		.filter((p) => p.length > 0);
	let from = 0;
	for (const piece of pieces) {
		const at = essay.indexOf(piece, from);
		if (at < 0) return piece;
		from = at + piece.length;
	}
	return null;
}

/** Every citation read in the essay, labelled with where it sits in the dataset. */
const essayCitations: { where: string; quote: string }[] = [
	...leaders.flatMap((l) =>
		l.stances.flatMap((s) =>
			s.citations
				.filter((c) => c.via === ESSAY_ID || c.source === ESSAY_ID)
				.map((c) => ({ where: `stance ${s.id} (data/leaders/${l.id}.json)`, quote: c.quote }))
		)
	),
	...events.flatMap((e) =>
		e.citations
			.filter((c) => c.via === ESSAY_ID || c.source === ESSAY_ID)
			.map((c) => ({ where: `event ${e.id} (data/events.json)`, quote: c.quote }))
	)
];

describe('quotes read in the seed essay', () => {
	it('finds some to check', () => {
		expect(essayCitations.length).toBeGreaterThan(0);
	});

	it('are verbatim in the essay, piece by piece and in order', () => {
		const failures = essayCitations.flatMap(({ where, quote }) => {
			const missing = missingPiece(quote);
			return missing === null ? [] : [`${where}: "${quote}" (not found: "${missing}")`];
		});
		expect(failures, failures.join('\n')).toEqual([]);
	});

	it('rejects a quote whose words are not in the essay', () => {
		expect(missingPiece('open sourcing a lot of technology')).not.toBeNull(); // wrong case
		expect(missingPiece('lowcost doctors... universal basic income')).not.toBeNull(); // wrong order
		expect(missingPiece('10x that... was not going to happen')).toBeNull();
	});
});

describe('what the dataset promises', () => {
	const stances = leaders.flatMap((l) => l.stances.map((s) => ({ leader: l.id, ...s })));

	it('has the seven leaders of the cast', () => {
		const cast = leaders.filter((l) => l.role === 'cast');
		expect(cast.map((l) => l.id).sort()).toEqual([...LEADERS].sort());
	});

	it('has at least three reference leaders, each with four stances on two axes or more', () => {
		const references = leaders.filter((l) => l.role === 'reference');
		expect(references.length).toBeGreaterThanOrEqual(3);
		for (const leader of references) {
			expect(leader.stances.length, leader.id).toBeGreaterThanOrEqual(4);
			expect(new Set(leader.stances.map((s) => s.axis)).size, leader.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('has at least 25 stances', () => {
		expect(stances.length).toBeGreaterThanOrEqual(25);
	});

	it.each(AXES)('scores the %s axis for at least four leaders', (axis) => {
		const scored = new Set(stances.filter((s) => s.axis === axis).map((s) => s.leader));
		expect(
			scored.size,
			`leaders with a ${axis} stance: ${[...scored].join(', ')}`
		).toBeGreaterThanOrEqual(4);
	});
});
