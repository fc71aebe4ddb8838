/**
 * Copies text to the clipboard and says how it went, in the words a Copy button's status shows
 * beside it. `canCopyText` tells whether to offer the button at all.
 */

/** True where the browser offers the asynchronous clipboard (a secure page). */
export function canCopyText(): boolean {
	return typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';
}

/**
 * Writes `text` to the clipboard: "Copied", or, when the browser refuses, how to copy it by hand
 * (`what`: "the text", "the message").
 */
export async function copyText(text: string, what = 'the text'): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return 'Copied';
	} catch {
		return `Could not copy: select ${what} and copy it instead`;
	}
}
