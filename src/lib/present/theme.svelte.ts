/**
 * The presentation's theme: light by default, which projects best in a lit room, or dark. The
 * choice is kept in this browser, so a reload keeps it, and the notes window follows the deck.
 */
const KEY = 'openness-spectrum-present-theme';

function stored(): boolean {
	try {
		return localStorage.getItem(KEY) === 'dark';
	} catch {
		return false; // storage can be off: the default stands
	}
}

export function usePresentTheme() {
	let dark = $state(false);
	return {
		get dark() {
			return dark;
		},
		/**
		 * Takes the kept choice, and any change another window makes to it. Call once mounted (the
		 * prerendered page is always light); returns the cleanup.
		 */
		follow(): () => void {
			dark = stored();
			const onstorage = (event: StorageEvent) => {
				if (event.key === KEY) dark = stored();
			};
			addEventListener('storage', onstorage);
			return () => removeEventListener('storage', onstorage);
		},
		toggle() {
			dark = !dark;
			try {
				localStorage.setItem(KEY, dark ? 'dark' : 'light');
			} catch {
				// Storage can be off: the theme still changes for this window.
			}
		}
	};
}
