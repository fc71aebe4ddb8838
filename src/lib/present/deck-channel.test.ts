import { describe, expect, it } from 'vitest';
import { readDeckMessage } from './deck-channel.ts';

describe('readDeckMessage', () => {
	it('reads the messages the windows send', () => {
		expect(readDeckMessage({ type: 'slide', index: 3 })).toEqual({ type: 'slide', index: 3 });
		expect(readDeckMessage({ type: 'where' })).toEqual({ type: 'where' });
		expect(readDeckMessage({ type: 'blank' })).toEqual({ type: 'blank' });
		expect(readDeckMessage({ type: 'overview' })).toEqual({ type: 'overview' });
		expect(readDeckMessage({ type: 'screen', blank: true, overview: false })).toEqual({
			type: 'screen',
			blank: true,
			overview: false
		});
	});

	it('drops anything else', () => {
		for (const data of [null, 'slide', 3, { type: 'slide' }, { type: 'slide', index: -1 }])
			expect(readDeckMessage(data)).toBeNull();
		expect(readDeckMessage({ type: 'slide', index: 1.5 })).toBeNull();
		expect(readDeckMessage({ type: 'go', index: 1 })).toBeNull();
		expect(readDeckMessage({ type: 'screen', blank: 'yes', overview: false })).toBeNull();
		expect(readDeckMessage({ type: 'screen', blank: true })).toBeNull();
	});
});
