import { describe, expect, it } from 'vitest';
import { readerView } from './reader-view.ts';
import { editedDataset, publishedStory } from './impact-fixtures.ts';

describe('readerView', () => {
	it('gives every step its card and its slide, numbered as the deck numbers it', () => {
		const side = { dataset: editedDataset(), story: publishedStory() };
		const view = readerView(side);
		expect([...view.steps.keys()]).toEqual(side.story.steps.map((s) => s.id));
		const [first] = side.story.steps;
		const read = first ? view.steps.get(first.id) : undefined;
		expect(read?.step.title).toBe(first?.title);
		expect(read?.slide).toMatchObject({ kind: 'step', title: first?.title });
		expect(read?.number).toBe(2);
		// The title, each step, each Your call slide, the closing slide.
		expect(read?.count).toBe(side.story.steps.length + (side.story.calls?.length ?? 0) + 2);
		expect(view.model.domain.castIds.length).toBeGreaterThan(0);
	});
});

describe('readerView with Your call slides', () => {
	it('counts a call after a step before the steps that follow it', () => {
		const story = publishedStory();
		const [first, second] = story.steps;
		if (!first || !second) throw new Error('the fixture story needs two steps');
		const side = {
			dataset: editedDataset(),
			story: {
				...story,
				calls: [{ id: 'call-test', after: first.id, stance: 'lovelace-weights-2023' }]
			}
		};
		const view = readerView(side);
		expect(view.steps.get(first.id)?.number).toBe(2);
		expect(view.steps.get(second.id)?.number).toBe(4);
		expect(view.steps.get(second.id)?.count).toBe(story.steps.length + 3);
	});
});
