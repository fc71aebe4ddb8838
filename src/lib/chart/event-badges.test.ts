import { describe, expect, it } from 'vitest';
import type { EventView } from '$lib/model/dataset';
import { eventBadges, eventsListedWhere } from './event-badges.ts';

const event = (id: string, date: string, label: string): EventView => ({
	id,
	date,
	label,
	leaderIds: [],
	citations: [],
	corrections: []
});

const events = [
	event('a', '2016-01-10', 'First'),
	event('b', '2019-03-01', 'Second'),
	event('c', '2019-05-01', 'Third'),
	event('d', '2019-06-15', 'Fourth')
];

describe('eventBadges', () => {
	it('numbers badges as the list does; close events share one', () => {
		expect(eventBadges(events).map((b) => b.text)).toEqual(['1', '2–4']);
	});

	it('names each badge starting with its visible text, then each event and its date', () => {
		const [one, shared] = eventBadges(events);
		expect(one?.label).toBe('Event 1: First, 10 Jan 2016');
		expect(shared?.label.startsWith('Events 2–4: Second, ')).toBe(true);
		expect(shared?.label).toContain('; Fourth, 15 Jun 2019');
	});

	it('links to the first event in the list on the given page, and keeps the events', () => {
		const [, shared] = eventBadges(events, '/data');
		expect(shared?.href).toBe('/data#event-b');
		expect(shared?.events.map((m) => [m.number, m.event.id])).toEqual([
			[2, 'b'],
			[3, 'c'],
			[4, 'd']
		]);
	});
});

describe('eventsListedWhere', () => {
	it('says where the list is', () => {
		expect(eventsListedWhere('')).toBe('listed below');
		expect(eventsListedWhere('/data')).toBe('listed in Data');
	});
});
