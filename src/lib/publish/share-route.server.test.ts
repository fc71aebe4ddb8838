import { describe, expect, it } from 'vitest';
import { shareImageOfRoute } from './share-route.server.ts';

const story = () =>
	({
		steps: [
			{ id: 'the-bet', title: 'The bet' },
			{ id: 'later', title: 'Later' }
		]
	}) as never;

describe('shareImageOfRoute', () => {
	it("gives a leader's page their chart, a step's address its step, the story its first step", () => {
		expect(shareImageOfRoute('/(site)/leaders/[id]', { id: 'sam-altman' }, story).image).toBe(
			'leader-sam-altman'
		);
		expect(shareImageOfRoute('/embed/[...view]', { view: 'story/later' }, story).image).toBe(
			'step-later'
		);
		expect(shareImageOfRoute('/(site)', {}, story).image).toBe('step-the-bet');
	});

	it('gives every other page the explore view, and reads the story only where it is needed', () => {
		let read = 0;
		const counted = () => {
			read += 1;
			return story();
		};
		expect(shareImageOfRoute('/(site)/data', {}, counted).image).toBe('explore');
		expect(shareImageOfRoute('/(site)/leaders/[id]', {}, counted).image).toBe('explore');
		expect(read).toBe(0);
	});
});
