import { afterEach, describe, expect, it, vi } from 'vitest';
import { canCopyText, copyText } from './copy-text.ts';

afterEach(() => vi.unstubAllGlobals());

describe('copyText', () => {
	it('writes the text and says it is copied', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		expect(canCopyText()).toBe(true);
		expect(await copyText('subject\n\nbody')).toBe('Copied');
		expect(writeText).toHaveBeenCalledWith('subject\n\nbody');
	});

	it('says how to copy by hand when the browser refuses', async () => {
		vi.stubGlobal('navigator', {
			clipboard: { writeText: () => Promise.reject(new Error('denied')) }
		});
		expect(await copyText('x', 'the message')).toBe(
			'Could not copy: select the message and copy it instead'
		);
	});

	it('offers no copy without a clipboard', () => {
		vi.stubGlobal('navigator', {});
		expect(canCopyText()).toBe(false);
	});
});
