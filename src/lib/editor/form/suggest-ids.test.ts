import { describe, expect, it } from 'vitest';
import { kebabWords, suggestSourceId, suggestStanceId, surnameOf } from './suggest-ids.ts';

describe('surnameOf', () => {
	it('uses the short name, else the last word of the name, in kebab-case', () => {
		expect(surnameOf({ id: 'yann-lecun', name: 'Yann LeCun', shortName: 'LeCun' })).toBe('lecun');
		expect(surnameOf({ id: 'jane-doe', name: 'Jane Doé' })).toBe('doe');
		expect(surnameOf({ id: 'jane-doe' })).toBe('doe');
	});
});

describe('kebabWords', () => {
	it('drops accents and joins words with single hyphens', () => {
		expect(kebabWords("  Simon Willison's Weblog! ")).toBe('simon-willison-s-weblog');
		expect(kebabWords('Ça va')).toBe('ca-va');
	});
});

describe('suggestStanceId', () => {
	const none = new Set<string>();
	it('is surname-axis-year', () => {
		expect(suggestStanceId('doe', 'tools', '2025-05', [], none)).toBe('doe-tools-2025');
		expect(suggestStanceId('doe', 'tools', '2025', [], none)).toBe('doe-tools-2025');
	});
	it('adds the month when the leader has another stance on the axis that year', () => {
		const same = [{ axis: 'tools', asOf: '2025-01' }];
		expect(suggestStanceId('doe', 'tools', '2025-05', same, none)).toBe('doe-tools-2025-05');
		expect(suggestStanceId('doe', 'weights', '2025-05', same, none)).toBe('doe-weights-2025');
	});
	it('is never an id taken', () => {
		const taken = new Set(['doe-tools-2025', 'doe-tools-2025-05']);
		expect(suggestStanceId('doe', 'tools', '2025-05', [], taken)).toBe('doe-tools-2025-05-2');
		expect(suggestStanceId('doe', 'tools', '2025', [], taken)).toBe('doe-tools-2025-2');
	});
	it('is empty until the axis and a year are given', () => {
		expect(suggestStanceId('doe', '', '2025', [], none)).toBe('');
		expect(suggestStanceId('doe', 'tools', '25', [], none)).toBe('');
	});
});

describe('suggestSourceId', () => {
	it('is outlet-year-month', () => {
		expect(suggestSourceId('WIRED', '2025-02-18', new Set())).toBe('wired-2025-02');
		expect(suggestSourceId('The Register', '2025', new Set())).toBe('register-2025');
		expect(
			suggestSourceId('Big Technology Podcast (Alex Kantrowitz)', '2025-07-30', new Set())
		).toBe('big-technology-podcast-2025-07');
	});
	it('is never an id taken, and empty until outlet and date are given', () => {
		expect(suggestSourceId('WIRED', '2025-02', new Set(['wired-2025-02']))).toBe('wired-2025-02-2');
		expect(suggestSourceId('', '2025-02', new Set())).toBe('');
		expect(suggestSourceId('WIRED', 'soon', new Set())).toBe('');
	});
});
