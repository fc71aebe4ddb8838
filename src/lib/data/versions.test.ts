import { describe, expect, it } from 'vitest';
import { compareVersions } from './versions.ts';

describe('compareVersions', () => {
	it('compares each part as a number, not as text', () => {
		expect(compareVersions('2.0.0', '1.0.0')).toBe(1);
		expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
		expect(compareVersions('1.0.0', '1.0.1')).toBe(-1);
		expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
	});
});
