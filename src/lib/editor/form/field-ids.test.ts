import { describe, expect, it } from 'vitest';
import { describedBy, errorId, fieldId } from './field-ids.ts';

describe('field ids', () => {
	it('turn a field key into element ids', () => {
		expect(fieldId('citations.0.source.new.url')).toBe('sf-citations-0-source-new-url');
		expect(errorId('asOf')).toBe('sf-asOf-error');
	});
	it('describe a field by its hint and its error, when it has them', () => {
		expect(describedBy('asOf', undefined)).toBeUndefined();
		expect(describedBy('asOf', undefined, true)).toBe('sf-asOf-hint');
		expect(describedBy('asOf', 'is required', true)).toBe('sf-asOf-hint sf-asOf-error');
	});
});
