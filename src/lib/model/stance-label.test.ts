import { describe, expect, it } from 'vitest';
import { stanceLabel } from './stance-label.ts';
import { testDataset } from '../server/test-dataset.ts';

describe('stanceLabel', () => {
	it('names the leader, axis, level, date and evidence', () => {
		const stance = testDataset().stances.find((s) => s.id === 'lovelace-weights-2015');
		if (!stance) throw new Error('fixture changed');
		expect(stanceLabel(stance)).toBe(
			`Ada Lovelace, ${stance.axisLabel}: ${stance.levelLabel} (level 4 of 0–4), Dec 2015, reported evidence`
		);
	});
});
