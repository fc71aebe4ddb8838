import { describe, expect, it } from 'vitest';
import {
	MAX_DRAFT_BYTES,
	checkDraftText,
	checkInsertion,
	decodeDraftBytes,
	normalizeNewlines,
	readDraftFile
} from './input-guard.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkDraftText', () => {
	it('accepts JSON text and turns every line break into \\n', () => {
		expect(checkDraftText('{\r\n\t"a": 1\r}\n')).toEqual({ ok: true, text: '{\n\t"a": 1\n}\n' });
	});

	it('refuses text over the cap, saying how large it is', () => {
		const result = checkDraftText('x'.repeat(MAX_DRAFT_BYTES + 1));
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.message).toMatch(/^That is 1\.0 MB: .*up to 1 MB.*Nothing was changed/);
	});

	it('refuses text with NUL characters as binary', () => {
		const result = checkDraftText('{"a":\u0000}');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/binary/);
	});
});

describe('checkInsertion', () => {
	it('refuses an insertion that would take the draft past the cap, counting the replaced text', () => {
		const half = 'x'.repeat(MAX_DRAFT_BYTES / 2 + 1);
		expect(checkInsertion(MAX_DRAFT_BYTES / 2, 0, half)).toMatchObject({
			ok: false,
			message: /^That is 1\.0 MB/
		});
		expect(checkInsertion(MAX_DRAFT_BYTES / 2, 10, half)).toEqual({ ok: true, text: half });
	});

	it('refuses binary text however small', () => {
		expect(checkInsertion(0, 0, '\u0000')).toMatchObject({ ok: false, message: /binary/ });
	});
});

describe('decodeDraftBytes', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeDraftBytes(utf8('\uFEFF{"name": "Dário"}'))).toEqual({
			ok: true,
			text: '{"name": "Dário"}'
		});
	});

	it('refuses NUL bytes (an image, a zip) and invalid UTF-8', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(decodeDraftBytes(png)).toMatchObject({ ok: false, message: /binary/ });
		expect(decodeDraftBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({
			ok: false,
			message: /not UTF-8/
		});
	});
});

describe('readDraftFile', () => {
	it('refuses a large file by its size alone, without reading it', async () => {
		const huge = {
			size: 50_000_000,
			arrayBuffer: () => Promise.reject(new Error('must not be read'))
		} as unknown as Blob;
		expect(await readDraftFile(huge)).toMatchObject({ ok: false, message: /^That is 50\.0 MB/ });
	});

	it('reads a small text file', async () => {
		expect(await readDraftFile(new Blob(['{"a": 1}\r\n']))).toEqual({
			ok: true,
			text: '{"a": 1}\n'
		});
	});
});

describe('normalizeNewlines', () => {
	it('keeps \\n and turns \\r\\n and a lone \\r into \\n', () => {
		expect(normalizeNewlines('a\nb\r\nc\rd')).toBe('a\nb\nc\nd');
	});
});
