import { describe, expect, it } from 'vitest';
import { storyShotName, storyShotOptions } from './story-shot-options.ts';

describe('storyShotOptions', () => {
	it('shoots every step in both schemes by default', () => {
		expect(storyShotOptions([])).toEqual({ schemes: ['light', 'dark'] });
	});

	it('reads one step by id, written either way, and the light scheme alone', () => {
		expect(storyShotOptions(['--step', 'the-line'])).toEqual({
			schemes: ['light', 'dark'],
			step: 'the-line'
		});
		expect(storyShotOptions(['--light', '--step=gpt-oss'])).toEqual({
			schemes: ['light'],
			step: 'gpt-oss'
		});
	});

	it('refuses --step without an id', () => {
		expect(() => storyShotOptions(['--step'])).toThrow('--step needs the id of a step');
		expect(() => storyShotOptions(['--step', '--light'])).toThrow('--step needs the id');
	});
});

describe('storyShotName', () => {
	it('names a picture by width, scheme and step id', () => {
		expect(storyShotName(375, 'dark', 'the-line')).toBe('story-375-dark-the-line.png');
	});
});
