import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, truncateText, wrapText } from './svg-text.ts';

describe('escapeXml', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
	});

	it('leaves no markup in hostile text', () => {
		const hostile = '</text><script>alert("x")</script><text x=\'0\'>';
		const escaped = escapeXml(hostile);
		expect(escaped).not.toMatch(/[<>"']/);
		expect(escaped).toBe(
			'&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;text x=&#39;0&#39;&gt;'
		);
	});

	it('escapes an ampersand once, so existing entities stay visible as written', () => {
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});
});

describe('textWidth', () => {
	it('grows with length, size and weight', () => {
		expect(textWidth('Sutskever', 14)).toBeGreaterThan(textWidth('Clark', 14));
		expect(textWidth('Clark', 28)).toBeCloseTo(2 * textWidth('Clark', 14));
		expect(textWidth('Clark', 14, true)).toBeGreaterThan(textWidth('Clark', 14));
	});

	it('is generous enough for wide fallback fonts (about 0.6 em a letter)', () => {
		expect(textWidth('Hassabis', 14)).toBeGreaterThanOrEqual(8 * 0.55 * 14);
	});
});

describe('truncateText', () => {
	it('leaves text that fits alone', () => {
		expect(truncateText('Clark', 100, 14)).toBe('Clark');
	});

	it('cuts text that does not fit, with an ellipsis, to within the width', () => {
		const cut = truncateText('Maximilian von Hohenzollern-Sigmaringen', 120, 14);
		expect(cut.endsWith('…')).toBe(true);
		expect(textWidth(cut, 14)).toBeLessThanOrEqual(120);
	});
});

describe('wrapText', () => {
	it('breaks at spaces into lines that fit', () => {
		const lines = wrapText(
			'Should frontier model weights be published for anyone to run?',
			200,
			13
		);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Should frontier model weights be published for anyone to run?');
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
	});

	it('stops at maxLines, cutting the last line', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 60, 13, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]?.endsWith('…')).toBe(true);
		expect(wrapText('one two three four', 30, 13, 1)).toHaveLength(1);
	});

	it('cuts a single word too long for a line', () => {
		const [line] = wrapText('Supercalifragilisticexpialidocious', 80, 13);
		expect(line?.endsWith('…')).toBe(true);
		expect(textWidth(line ?? '', 13)).toBeLessThanOrEqual(80);
	});
});
