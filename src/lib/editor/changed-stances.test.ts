import { describe, expect, it } from 'vitest';
import { changedStances } from './changed-stances.ts';

const stance = (id: string, position = 1) => ({ id, axis: 'tools', position });

describe('changedStances', () => {
	it('lists added and changed stances by id, in the draft order', () => {
		const before = { stances: [stance('a'), stance('b'), stance('c')] };
		const after = { stances: [stance('new'), stance('a'), stance('b', 3)] };
		expect(changedStances(before, after)).toEqual({ added: ['new'], changed: ['b'] });
	});

	it('counts every stance of a new leader as added', () => {
		expect(changedStances(undefined, { stances: [stance('a'), stance('b')] })).toEqual({
			added: ['a', 'b'],
			changed: []
		});
	});

	it('finds nothing in a file without stances', () => {
		expect(changedStances({ sources: [] }, { sources: [{}] })).toEqual({ added: [], changed: [] });
	});
});
