import { describe, expect, it } from 'vitest';
import { testDataset } from '../../server/test-dataset.ts';
import { chartSvg } from './download.ts';

const input = {
	dataset: testDataset(),
	leaderIds: [],
	month: '2024-06',
	fromMonth: null,
	axis: null
};

describe('chartSvg', () => {
	it('builds the chart of the kind asked for', () => {
		expect(chartSvg('spectrum', input)).toContain('stand on openness, Jun 2024');
		expect(chartSvg('timelines', input)).toContain('The vertical line marks Jun 2024');
	});
});
