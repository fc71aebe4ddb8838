/**
 * Which kept changeset this tab works on, so that two tabs never write the same one.
 *
 * A tab holds a lock named after its changeset (the Web Locks API) for as long as it is open, and
 * remembers the changeset's id in session storage, which survives a reload of the same tab:
 * - a reload takes back its own changeset (its lock was released when the old page went);
 * - a duplicated tab (same session storage, lock held by the original) works on a copy;
 * - a new tab resumes the latest kept changeset no open tab holds (a tab closed earlier), or
 *   starts an empty one.
 * Without Web Locks (an old browser) every changeset counts as free: the same as before.
 */
import {
	listChangesets,
	loadChangeset,
	moveLegacyDraft,
	saveChangeset,
	type Store
} from './changeset-storage.ts';

export const TAB_KEY = 'openness-spectrum:editor:tab';
const LOCK_PREFIX = 'openness-spectrum:editor:';

/** Holds named locks for the page's life; `tryHold` is false when another tab holds the name. */
export interface LockHolder {
	tryHold(name: string): Promise<boolean>;
}

/** Locks from the browser's Web Locks API, held until the page goes (or never, without it). */
export function webLockHolder(locks: LockManager | undefined): LockHolder {
	return {
		tryHold(name) {
			if (!locks) return Promise.resolve(true);
			return new Promise<boolean>((resolve) => {
				locks
					.request(name, { ifAvailable: true }, (lock) => {
						resolve(lock !== null);
						// Held until the page is unloaded: the promise never settles.
						return lock === null ? undefined : new Promise<never>(() => {});
					})
					.catch(() => resolve(true));
			});
		}
	};
}

export type ClaimKind =
	/** This tab's own changeset, after a reload. */
	| 'reloaded'
	/** A copy of the changeset of the tab this one was duplicated from. */
	| 'copied'
	/** A changeset kept from a tab that was closed. */
	| 'resumed'
	/** A new, empty changeset. */
	| 'new';

export interface Claim {
	id: string;
	kind: ClaimKind;
}

export interface ClaimContext {
	session: Pick<Storage, 'getItem' | 'setItem'> | undefined;
	storage: Store | undefined;
	holder: LockHolder;
	/** A fresh, unique changeset id. */
	newId: () => string;
	/** The time now, ISO (for a copy's or a moved draft's saved time). */
	now: string;
}

function remember(context: ClaimContext, id: string): void {
	try {
		context.session?.setItem(TAB_KEY, id);
	} catch {
		// Session storage disabled: a reload resumes the latest free changeset instead.
	}
}

function sessionId(context: ClaimContext): string | null {
	try {
		return context.session?.getItem(TAB_KEY) ?? null;
	} catch {
		return null;
	}
}

/** Claims the changeset this tab works on, and holds it until the tab goes. */
export async function claimChangeset(context: ClaimContext): Promise<Claim> {
	const { storage, holder, newId, now } = context;
	const own = sessionId(context);
	if (own !== null) {
		if (await holder.tryHold(LOCK_PREFIX + own)) return { id: own, kind: 'reloaded' };
		// Another tab holds it: this tab was duplicated from that one. Work on a copy.
		const id = newId();
		await holder.tryHold(LOCK_PREFIX + id);
		const original = loadChangeset(storage, own);
		if (original) saveChangeset(storage, id, { ...original, saved: now });
		remember(context, id);
		return { id, kind: original ? 'copied' : 'new' };
	}
	moveLegacyDraft(storage, newId(), now);
	for (const { id } of listChangesets(storage)) {
		if (await holder.tryHold(LOCK_PREFIX + id)) {
			remember(context, id);
			return { id, kind: 'resumed' };
		}
	}
	const id = newId();
	await holder.tryHold(LOCK_PREFIX + id);
	remember(context, id);
	return { id, kind: 'new' };
}

/** What the desk says about where the drafts came from; '' when there is nothing to say. */
export function claimNotice(kind: ClaimKind): string {
	switch (kind) {
		case 'copied':
			return 'This tab works on a copy of the drafts of the tab it was opened from: changes here leave that tab’s drafts as they are.';
		case 'resumed':
			return 'Your drafts from before are back: they are kept in this browser until you clear them.';
		default:
			return '';
	}
}
