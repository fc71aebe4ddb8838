/**
 * What the editor accepts as a draft: text of a sensible size, never binary. Checked before any
 * state changes, so a huge paste or a dropped image gives one clear message instead of a frozen
 * tab or a lost draft. The largest data file is tens of kilobytes; the cap leaves ample room.
 */

/** The most a draft may hold: 1 MB as bytes on disk (files), or as characters (pasted text). */
export const MAX_DRAFT_BYTES = 1_000_000;

export type DraftInput = { ok: true; text: string } | { ok: false; message: string };

function sizeInWords(bytes: number): string {
	if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
	if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
	return `${bytes} bytes`;
}

function tooLarge(size: number): DraftInput {
	return {
		ok: false,
		message: `That is ${sizeInWords(size)}: the editor takes up to 1 MB (a data file is usually under 50 KB). Nothing was changed.`
	};
}

const BINARY: DraftInput = {
	ok: false,
	message:
		'That is not a text file (it holds binary data): data files are JSON text. Nothing was changed.'
};

/** One kind of line break, as a textarea holds it: positions then agree with the text shown. */
export function normalizeNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/** Text pasted or typed into the draft: refused when too long or when it carries NUL characters. */
export function checkDraftText(text: string): DraftInput {
	if (text.length > MAX_DRAFT_BYTES) return tooLarge(text.length);
	if (text.includes('\u0000')) return BINARY;
	return { ok: true, text: normalizeNewlines(text) };
}

/**
 * Text about to be inserted into a draft of `currentLength` characters, replacing `replaced` of
 * them (a selection): refused when it is binary, or when the draft would grow past the cap.
 */
export function checkInsertion(
	currentLength: number,
	replaced: number,
	inserted: string
): DraftInput {
	const checked = checkDraftText(inserted);
	if (!checked.ok) return checked;
	const total = currentLength - replaced + inserted.length;
	return total > MAX_DRAFT_BYTES ? tooLarge(total) : checked;
}

/** A file's bytes as draft text: refused when too large, binary (NUL bytes) or not UTF-8. */
export function decodeDraftBytes(bytes: Uint8Array): DraftInput {
	if (bytes.length > MAX_DRAFT_BYTES) return tooLarge(bytes.length);
	if (bytes.includes(0)) return BINARY;
	try {
		// fatal: invalid UTF-8 throws instead of turning into replacement characters. A BOM is dropped.
		return checkDraftText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return {
			ok: false,
			message: 'That file is not UTF-8 text, so it cannot be a data file. Nothing was changed.'
		};
	}
}

/** A dropped or chosen file as draft text. Its size is checked before a byte of it is read. */
export async function readDraftFile(file: Blob): Promise<DraftInput> {
	if (file.size > MAX_DRAFT_BYTES) return tooLarge(file.size);
	return decodeDraftBytes(new Uint8Array(await file.arrayBuffer()));
}
