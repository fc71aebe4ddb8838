/** Synthetic sentences for the benchmark's data: plain words that say they are synthetic. */
import type { Random } from './prng.ts';

const WORDS =
	'synthetic benchmark text open weights tools methodology access model release policy frontier lab research safety public publish share training data compute evaluation capability risk partners developers community licence'.split(
		' '
	);

/** A synthetic sentence of about `length` characters that starts with `lead`. */
export function text(random: Random, lead: string, length: number): string {
	const target = Math.max(lead.length + 8, Math.round(length * (0.6 + random.next() * 0.8)));
	let out = lead;
	while (out.length < target) out += ` ${random.pick(WORDS)}`;
	return `${out}.`;
}
