import { describe, expect, it } from 'vitest';
import { STANCE_TEMPLATE } from './placeholders.ts';
import { inStance } from './stance-context.ts';

const leader = {
	id: 'jane-doe',
	stances: [
		{ id: 'doe-tools-2025', citations: [{ source: 'example-talk-2019', quote: '' }, {}] },
		{ position: 9 },
		{ id: STANCE_TEMPLATE.id },
		{ id: 42 }
	]
};

describe('inStance', () => {
	it('names the stance a problem is in by its id', () => {
		expect(inStance('leader', leader, ['stances', 0, 'asOf'], 'is not a real calendar date')).toBe(
			'in stance doe-tools-2025: is not a real calendar date'
		);
		expect(inStance('leader', leader, ['stances', 0], 'missing required key "axis"')).toBe(
			'in stance doe-tools-2025: missing required key "axis"'
		);
	});

	it('names the source of the citation a problem is in, except at the source itself', () => {
		expect(
			inStance('leader', leader, ['stances', 0, 'citations', 0, 'quote'], 'must not be empty')
		).toBe('in stance doe-tools-2025, citation of example-talk-2019: must not be empty');
		expect(
			inStance('leader', leader, ['stances', 0, 'citations', 0, 'source'], 'unknown source')
		).toBe('in stance doe-tools-2025: unknown source');
		expect(
			inStance('leader', leader, ['stances', 0, 'citations', 1], 'missing required key "source"')
		).toBe('in stance doe-tools-2025: missing required key "source"');
	});

	it('leaves the message alone when there is no id to name, or the message names it already', () => {
		const message = 'must be a level of the axis';
		expect(inStance('leader', leader, ['stances', 1, 'position'], message)).toBe(message);
		expect(inStance('leader', leader, ['stances', 2, 'axis'], message)).toBe(message);
		expect(inStance('leader', leader, ['stances', 3, 'axis'], message)).toBe(message);
		expect(inStance('leader', leader, ['stances', 7, 'axis'], message)).toBe(message);
		expect(inStance('leader', leader, ['name'], message)).toBe(message);
		expect(inStance('events', { stances: leader.stances }, ['stances', 0, 'id'], message)).toBe(
			message
		);
		const duplicate = 'duplicate stance id "doe-tools-2025"';
		expect(inStance('leader', leader, ['stances', 0, 'id'], duplicate)).toBe(duplicate);
	});
});
