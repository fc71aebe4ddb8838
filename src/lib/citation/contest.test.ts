import { describe, expect, it } from 'vitest';
import { contestIssueUrl } from './contest.ts';

describe('contestIssueUrl', () => {
	const reading = {
		stanceId: 'sam-altman-weights-2025',
		leaderName: 'Sam Altman',
		axisLabel: 'Model weights',
		position: 2,
		levelLabel: 'Threshold',
		version: '2.2.1'
	};

	it("opens the repository's new-issue form with the stance id, level and version", () => {
		const url = new URL(contestIssueUrl('https://github.com/owner/repo/', reading));
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/repo/issues/new');
		expect(url.searchParams.get('title')).toBe(
			'Reading: Sam Altman on model weights (sam-altman-weights-2025)'
		);
		const body = url.searchParams.get('body') ?? '';
		expect(body).toContain('Stance: sam-altman-weights-2025\n');
		expect(body).toContain('Level: 2 (Threshold)\n');
		expect(body).toContain('Dataset version: 2.2.1\n');
	});

	it('keeps text from the data inside its parameter, whatever it holds', () => {
		const url = new URL(
			contestIssueUrl('https://github.com/o/r', { ...reading, leaderName: 'A & B #x ?y=1' })
		);
		expect(url.searchParams.get('title')).toContain('A & B #x ?y=1');
		expect(url.hash).toBe('');
	});
});
