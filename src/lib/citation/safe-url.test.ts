import { describe, expect, it } from 'vitest';
import { safeHttpsUrl } from './safe-url.ts';

describe('safeHttpsUrl', () => {
	it('keeps https addresses', () => {
		expect(safeHttpsUrl('https://arxiv.org/abs/2511.07885')).toBe(
			'https://arxiv.org/abs/2511.07885'
		);
	});
	it('drops every other scheme and garbage', () => {
		expect(safeHttpsUrl('http://example.org')).toBeUndefined();
		expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
		expect(safeHttpsUrl('data:text/html,<b>x</b>')).toBeUndefined();
		expect(safeHttpsUrl('not a url')).toBeUndefined();
		expect(safeHttpsUrl(undefined)).toBeUndefined();
	});
});
