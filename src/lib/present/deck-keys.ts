/**
 * What a key press means in the presentation, if anything. Clickers send PageDown and PageUp
 * (some send the arrows, B or a full stop), so those all work. Keys typed into a form field, or
 * pressed with Ctrl, Alt or Meta, are never commands; Space and Enter on a focused button, and Enter
 * on a link, press it, as they would anywhere else.
 */

export type DeckCommand =
	| 'next'
	| 'previous'
	| 'up'
	| 'down'
	| 'first'
	| 'last'
	| 'enter'
	| 'escape'
	| 'overview'
	| 'blank'
	| 'help'
	| 'notes'
	| 'fullscreen'
	| 'reveal'
	| 'erase'
	| `digit-${number}`;

const KEYS: Record<string, DeckCommand> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	ArrowDown: 'down',
	ArrowUp: 'up',
	Home: 'first',
	End: 'last',
	Enter: 'enter',
	Escape: 'escape',
	o: 'overview',
	O: 'overview',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	'?': 'help',
	s: 'notes',
	S: 'notes',
	f: 'fullscreen',
	F: 'fullscreen',
	r: 'reveal',
	R: 'reveal',
	Backspace: 'erase'
};

type Target = { tagName?: string; isContentEditable?: boolean; closest?: (s: string) => unknown };

export function deckCommand(event: {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	target: EventTarget | null;
}): DeckCommand | null {
	if (event.ctrlKey || event.altKey || event.metaKey) return null;
	const target = event.target as Target | null;
	const tag = target?.tagName?.toLowerCase();
	if (tag === 'input' || tag === 'select' || tag === 'textarea' || target?.isContentEditable)
		return null;
	// Enter follows a link or presses a button; Space presses a button, but a link has no use for
	// it, so on a quote or a mark Space still moves to the next slide.
	if ((tag === 'button' || tag === 'summary') && (event.key === ' ' || event.key === 'Enter'))
		return null;
	if (tag === 'a' && event.key === 'Enter') return null;
	if (event.key === ' ' && event.shiftKey) return 'previous';
	if (/^[0-9]$/.test(event.key)) return `digit-${Number(event.key)}`;
	return KEYS[event.key] ?? null;
}
