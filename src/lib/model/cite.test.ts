import { describe, expect, it } from 'vitest';
import { citeAs } from './cite.ts';
import { testDataset } from '../server/test-dataset.ts';

describe('citeAs', () => {
	it('names the dataset, its version and the day it was updated', () => {
		expect(citeAs(testDataset().meta)).toBe(
			'Openness Spectrum test fixture, version 1.0.0 (updated 1 Jun 2025).'
		);
	});

	it('adds an address when there is one, with no full stop after it', () => {
		expect(
			citeAs(
				{ title: 'Openness Spectrum dataset', version: '1.2.3', updated: '2026-11-29' },
				'https://example.org/data'
			)
		).toBe(
			'Openness Spectrum dataset, version 1.2.3 (updated 29 Nov 2026). https://example.org/data'
		);
	});

	it('falls back to the project name when meta.json has no title', () => {
		expect(citeAs({ version: '2.0.0', updated: '2027-01-05' })).toBe(
			'Openness Spectrum dataset, version 2.0.0 (updated 5 Jan 2027).'
		);
	});
});
