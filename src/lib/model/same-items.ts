/**
 * Keeps a derived list or set the same object while its items stay the same. Svelte re-runs
 * whatever reads a derived value when its identity changes: a new but equal `Set` of emphasised
 * leaders on every move of the time control would redraw every mark of every timeline.
 */

/** True when both hold the same items in the same order. */
export function sameItems<T>(a: Iterable<T>, b: Iterable<T>): boolean {
	const left = [...a];
	const right = [...b];
	return left.length === right.length && left.every((item, i) => Object.is(item, right[i]));
}

/**
 * A function that returns its argument, or the value it returned last time when that holds the
 * same items: `const stable = keepSame<Set<string>>(); $derived(stable(new Set(ids)))`.
 */
export function keepSame<T extends Iterable<unknown>>(): (next: T) => T {
	let last: T | undefined;
	return (next) => {
		if (last !== undefined && sameItems(last, next)) return last;
		last = next;
		return next;
	};
}
