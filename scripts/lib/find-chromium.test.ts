import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.ts';

describe('findChromium', () => {
	it('takes $CHROMIUM_PATH first when it names a file', () => {
		expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({
			executablePath: process.execPath,
			origin: 'CHROMIUM_PATH'
		});
	});

	it('says plainly when $CHROMIUM_PATH names nothing', () => {
		expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
			'CHROMIUM_PATH is set to "/nowhere/chromium", but no file is there.'
		);
	});
});
