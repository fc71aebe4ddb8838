import { describe, expect, it } from 'vitest';
import { chartDomain, defaultChartState } from '../model/chart-state.ts';
import { parseChartState } from '../model/chart-state-parse.ts';
import { testDataset, testDatasetWithReference } from '../server/test-dataset.ts';
import { ExploreState } from './explore-state.svelte.ts';

const domain = chartDomain(testDataset());
const ADA = 'ada-lovelace';
const ALAN = 'alan-turing';

function restored(query: string): ExploreState {
	const state = new ExploreState(domain);
	state.restore(new URLSearchParams(query));
	return state;
}

describe('ExploreState', () => {
	it('starts at the default view, which the address leaves out', () => {
		const state = new ExploreState(domain);
		expect(state.chart).toEqual(defaultChartState(domain));
		expect(state.query).toBe('');
		expect(state.leaderIds).toEqual([ADA, ALAN]);
		expect(state.emphasis.size).toBe(0);
	});

	it('restores a view from its query and writes back the same query', () => {
		const query = `?date=2020-03&from=2016-01&view=spectrum&axis=tools&leaders=${ADA}&highlight=${ADA}&stance=lovelace-weights-2023`;
		const state = restored(query);
		expect(state.chart).toEqual(parseChartState(new URLSearchParams(query), domain));
		expect(state.query).toBe(query);
		expect(state.citeQuery).toBe(query.replace('&stance=lovelace-weights-2023', ''));
		expect(state.leaderIds).toEqual([ADA]);
	});

	it('shows a month, and drops a trail that no longer starts before it', () => {
		const state = restored('date=2020-03&from=2018-01');
		state.showMonth('2019-01');
		expect(state.chart).toMatchObject({ date: '2019-01', from: '2018-01' });
		state.showMonth('2018-01');
		expect(state.chart).toMatchObject({ date: '2018-01', from: null });
		expect(state.query).toBe('?date=2018-01');
	});

	it('ignores a month outside the data', () => {
		const state = restored('date=2020-03');
		state.showMonth('2031-01');
		expect(state.chart.date).toBe('2020-03');
	});

	it('leaves the month out of the address once it is back at the latest month', () => {
		const state = new ExploreState(domain);
		state.showMonth('2025-04');
		expect(state.query).toBe('?date=2025-04');
		state.showMonth('2025-06');
		expect(state.query).toBe('');
	});

	it('starts trails only from a month before the one shown', () => {
		const state = restored('date=2020-03');
		state.showTrailFrom('2017-05');
		expect(state.chart.from).toBe('2017-05');
		state.showTrailFrom('2021-01');
		expect(state.chart.from).toBeNull();
		state.showTrailFrom('2017-05');
		state.showTrailFrom('');
		expect(state.chart.from).toBeNull();
	});

	it('changes the charts shown and the axis in focus, ignoring names it does not know', () => {
		const state = new ExploreState(domain);
		state.showView('timelines');
		state.focusAxis('tools');
		expect(state.query).toBe('?view=timelines&axis=tools');
		state.showView('pie');
		state.focusAxis('vibes');
		expect(state.chart).toMatchObject({ view: 'timelines', axis: null });
		state.focusAxis('');
		expect(state.chart.axis).toBeNull();
	});

	it('hides a leader, dropping their highlight, and never hides the last one', () => {
		const state = new ExploreState(domain);
		state.toggleHighlight(ALAN);
		state.showLeader(ALAN, false);
		expect(state.chart).toMatchObject({ leaders: [ADA], highlight: [] });
		expect(state.leaderIds).toEqual([ADA]);
		state.showLeader(ADA, false);
		expect(state.chart.leaders).toEqual([ADA]);
		state.showLeader(ALAN, true);
		expect(state.chart.leaders).toEqual([]);
		expect(state.leaderIds).toEqual([ADA, ALAN]);
	});

	describe('with a reference leader (Lovelace) beside the cast (Turing)', () => {
		const withReference = chartDomain(testDatasetWithReference());

		it('shows the reference leaders by default, and hides or shows them as a group', () => {
			const state = new ExploreState(withReference);
			expect(state.leaderIds).toEqual([ALAN, ADA]);
			expect(state.referencesShown).toBe(true);
			state.toggleHighlight(ADA);
			state.showReferences(false);
			expect(state.chart).toMatchObject({ leaders: [ALAN], highlight: [] });
			expect(state.referencesShown).toBe(false);
			expect(state.query).toBe('?leaders=cast');
			state.showReferences(true);
			expect(state.chart.leaders).toEqual([]);
			expect(state.query).toBe('');
		});

		it('leaves the cast as it is, and never hides the last leader shown', () => {
			const state = new ExploreState(withReference);
			state.showLeader(ALAN, false);
			state.showReferences(false);
			expect(state.leaderIds).toEqual([ADA]);
			state.showLeader(ALAN, true);
			state.showReferences(false);
			expect(state.leaderIds).toEqual([ALAN]);
			state.showReferences(true);
			expect(state.leaderIds).toEqual([ALAN, ADA]);
		});

		it('restores the cast alone from its address', () => {
			const state = new ExploreState(withReference);
			state.restore(new URLSearchParams('leaders=cast'));
			expect(state.leaderIds).toEqual([ALAN]);
			expect(state.referencesShown).toBe(false);
		});
	});

	it('keeps highlights in display order, and resets leaders to everyone, no one highlighted', () => {
		const state = new ExploreState(domain);
		state.toggleHighlight(ALAN);
		state.toggleHighlight(ADA);
		expect(state.chart.highlight).toEqual([ADA, ALAN]);
		state.toggleHighlight(ADA);
		expect(state.chart.highlight).toEqual([ALAN]);
		state.showLeader(ADA, false);
		state.resetLeaders();
		expect(state.chart).toMatchObject({ leaders: [], highlight: [] });
	});

	it('emphasises the hovered leader over the highlighted ones, and only while hovered', () => {
		const state = new ExploreState(domain);
		state.toggleHighlight(ADA);
		expect([...state.emphasis]).toEqual([ADA]);
		state.hover(ALAN);
		expect([...state.emphasis]).toEqual([ALAN]);
		expect(state.query).toBe(`?highlight=${ADA}`);
		state.hover(null);
		expect([...state.emphasis]).toEqual([ADA]);
	});

	it('keeps the same leader list and emphasis objects while the month moves', () => {
		const state = restored(`highlight=${ADA}`);
		const ids = state.leaderIds;
		const emphasis = state.emphasis;
		state.showMonth('2019-01');
		state.showMonth('2016-01');
		expect(state.leaderIds).toBe(ids);
		expect(state.emphasis).toBe(emphasis);
	});

	it('opens and closes a stance, refusing ids that name none', () => {
		const state = new ExploreState(domain);
		state.openStance('lovelace-weights-2023');
		expect(state.query).toBe('?stance=lovelace-weights-2023');
		expect(state.citeQuery).toBe('');
		state.closeStance();
		expect(state.chart.stance).toBeNull();
		state.openStance('<script>');
		expect(state.chart.stance).toBeNull();
	});
});
