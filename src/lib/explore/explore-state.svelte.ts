/**
 * What the explore view shows, and the one way to change each part of it: the month, the trail
 * month, which charts, the axis in focus, the leaders shown and highlighted, the open stance, and
 * the leader under the pointer. Each part is state of its own, so a change to one touches only
 * what reads it: moving the month leaves the leader list and the emphasis alone, and those are
 * read by every mark. The URL is written with the codec in `chart-state-url.ts`.
 */
import type { AxisId } from '$lib/data/schema';
import {
	CHART_VIEWS,
	defaultChartState,
	leaderSelection,
	shownLeaderIds,
	type ChartDomain,
	type ChartState,
	type ChartView
} from '$lib/model/chart-state';
import { chartStateQuery } from '$lib/model/chart-state-url';
import { parseChartState } from '$lib/model/chart-state-parse';
import { keepSame } from '$lib/model/same-items';
import { EVIDENCE_FILTERS, type EvidenceFilter } from '$lib/vocabulary';

export class ExploreState {
	readonly #readDomain: () => ChartDomain;
	get #domain(): ChartDomain {
		return this.#readDomain();
	}
	#month: string = $state('');
	#trail: string | null = $state(null);
	#view: ChartView = $state('both');
	#axis: AxisId | null = $state(null);
	#leaders: string[] = $state.raw([]);
	#highlight: string[] = $state.raw([]);
	#stance: string | null = $state(null);
	#evidence: EvidenceFilter = $state('all');
	#compare: string | null = $state(null);
	#newSince = $state(false);
	#hovered: string | null = $state(null);
	// Replaced only when their items change: every mark reads them (see keepSame).
	readonly #stableIds = keepSame<string[]>();
	readonly #stableEmphasis = keepSame<ReadonlySet<string>>();

	/** The whole state, as the charts, the codec and the story's steps describe it. */
	readonly chart: ChartState = $derived({
		date: this.#month,
		from: this.#trail,
		view: this.#view,
		axis: this.#axis,
		leaders: this.#leaders,
		highlight: this.#highlight,
		stance: this.#stance,
		evidence: this.#evidence,
		compare: this.#compare,
		newSince: this.#newSince
	});
	/** The leader ids shown, in display order. */
	readonly leaderIds: string[];
	/** Every reference leader is shown (there is one at least). */
	readonly referencesShown: boolean;
	/** Leaders drawn in full: the one under the pointer, else the highlighted ones. */
	readonly emphasis: ReadonlySet<string>;
	/** The query that reopens this view ("" for the default view). */
	readonly query: string;
	/** The query of this view with no citation open: what "Cite this view" names. */
	readonly citeQuery: string;

	/**
	 * Starts at the view a reader sees first (`defaultChartState`). `domain` may be read afresh
	 * on each use: a page that starts from part of a large dataset gets the whole one later.
	 */
	constructor(domain: ChartDomain | (() => ChartDomain)) {
		this.#readDomain = typeof domain === 'function' ? domain : () => domain;
		this.#set(defaultChartState(this.#domain));
		this.leaderIds = $derived(
			this.#stableIds(shownLeaderIds({ leaders: this.#leaders }, this.#domain))
		);
		this.referencesShown = $derived(
			this.#domain.referenceIds.length > 0 &&
				this.#domain.referenceIds.every((id) => this.leaderIds.includes(id))
		);
		this.emphasis = $derived(
			this.#stableEmphasis(new Set(this.#hovered !== null ? [this.#hovered] : this.#highlight))
		);
		this.query = $derived(chartStateQuery(this.chart, this.#domain));
		this.citeQuery = $derived(chartStateQuery({ ...this.chart, stance: null }, this.#domain));
	}

	/** Takes the whole view a URL query describes (anything it does not name is the default). */
	restore(params: URLSearchParams): void {
		this.#set(parseChartState(params, this.#domain));
	}

	/** Shows `month`; a trail that no longer starts before it is dropped. */
	showMonth(month: string): void {
		if (!this.#domain.months.includes(month)) return;
		this.#month = month;
		if (this.#trail !== null && this.#trail >= month) this.#trail = null;
	}

	/** Shows movement since `month` ("" or null: no trails); only a month before the one shown. */
	showTrailFrom(month: string | null): void {
		this.#trail =
			month && this.#domain.months.includes(month) && month < this.#month ? month : null;
	}

	/** Which charts to show; a name that is not a view is ignored. */
	showView(view: string): void {
		const known = CHART_VIEWS.find((v) => v === view);
		if (known !== undefined) this.#view = known;
	}

	/** Focuses one axis by id; anything else ("" included) shows all four. */
	focusAxis(axis: string): void {
		this.#axis = this.#domain.axisIds.find((id) => id === axis) ?? null;
	}

	/**
	 * Shows or hides one leader. Hiding drops their highlight; the last leader shown cannot be
	 * hidden (a view of no one is not a view anyone wants), and showing everyone is the default.
	 */
	showLeader(id: string, shown: boolean): void {
		const all = this.#domain.leaderIds;
		const isShown = (l: string) => this.#leaders.length === 0 || this.#leaders.includes(l);
		const next = all.filter((l) => (l === id ? shown : isShown(l)));
		this.#showOnly(next);
	}

	/**
	 * Shows or hides every reference leader at once, leaving the cast as it is: the reference
	 * leaders stand beside the cast for comparison, and hiding them shows the cast alone. Hiding
	 * them when no one else is shown does nothing, as for one leader.
	 */
	showReferences(shown: boolean): void {
		const references = new Set(this.#domain.referenceIds);
		const now = shownLeaderIds({ leaders: this.#leaders }, this.#domain);
		this.#showOnly(shown ? [...now, ...references] : now.filter((id) => !references.has(id)));
	}

	/** Highlights a leader, or stops highlighting them; the list stays in display order. */
	toggleHighlight(id: string): void {
		const next = this.#highlight.includes(id)
			? this.#highlight.filter((h) => h !== id)
			: [...this.#highlight, id];
		this.#highlight = this.#domain.leaderIds.filter((l) => next.includes(l));
	}

	/** Shows every leader and highlights none. */
	resetLeaders(): void {
		this.#leaders = [];
		this.#highlight = [];
	}

	/** Emphasises one leader for as long as the pointer or focus is on them; null ends it. */
	hover(id: string | null): void {
		this.#hovered = id;
	}

	/** Opens the citations of a stance (an unknown id closes them). */
	openStance(id: string): void {
		this.#stance = this.#domain.stanceIds.has(id) ? id : null;
	}

	closeStance(): void {
		this.#stance = null;
	}

	/** Draws from all evidence, explicit and reported only, or explicit only; anything else: all. */
	drawFrom(evidence: string): void {
		this.#evidence = EVIDENCE_FILTERS.find((e) => e === evidence) ?? 'all';
	}

	/** Draws an earlier release's positions as ghosts; "", null or an unknown version: none. */
	compareWith(version: string | null): void {
		this.#compare = this.#domain.earlierVersions.find((v) => v === version) ?? null;
	}

	/** Marks what is new or changed since the previous release (when there is one). */
	markNewSince(on: boolean): void {
		this.#newSince = on && this.#domain.earlierVersions.length > 0;
	}

	/** Shows these leaders (none: nothing changes) and highlights only those of them highlighted. */
	#showOnly(ids: string[]): void {
		if (ids.length === 0) return;
		const next = leaderSelection(ids, this.#domain);
		const shown = next.length === 0 ? this.#domain.leaderIds : next;
		this.#leaders = next;
		this.#highlight = this.#highlight.filter((h) => shown.includes(h));
	}

	#set(state: ChartState): void {
		this.#month = state.date;
		this.#trail = state.from;
		this.#view = state.view;
		this.#axis = state.axis;
		this.#leaders = state.leaders;
		this.#highlight = state.highlight;
		this.#stance = state.stance;
		this.#evidence = state.evidence;
		this.#compare = state.compare;
		this.#newSince = state.newSince;
	}
}
