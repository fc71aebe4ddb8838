/**
 * Changesets kept in the browser's local storage, so a reload or a closed tab never loses work.
 * Each changeset has its own entry (`openness-spectrum:editor:changeset:<id>`): a tab writes only
 * the entry it holds (see tab-claim.ts), so two tabs never overwrite each other's drafts.
 * Storage can be missing, full or hold anything: every read is checked, every write may fail.
 */

export interface StoredDraft {
	text: string;
	/** The data file chosen by the editor, or null to tell it from the text. */
	path: string | null;
}

export interface StoredChangeset {
	drafts: StoredDraft[];
	/** The draft shown, by its place in `drafts`. */
	active: number;
	/** When it was last saved (an ISO date-time), to resume the latest first. */
	saved: string;
}

export const CHANGESET_KEY_PREFIX = 'openness-spectrum:editor:changeset:';
/** Where the desk kept its single draft before changesets: read once, then moved. */
export const LEGACY_DRAFT_KEY = 'openness-spectrum:editor-draft';

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function readDraft(value: unknown): StoredDraft | null {
	if (typeof value !== 'object' || value === null) return null;
	const { text, path } = value as Record<string, unknown>;
	if (typeof text !== 'string') return null;
	return { text, path: typeof path === 'string' ? path : null };
}

function readChangeset(raw: string | null | undefined): StoredChangeset | null {
	if (!raw) return null;
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return null;
		const { drafts, active, saved } = value as Record<string, unknown>;
		if (!Array.isArray(drafts)) return null;
		const read = drafts.map(readDraft).filter((d): d is StoredDraft => d !== null);
		if (read.length === 0) return null;
		const at = typeof active === 'number' && Number.isInteger(active) ? active : 0;
		return {
			drafts: read,
			active: Math.min(Math.max(at, 0), read.length - 1),
			saved: typeof saved === 'string' ? saved : ''
		};
	} catch {
		return null;
	}
}

/** True when the changeset holds no text at all (nothing worth keeping). */
export function isEmptyChangeset(changeset: Pick<StoredChangeset, 'drafts'>): boolean {
	return changeset.drafts.every((d) => d.text === '' && d.path === null);
}

/** The changeset kept under `id`, or null when there is none (or what is kept is unusable). */
export function loadChangeset(storage: Store | undefined, id: string): StoredChangeset | null {
	try {
		return readChangeset(storage?.getItem(CHANGESET_KEY_PREFIX + id));
	} catch {
		return null;
	}
}

/** Keeps the changeset under `id` (an empty one is removed); false when the browser refuses. */
export function saveChangeset(
	storage: Store | undefined,
	id: string,
	changeset: StoredChangeset
): boolean {
	try {
		if (!storage) return false;
		if (isEmptyChangeset(changeset)) storage.removeItem(CHANGESET_KEY_PREFIX + id);
		else storage.setItem(CHANGESET_KEY_PREFIX + id, JSON.stringify(changeset));
		return true;
	} catch {
		return false;
	}
}

export function removeChangeset(storage: Store | undefined, id: string): void {
	try {
		storage?.removeItem(CHANGESET_KEY_PREFIX + id);
	} catch {
		// Storage disabled: nothing was kept, so nothing is left to remove.
	}
}

/** Every changeset kept in this browser, the latest saved first. */
export function listChangesets(
	storage: Store | undefined
): { id: string; changeset: StoredChangeset }[] {
	const found: { id: string; changeset: StoredChangeset }[] = [];
	try {
		if (!storage) return found;
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (!key?.startsWith(CHANGESET_KEY_PREFIX)) continue;
			const changeset = readChangeset(storage.getItem(key));
			if (changeset) found.push({ id: key.slice(CHANGESET_KEY_PREFIX.length), changeset });
		}
	} catch {
		// Storage disabled part way: what was read so far is all there is.
	}
	return found.sort((a, b) => b.changeset.saved.localeCompare(a.changeset.saved));
}

/**
 * The single draft an older version of the desk kept, moved into a changeset of its own under
 * `id` (and removed from its old place); false when there was none.
 */
export function moveLegacyDraft(storage: Store | undefined, id: string, now: string): boolean {
	try {
		const raw = storage?.getItem(LEGACY_DRAFT_KEY);
		if (!storage || !raw) return false;
		const draft = readDraft(JSON.parse(raw));
		storage.removeItem(LEGACY_DRAFT_KEY);
		if (!draft || draft.text === '') return false;
		return saveChangeset(storage, id, { drafts: [draft], active: 0, saved: now });
	} catch {
		return false;
	}
}
