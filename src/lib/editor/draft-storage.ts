/**
 * The editor's draft kept in the browser's local storage, so a reload or a closed tab never loses
 * work. One entry for the site: the text, and the file it is checked as (null: read from the text).
 * Storage can be missing, full or hold anything: every read is checked, every write may fail.
 */

export interface StoredDraft {
	text: string;
	/** The data file chosen by the editor, or null to tell it from the text. */
	path: string | null;
}

export const DRAFT_STORAGE_KEY = 'openness-spectrum:editor-draft';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored draft, or null when there is none (or what is stored is not a draft). */
export function loadStoredDraft(storage: Store | undefined): StoredDraft | null {
	try {
		const raw = storage?.getItem(DRAFT_STORAGE_KEY);
		if (!raw) return null;
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return null;
		const { text, path } = value as Record<string, unknown>;
		if (typeof text !== 'string') return null;
		return { text, path: typeof path === 'string' ? path : null };
	} catch {
		return null;
	}
}

/** Stores the draft; false when the browser refuses (storage full, or disabled). */
export function saveStoredDraft(storage: Store | undefined, draft: StoredDraft): boolean {
	try {
		if (!storage) return false;
		storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
		return true;
	} catch {
		return false;
	}
}

export function clearStoredDraft(storage: Store | undefined): void {
	try {
		storage?.removeItem(DRAFT_STORAGE_KEY);
	} catch {
		// Nothing stored, or storage disabled: either way there is nothing left to clear.
	}
}
