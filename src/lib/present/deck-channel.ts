/**
 * Keeps the projected deck and the speaker's notes window on the same slide. Both pages are on
 * this site's origin and talk over a BroadcastChannel: no server, and it works offline. A window
 * that opens asks where the others are; whoever moves tells the rest. The notes window can also
 * blank the projected screen and open its overview, so the presenter need not reach for the other
 * keyboard, and the deck tells it what covers the screen.
 */
export type DeckMessage =
	| { type: 'slide'; index: number }
	| { type: 'where' }
	| { type: 'blank' }
	| { type: 'overview' }
	| { type: 'screen'; blank: boolean; overview: boolean };

const CHANNEL = 'openness-spectrum-present';

/** A message another window sent, if it is one of ours; anything else is dropped. */
export function readDeckMessage(data: unknown): DeckMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	if (message.type === 'where') return { type: 'where' };
	if (message.type === 'blank') return { type: 'blank' };
	if (message.type === 'overview') return { type: 'overview' };
	if (
		message.type === 'screen' &&
		typeof message.blank === 'boolean' &&
		typeof message.overview === 'boolean'
	)
		return { type: 'screen', blank: message.blank, overview: message.overview };
	if (message.type === 'slide' && Number.isInteger(message.index) && (message.index as number) >= 0)
		return { type: 'slide', index: message.index as number };
	return null;
}

export interface DeckChannel {
	send(message: DeckMessage): void;
	close(): void;
}

/** Listens for the other windows; without BroadcastChannel, a window simply runs alone. */
export function openDeckChannel(onmessage: (message: DeckMessage) => void): DeckChannel {
	if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent) => {
		const message = readDeckMessage(event.data);
		if (message) onmessage(message);
	};
	return {
		send: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
