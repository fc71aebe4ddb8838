/**
 * The numbered event badges above the timelines: events too close to label apart share one
 * badge ("14–16"), numbered as in the list of events. Each badge's accessible name starts with
 * its visible text ("Events 14–16: …"), so a reader who says what they see can press it.
 */
import type { EventView } from '$lib/model/dataset';
import { formatDate } from '$lib/model/format-date';
import { decimalYear } from '$lib/model/months';
import { clusterPositions } from './scales.ts';

export interface EventBadge {
	key: string;
	/** Visible: "5" or "14–16". */
	text: string;
	/** Spoken: "Event 5: label, date" or "Events 14–16: label, date; label, date". */
	label: string;
	/** Where the badge sits, in decimal years: its first event. */
	year: number;
	/** Its events with their numbers in the list. */
	events: { number: number; event: EventView }[];
	/** The first event's entry in the list of events on `eventsPage`. */
	href: string;
}

/** Events closer than this share a badge: they would collide on a phone-wide axis. */
const SHARE_YEARS = 0.5;

export function eventBadges(events: readonly EventView[], eventsPage = ''): EventBadge[] {
	const years = events.map((e) => decimalYear(e.date));
	return clusterPositions(years, SHARE_YEARS).map((indexes) => {
		const members = indexes.flatMap((i) => {
			const event = events[i];
			return event ? [{ number: i + 1, event }] : [];
		});
		const first = members[0];
		const last = members.at(-1);
		const text =
			!first || !last || first === last
				? `${first?.number ?? ''}`
				: `${first.number}–${last.number}`;
		const details = members.map((m) => `${m.event.label}, ${formatDate(m.event.date)}`).join('; ');
		return {
			key: members.map((m) => m.event.id).join(' '),
			text,
			label: `${members.length > 1 ? 'Events' : 'Event'} ${text}: ${details}`,
			year: years[indexes[0] ?? 0] ?? 0,
			events: members,
			href: `${eventsPage}#event-${first?.event.id ?? ''}`
		};
	});
}

/** Where the badges' events are listed, in words, for the strip's own caption. */
export function eventsListedWhere(eventsPage: string): string {
	if (eventsPage === '') return 'listed below';
	if (eventsPage === '/data') return 'listed in Data';
	if (eventsPage === '/explore') return 'listed in Explore';
	return `listed in ${eventsPage}`;
}
