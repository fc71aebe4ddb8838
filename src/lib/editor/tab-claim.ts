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
	type StoredChangeset,
	type Store
} from './changeset-storage.ts';

export const TAB_KEY = 'openness-spectrum:editor:tab';
const LOCK_PREFIX = 'openness-spectrum:editor:';

/**
 * Holds named locks until released or the page goes; `tryHold` is false when another tab holds
 * the name.
 */
export interface LockHolder {
	tryHold(name: string): Promise<boolean>;
	release(name: string): void;
}

/** Locks from the browser's Web Locks API (without it, every lock is free). */
export function webLockHolder(locks: LockManager | undefined): LockHolder {
	const held = new Map<string, () => void>();
	return {
		tryHold(name) {
			if (!locks) return Promise.resolve(true);
			if (held.has(name)) return Promise.resolve(true);
			return new Promise<boolean>((resolve) => {
				locks
					.request(name, { ifAvailable: true }, (lock) => {
						resolve(lock !== null);
						if (lock === null) return undefined;
						// Held until released, or until the page is unloaded.
						return new Promise<void>((done) => held.set(name, done));
					})
					.catch(() => resolve(true));
			});
		},
		release(name) {
			held.get(name)?.();
			held.delete(name);
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

/**
 * Moves this tab from changeset `from` to `to`, a kept changeset no other tab holds; false (and
 * nothing changes) when another tab holds it. `from` stays kept, for this tab or another to open.
 */
export async function switchChangeset(
	context: Pick<ClaimContext, 'session' | 'holder'>,
	from: string,
	to: string
): Promise<boolean> {
	if (!(await context.holder.tryHold(LOCK_PREFIX + to))) return false;
	context.holder.release(LOCK_PREFIX + from);
	try {
		context.session?.setItem(TAB_KEY, to);
	} catch {
		// Session storage disabled: a reload resumes the latest free changeset instead.
	}
	return true;
}

/** The kept changesets no open tab holds, besides `own`: ones this tab could open. */
export async function freeChangesets(
	storage: Store | undefined,
	own: string,
	isHeld: (name: string) => Promise<boolean>
): Promise<{ id: string; changeset: StoredChangeset }[]> {
	const free = [];
	for (const kept of listChangesets(storage)) {
		if (kept.id !== own && !(await isHeld(LOCK_PREFIX + kept.id))) free.push(kept);
	}
	return free;
}

/** Whether some tab holds the lock `name` now (the Web Locks API's snapshot); false without it. */
export function webLockQuery(locks: LockManager | undefined): (name: string) => Promise<boolean> {
	return async (name) => {
		if (!locks) return false;
		try {
			const { held = [] } = await locks.query();
			return held.some((lock) => lock.name === name);
		} catch {
			return false;
		}
	};
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
