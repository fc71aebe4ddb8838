/**
 * A tiny seeded pseudo-random generator (mulberry32), so synthetic datasets and benchmark samples
 * are the same on every run and every machine. Not for anything that needs real randomness.
 */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** A whole number in [min, max], both included. */
	int(min: number, max: number): number;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
}

export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new Error('pick() needs at least one item');
			return items[int(0, items.length - 1)] as T;
		}
	};
}
