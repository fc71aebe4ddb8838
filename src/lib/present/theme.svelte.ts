/**
 * The presentation's theme: light by default, which projects best in a lit room, or dark. The
 * choice is kept in this browser, so a reload and the notes window keep it.
 */
const KEY = 'openness-spectrum-present-theme';

export function usePresentTheme() {
	let dark = $state(false);
	return {
		get dark() {
			return dark;
		},
		/** Reads the kept choice: call once mounted (the prerendered page is always light). */
		load() {
			try {
				dark = localStorage.getItem(KEY) === 'dark';
			} catch {
				// Storage can be off: the default stands.
			}
		},
		toggle() {
			dark = !dark;
			try {
				localStorage.setItem(KEY, dark ? 'dark' : 'light');
			} catch {
				// Storage can be off: the theme still changes for this visit.
			}
		}
	};
}
