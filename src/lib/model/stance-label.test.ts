import { describe, expect, it } from 'vitest';
import { stanceLabel } from './stance-label.ts';
import { testDataset, testDatasetWithReference } from '../server/test-dataset.ts';

describe('stanceLabel', () => {
	it('names the leader, axis, level, date and evidence', () => {
		const stance = testDataset().stances.find((s) => s.id === 'lovelace-weights-2015');
		if (!stance) throw new Error('fixture changed');
		expect(stanceLabel(stance)).toBe(
			`Ada Lovelace, ${stance.axisLabel}: ${stance.levelLabel} (level 4 of 0–4), Dec 2015, reported evidence`
		);
	});

	it('says when the leader is shown for reference', () => {
		const stance = testDatasetWithReference().stances.find((s) => s.id === 'lovelace-weights-2015');
		expect(stance && stanceLabel(stance)).toMatch(/^Ada Lovelace \(for reference\), /);
	});
});

describe('stanceLabel with what the chart marks', () => {
	const stance = testDataset().stances.find((s) => s.id === 'lovelace-weights-2023');
	if (!stance) throw new Error('fixture changed');
	it('says which way a point moved, in neutral words', () => {
		expect(stanceLabel(stance, { moved: 'closed' })).toMatch(
			/, Nov 2023, explicit evidence, moved toward closed$/
		);
	});
	it('says when an old point was last on record', () => {
		expect(stanceLabel(stance, { stale: true })).toMatch(
			/, explicit evidence, last on record Nov 2023$/
		);
	});
	it('says a stance is new or changed since an earlier release', () => {
		expect(stanceLabel(stance, { flag: { kind: 'changed', version: '2.1.0' } })).toMatch(
			/, changed since version 2\.1\.0$/
		);
	});
});
