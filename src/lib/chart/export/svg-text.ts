/**
 * Text for standalone SVG: escaping, and a width estimate good enough to lay labels out without
 * a DOM. Exports are built as strings (so they run in Node as well as the browser), so nothing can
 * measure rendered text; the estimate is deliberately generous (it follows DejaVu Sans, the widest
 * common fallback for `system-ui`), so a label given room by it fits in any system font.
 */

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe for SVG element content and attribute values. All data text goes through it. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Advance width of one character, in ems. */
function charWidth(c: string): number {
	if ((c.codePointAt(0) ?? 0) >= 0x2e80) return 1; // CJK and other full-width scripts
	if ("ijlI.,:;'!|".includes(c)) return 0.3;
	if ('ftr ()[]-/'.includes(c)) return 0.4;
	if ('MW'.includes(c)) return 0.98;
	if ('mw'.includes(c)) return 0.92;
	if (c >= 'A' && c <= 'Z') return 0.74;
	if (c >= '0' && c <= '9') return 0.64;
	return 0.63;
}

/** The estimated width of `text` at `size` px, never less than it renders in common fonts. */
export function textWidth(text: string, size: number, bold = false): number {
	let ems = 0;
	for (const c of text) ems += charWidth(c);
	return ems * size * (bold ? 1.1 : 1);
}

/** `text` cut, with an ellipsis, to fit `maxWidth`; unchanged when it already fits. */
export function truncateText(text: string, maxWidth: number, size: number, bold = false): string {
	if (textWidth(text, size, bold) <= maxWidth) return text;
	const chars = [...text];
	while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > maxWidth) {
		chars.pop();
	}
	return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` broken at spaces into lines no wider than `maxWidth`, at most `maxLines` of them; the
 * last line is cut with an ellipsis when the text does not fit, as is any word too long for a line.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	size: number,
	maxLines = Infinity,
	bold = false
): string[] {
	const lines: string[] = [];
	let line = '';
	const words = text.split(/\s+/).filter((w) => w.length > 0);
	for (const [i, word] of words.entries()) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || textWidth(candidate, size, bold) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (lines.length === maxLines - 1) {
			line = [line, ...words.slice(i)].join(' ');
			break;
		}
		lines.push(line);
		line = word;
	}
	if (line) lines.push(line);
	return lines.map((l) => truncateText(l, maxWidth, size, bold));
}
