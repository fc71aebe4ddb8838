import { describe, expect, it } from 'vitest';
import { chartFileName } from './file-name.ts';

describe('chartFileName', () => {
	it('names the chart, the month shown and the dataset version', () => {
		expect(chartFileName('spectrum', '2026-11', '1.0.0', 'svg')).toBe(
			'openness-spectrum-spectrum-2026-11-v1.0.0.svg'
		);
		expect(chartFileName('timelines', '2019-06', '2.3.1', 'png')).toBe(
			'openness-spectrum-timelines-2019-06-v2.3.1.png'
		);
	});

	it('keeps the name safe for any file system', () => {
		expect(chartFileName('spectrum', '../2026/11', '1.0.0 beta', 'png')).toBe(
			'openness-spectrum-spectrum-..-2026-11-v1.0.0-beta.png'
		);
	});
});
