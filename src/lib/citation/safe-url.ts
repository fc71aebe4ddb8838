/**
 * Only https: addresses become links. The validator already rejects anything else; this is the
 * second lock, so a bad value that slipped through renders as plain text, never as a link.
 */
export function safeHttpsUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}
