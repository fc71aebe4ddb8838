/**
 * Marks too close to tap apart. WCAG 2.2's target size (2.5.8) asks that a 24 px circle centred
 * on each pointer target touch no other target. Marks are 24 px circles, so two marks whose
 * centres are less than 24 px apart (as drawn now, at this width) overlap: such marks form a
 * crowd, transitively, and a crowd acts as one target: one box over all of its marks (a tap on it
 * lists them; see CrowdChooser), so a crowd whose box would reach another mark's 24 px square,
 * or another crowd's box, takes that one in too. Marks in different crowds, or alone, are then
 * always at least 24 px apart, and no crowd's box covers a target that is not in it.
 */
export const TARGET_PX = 24;
/** Less than this much overlap is rounding, not touching. */
const EPS = 0.01;

export interface PlacedMark {
	id: string;
	/** Centre in px, in any one frame shared by every mark. */
	x: number;
	y: number;
}

/** A crowd's one pointer target: the box around its marks' 24 px squares, in the marks' frame. */
export interface CrowdBox {
	key: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

interface Group {
	root: number;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Each mark in a crowd of two or more → the crowd's key (its leftmost member's id). */
export function crowdsOf(marks: readonly PlacedMark[], gap = TARGET_PX): Map<string, string> {
	return crowdLayout(marks, gap).crowds;
}

/** The crowds (each mark → its crowd's key) and each crowd's box. */
export function crowdLayout(
	marks: readonly PlacedMark[],
	gap = TARGET_PX
): { crowds: Map<string, string>; boxes: CrowdBox[] } {
	const sorted = [...marks].sort((a, b) => a.x - b.x || a.y - b.y);
	const parent = sorted.map((_, i) => i);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	// The smaller index is the leftmost: it names the crowd.
	const join = (i: number, j: number): boolean => {
		const [ra, rb] = [root(i), root(j)];
		if (ra === rb) return false;
		parent[Math.max(ra, rb)] = Math.min(ra, rb);
		return true;
	};
	for (let i = 0; i < sorted.length; i++) {
		const a = sorted[i]!;
		for (let j = i + 1; j < sorted.length && sorted[j]!.x - a.x < gap; j++) {
			const b = sorted[j]!;
			if (Math.hypot(b.x - a.x, b.y - a.y) < gap) join(i, j);
		}
	}
	// A crowd's box must cover no other target: take in whatever it overlaps, until none does.
	const half = gap / 2;
	for (let changed = true; changed;) {
		changed = false;
		const groups = new Map<number, Group & { size: number }>();
		sorted.forEach((m, i) => {
			const r = root(i);
			const g = groups.get(r);
			if (!g) {
				groups.set(r, {
					root: r,
					size: 1,
					left: m.x - half,
					right: m.x + half,
					top: m.y - half,
					bottom: m.y + half
				});
			} else {
				g.size++;
				g.left = Math.min(g.left, m.x - half);
				g.right = Math.max(g.right, m.x + half);
				g.top = Math.min(g.top, m.y - half);
				g.bottom = Math.max(g.bottom, m.y + half);
			}
		});
		const list = [...groups.values()].sort((a, b) => a.left - b.left);
		for (let i = 0; i < list.length; i++) {
			const a = list[i]!;
			for (let j = i + 1; j < list.length && list[j]!.left < a.right - EPS; j++) {
				const b = list[j]!;
				// Two lone marks whose squares overlap at a corner are still 24 px apart.
				if (a.size === 1 && b.size === 1) continue;
				if (b.top < a.bottom - EPS && a.top < b.bottom - EPS && join(a.root, b.root))
					changed = true;
			}
		}
	}
	const size = new Map<number, number>();
	sorted.forEach((_, i) => size.set(root(i), (size.get(root(i)) ?? 0) + 1));
	const crowds = new Map<string, string>();
	const boxes = new Map<number, CrowdBox>();
	sorted.forEach((m, i) => {
		const r = root(i);
		if ((size.get(r) ?? 0) < 2) return;
		const key = sorted[r]!.id;
		crowds.set(m.id, key);
		const box = boxes.get(r);
		if (!box) {
			boxes.set(r, {
				key,
				left: m.x - half,
				right: m.x + half,
				top: m.y - half,
				bottom: m.y + half
			});
		} else {
			box.left = Math.min(box.left, m.x - half);
			box.right = Math.max(box.right, m.x + half);
			box.top = Math.min(box.top, m.y - half);
			box.bottom = Math.max(box.bottom, m.y + half);
		}
	});
	return { crowds, boxes: [...boxes.values()] };
}
