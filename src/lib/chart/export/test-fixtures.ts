/**
 * For the export tests only: the fixture dataset, varied. Extra leaders crowd one level and
 * move across others; hostile text tries to break out of the SVG.
 */
import type { AxisId, EvidenceKind, LeaderRole } from '../../data/schema.ts';
import type { Dataset, LeaderView, StanceView } from '../../model/dataset.ts';
import { testDataset } from '../../server/test-dataset.ts';

export interface ExtraStance {
	axis: AxisId;
	asOf: string;
	position: number;
	evidence?: EvidenceKind;
}

/** The fixture with more leaders, each with the given stances (ids `<leader>-<n>`). */
export function withLeaders(
	base: Dataset,
	extra: {
		id: string;
		name?: string;
		shortName?: string;
		role?: LeaderRole;
		stances: ExtraStance[];
	}[]
): Dataset {
	const template = base.stances[0];
	if (!template) throw new Error('fixture has no stances');
	const leaders: LeaderView[] = [...base.leaders];
	const stances: StanceView[] = [...base.stances];
	for (const leader of extra) {
		const own = leader.stances.map((s, n) => ({
			...template,
			...s,
			evidence: s.evidence ?? 'explicit',
			id: `${leader.id}-${n}`,
			leaderId: leader.id,
			leaderName: leader.name ?? leader.id,
			leaderRole: leader.role ?? 'cast'
		}));
		leaders.push({
			id: leader.id,
			name: leader.name ?? leader.id,
			shortName: leader.shortName ?? leader.name ?? leader.id,
			role: leader.role ?? 'cast',
			affiliations: [],
			stances: own
		});
		stances.push(...own);
	}
	stances.sort((a, b) => a.asOf.localeCompare(b.asOf));
	return { ...base, leaders, stances };
}

const HOSTILE = `</text><script>alert("x")</script> & 'co'`;

/** The fixture with markup in every piece of text a chart shows. */
export function hostileDataset(): Dataset {
	const base = testDataset();
	return {
		...base,
		meta: { ...base.meta, title: HOSTILE, version: '1.0.0' },
		axes: base.axes.map((a) => ({
			...a,
			label: `${a.label} ${HOSTILE}`,
			question: HOSTILE,
			levels: a.levels.map((l) => ({ ...l, label: HOSTILE }))
		})),
		leaders: base.leaders.map((l) => ({ ...l, name: HOSTILE, shortName: HOSTILE })),
		events: base.events.map((e) => ({ ...e, id: `${e.id}"><script>` }))
	};
}
