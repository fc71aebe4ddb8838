/**
 * Marks too close to tap apart. WCAG 2.2's target size (2.5.8) asks that a 24 px circle centred
 * on each pointer target touch no other target. Marks are 24 px circles, so two marks whose
 * centres are less than 24 px apart (as drawn now, at this width) overlap: such marks form a
 * crowd, transitively, and a crowd acts as one target (a tap lists its marks; see CrowdChooser).
 * Marks in different crowds, or alone, are then always at least 24 px apart.
 */
export const TARGET_PX = 24;

export interface PlacedMark {
	id: string;
	/** Centre in px, in any one frame shared by every mark. */
	x: number;
	y: number;
}

/** Each mark in a crowd of two or more → the crowd's key (its leftmost member's id). */
export function crowdsOf(marks: readonly PlacedMark[], gap = TARGET_PX): Map<string, string> {
	const sorted = [...marks].sort((a, b) => a.x - b.x || a.y - b.y);
	const parent = sorted.map((_, i) => i);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	for (let i = 0; i < sorted.length; i++) {
		const a = sorted[i]!;
		for (let j = i + 1; j < sorted.length && sorted[j]!.x - a.x < gap; j++) {
			const b = sorted[j]!;
			if (Math.hypot(b.x - a.x, b.y - a.y) < gap) {
				const [ra, rb] = [root(i), root(j)];
				// The smaller index is the leftmost: it names the crowd.
				if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
			}
		}
	}
	const size = new Map<number, number>();
	sorted.forEach((_, i) => size.set(root(i), (size.get(root(i)) ?? 0) + 1));
	const crowds = new Map<string, string>();
	sorted.forEach((m, i) => {
		const r = root(i);
		if ((size.get(r) ?? 0) > 1) crowds.set(m.id, sorted[r]!.id);
	});
	return crowds;
}
