/** Summary statistics for benchmark samples. */

/** The q-quantile (0…1) of the samples, by linear interpolation between closest ranks. */
export function quantile(samples: readonly number[], q: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	const a = sorted[lo] ?? 0;
	const b = sorted[hi] ?? a;
	return a + (b - a) * (at - lo);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

/**
 * How a cost grows with the data: the exponent k in cost ∝ size^k between two sizes. 1 is
 * linear, below 1 better than linear, above 1 worse.
 */
export function growthExponent(
	small: { size: number; cost: number },
	large: { size: number; cost: number }
): number {
	return Math.log(large.cost / small.cost) / Math.log(large.size / small.size);
}
