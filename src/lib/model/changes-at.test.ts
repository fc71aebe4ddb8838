import { describe, expect, it } from 'vitest';
import { changesAt } from './changes-at.ts';
import { testDataset } from '../server/test-dataset.ts';

const { stances } = testDataset();
const all = ['ada-lovelace', 'alan-turing'];

describe('changesAt', () => {
	it('names each stance that starts in the month', () => {
		const weights = stances.find((s) => s.id === 'lovelace-weights-2023');
		expect(changesAt(stances, '2023-11', all)).toBe(
			`Nov 2023: 1 new stance. Ada Lovelace, ${weights?.axisLabel}: ${weights?.levelLabel}.`
		);
	});

	it('says so when nothing changes, and ignores hidden leaders', () => {
		expect(changesAt(stances, '2020-01', all)).toBe('Jan 2020: no stance changes.');
		expect(changesAt(stances, '2023-11', ['alan-turing'])).toBe('Nov 2023: no stance changes.');
	});
});
