import { describe, expect, it } from 'vitest';
import { readProgress, resumeAt, writeProgress } from './progress.ts';

const ASKED = ['a-weights-2020', 'b-tools-2021', 'c-access-2022'];

describe('practice progress in the browser', () => {
	it('comes back as it was written', () => {
		const picks = {
			'a-weights-2020': { level: 2 },
			'b-tools-2021': { level: 0, evidence: 'inferred' as const }
		};
		expect(readProgress(writeProgress(picks), ASKED)).toEqual(picks);
	});

	it('drops what it cannot trust: bad JSON, bad levels, unknown kinds and stances not asked', () => {
		expect(readProgress(null, ASKED)).toEqual({});
		expect(readProgress('{not json', ASKED)).toEqual({});
		expect(readProgress('null', ASKED)).toEqual({});
		expect(readProgress('{"picks": 3}', ASKED)).toEqual({});
		const stored = JSON.stringify({
			picks: {
				'a-weights-2020': { level: 7 },
				'b-tools-2021': { level: 1.5 },
				'c-access-2022': { level: 3, evidence: 'rumoured' },
				'z-elsewhere-2020': { level: 1 }
			}
		});
		expect(readProgress(stored, ASKED)).toEqual({ 'c-access-2022': { level: 3 } });
	});

	it('resumes at the first quote not yet checked, or the end', () => {
		expect(resumeAt(ASKED, {})).toBe(0);
		expect(resumeAt(ASKED, { 'a-weights-2020': { level: 1 } })).toBe(1);
		expect(resumeAt(ASKED, { 'b-tools-2021': { level: 1 } })).toBe(0);
		const all = Object.fromEntries(ASKED.map((id) => [id, { level: 1 }]));
		expect(resumeAt(ASKED, all)).toBe(3);
	});
});
