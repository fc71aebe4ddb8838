import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
	it('keeps the precision the source gave', () => {
		expect(formatDate('2023')).toBe('2023');
		expect(formatDate('2023-11')).toBe('Nov 2023');
		expect(formatDate('2025-05-29')).toBe('29 May 2025');
		expect(formatDate('2025-10-01')).toBe('1 Oct 2025');
	});

	it('returns anything it cannot read unchanged', () => {
		expect(formatDate('2023-13')).toBe('2023-13');
	});
});
