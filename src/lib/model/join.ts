/**
 * Joins validated data files into the typed model pages read (see `dataset.ts`).
 *
 * It runs only on input the validator has accepted, so an id that does not resolve here is a
 * bug in the validator, not in the data: it throws rather than drawing a point with no evidence.
 */
import { compareDates } from '../data/dates.ts';
import { compareVersions } from '../data/versions.ts';
import type { Citation, Correction, LeaderRole, Source } from '../data/schema.ts';
import { LEADER_ROLES } from '../vocabulary.ts';
import type { ParsedDataset } from '../data/validate.ts';
import { changeViews } from './change-view.ts';
import { moveBetween, movedFrom } from './moves.ts';
import { byAxisThenDate } from './stance-order.ts';
import { quoteCheck } from './quote-check.ts';
import type {
	ChangeView,
	CitationView,
	CorrectionView,
	Dataset,
	EventView,
	LeaderView,
	StanceView
} from './dataset.ts';

const roleOrder = (role: LeaderRole) => LEADER_ROLES.indexOf(role);

export function joinDataset(parsed: ParsedDataset): Dataset {
	const sources = [...parsed.sources.sources].sort((a, b) => a.id.localeCompare(b.id));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const axes = parsed.axes.axes;
	const axisOrder = new Map(axes.map((a, i) => [a.id, i]));
	const axisById = new Map(axes.map((a) => [a.id, a]));

	const source = (id: string): Source => {
		const found = sourceById.get(id);
		if (!found) throw new Error(`joinDataset: unknown source "${id}" passed validation`);
		return found;
	};
	const citation = (c: Citation): CitationView => {
		const via = c.via === undefined ? undefined : source(c.via);
		return {
			quote: c.quote,
			source: source(c.source),
			...(c.locator === undefined ? {} : { locator: c.locator }),
			...(via === undefined ? {} : { via }),
			check: quoteCheck({ ...(via === undefined ? {} : { via }) }),
			...(c.speaker === undefined ? {} : { speaker: c.speaker })
		};
	};
	const correction = (c: Correction): CorrectionView => ({
		essaySays: c.essaySays,
		sourceSays: c.sourceSays,
		source: source(c.source)
	});

	const leaders: LeaderView[] = parsed.leaders.map((file) => {
		const stances: StanceView[] = file.stances.map((s) => {
			const axis = axisById.get(s.axis);
			const level = axis?.levels.find((l) => l.value === s.position);
			if (!axis || !level) throw new Error(`joinDataset: stance "${s.id}" has no axis level`);
			return {
				id: s.id,
				leaderId: file.id,
				leaderName: file.name,
				leaderRole: file.role,
				axis: s.axis,
				axisLabel: axis.label,
				asOf: s.asOf,
				position: s.position,
				levelLabel: level.label,
				evidence: s.evidence,
				summary: s.summary,
				rationale: s.rationale,
				citations: s.citations.map(citation),
				corrections: (s.corrections ?? []).map(correction),
				changes: [] as ChangeView[]
			};
		});
		stances.sort(byAxisThenDate(axes));
		const causes = new Map(file.stances.map((s) => [s.id, s.cause]));
		stances.forEach((stance, i) => {
			const before = stances[i - 1];
			if (before?.axis !== stance.axis) return;
			const moved = moveBetween(before.position, stance.position);
			if (!moved) return;
			const cause = causes.get(stance.id);
			if (!cause) throw new Error(`joinDataset: stance "${stance.id}" moved with no cause`);
			stance.move = {
				from: movedFrom(before),
				...moved,
				cause: cause.kind,
				...(cause.note === undefined ? {} : { causeNote: cause.note })
			};
		});
		return {
			id: file.id,
			name: file.name,
			shortName: file.shortName ?? file.name,
			role: file.role,
			...(file.roleNote === undefined ? {} : { roleNote: file.roleNote }),
			affiliations: file.affiliations,
			stances
		};
	});
	// The cast first, then the reference leaders: every view lists them so, and each leader's
	// colour and shape follow this order, so adding a reference leader restyles no one in the cast.
	leaders.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name));

	const events: EventView[] = parsed.events.events
		.map((e) => ({
			id: e.id,
			date: e.date,
			label: e.label,
			...(e.description === undefined ? {} : { description: e.description }),
			leaderIds: e.leaders ?? [],
			citations: e.citations.map(citation),
			corrections: (e.corrections ?? []).map(correction)
		}))
		.sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));

	const stances = leaders
		.flatMap((l) => l.stances)
		.sort(
			(a, b) =>
				compareDates(a.asOf, b.asOf) ||
				a.leaderName.localeCompare(b.leaderName) ||
				(axisOrder.get(a.axis) ?? 0) - (axisOrder.get(b.axis) ?? 0)
		);

	const stanceById = new Map(stances.map((s) => [s.id, s]));
	const changes = changeViews(parsed.changes?.changes ?? [], axes, stanceById);
	// The log lists newest version first; a stance's own list reads as its history, oldest first.
	const byVersion = [...changes].sort((a, b) => compareVersions(a.version, b.version));
	for (const change of byVersion) {
		const stance = change.stanceId === undefined ? undefined : stanceById.get(change.stanceId);
		stance?.changes.push(change);
	}

	const releases = parsed.changes?.releases ?? [];
	return { meta: parsed.meta, axes, sources, leaders, events, stances, changes, releases };
}
