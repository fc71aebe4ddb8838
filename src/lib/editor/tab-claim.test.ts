import { describe, expect, it } from 'vitest';
import { LEGACY_DRAFT_KEY, loadChangeset, saveChangeset } from './changeset-storage.ts';
import {
	claimChangeset,
	freeChangesets,
	switchChangeset,
	claimNotice,
	TAB_KEY,
	type ClaimContext,
	type LockHolder
} from './tab-claim.ts';
import { memoryStorage } from './memory-storage.ts';

/** Locks shared by every "tab" of one browser: a name is held by the first tab that asks. */
function browserLocks() {
	const held = new Map<string, string>();
	return {
		held,
		/** The locks one tab holds; `close()` releases them, as closing the tab does. */
		tab(name: string): LockHolder & { close(): void } {
			return {
				async tryHold(lock) {
					if (held.has(lock) && held.get(lock) !== name) return false;
					held.set(lock, name);
					return true;
				},
				release(lock) {
					if (held.get(lock) === name) held.delete(lock);
				},
				close() {
					for (const [lock, owner] of held) if (owner === name) held.delete(lock);
				}
			};
		}
	};
}

function ids() {
	let n = 0;
	return () => `c${++n}`;
}

describe('claimChangeset', () => {
	const draft = { text: '{ "id": "x" }', path: null };

	it('starts a new changeset in a first tab, and takes it back after a reload', async () => {
		const storage = memoryStorage();
		const session = memoryStorage();
		const locks = browserLocks();
		const newId = ids();
		const first = locks.tab('page-1');
		const context: ClaimContext = { session, storage, holder: first, newId, now: 't1' };
		const claim = await claimChangeset(context);
		expect(claim.kind).toBe('new');
		expect(session.getItem(TAB_KEY)).toBe(claim.id);
		saveChangeset(storage, claim.id, { drafts: [draft], active: 0, saved: 't1' });
		first.close(); // the reload unloads the page
		const again = await claimChangeset({ ...context, holder: locks.tab('page-2') });
		expect(again).toEqual({ id: claim.id, kind: 'reloaded' });
	});

	it('gives a duplicated tab a copy, so the two never write the same changeset', async () => {
		const storage = memoryStorage();
		const locks = browserLocks();
		const newId = ids();
		const session = memoryStorage();
		const original = await claimChangeset({
			session,
			storage,
			holder: locks.tab('a'),
			newId,
			now: 't1'
		});
		saveChangeset(storage, original.id, { drafts: [draft], active: 0, saved: 't1' });
		// Duplicating a tab copies its session storage.
		const copiedSession = memoryStorage(Object.fromEntries(session.items));
		const copy = await claimChangeset({
			session: copiedSession,
			storage,
			holder: locks.tab('b'),
			newId,
			now: 't2'
		});
		expect(copy.kind).toBe('copied');
		expect(copy.id).not.toBe(original.id);
		expect(copiedSession.getItem(TAB_KEY)).toBe(copy.id);
		expect(session.getItem(TAB_KEY)).toBe(original.id);
		expect(loadChangeset(storage, copy.id)?.drafts).toEqual([draft]);
		expect(claimNotice(copy.kind)).toMatch(/copy/);
	});

	it('resumes the latest changeset of a closed tab in a new tab, but never one an open tab holds', async () => {
		const storage = memoryStorage();
		const locks = browserLocks();
		const newId = ids();
		saveChangeset(storage, 'old', { drafts: [draft], active: 0, saved: '2026-01-01T00:00:00Z' });
		saveChangeset(storage, 'open', { drafts: [draft], active: 0, saved: '2026-03-01T00:00:00Z' });
		saveChangeset(storage, 'closed', { drafts: [draft], active: 0, saved: '2026-02-01T00:00:00Z' });
		await locks.tab('other').tryHold('openness-spectrum:editor:open');
		const claim = await claimChangeset({
			session: memoryStorage(),
			storage,
			holder: locks.tab('new'),
			newId,
			now: 't'
		});
		expect(claim).toEqual({ id: 'closed', kind: 'resumed' });
		const next = await claimChangeset({
			session: memoryStorage(),
			storage,
			holder: locks.tab('newer'),
			newId,
			now: 't'
		});
		expect(next).toEqual({ id: 'old', kind: 'resumed' });
		const last = await claimChangeset({
			session: memoryStorage(),
			storage,
			holder: locks.tab('newest'),
			newId,
			now: 't'
		});
		expect(last.kind).toBe('new');
		expect(['old', 'open', 'closed']).not.toContain(last.id);
	});

	it('moves the single draft an older desk kept into a changeset it resumes', async () => {
		const storage = memoryStorage({
			[LEGACY_DRAFT_KEY]: JSON.stringify({ text: '{"sources": []}', path: 'data/sources.json' })
		});
		const claim = await claimChangeset({
			session: memoryStorage(),
			storage,
			holder: browserLocks().tab('a'),
			newId: ids(),
			now: 't'
		});
		expect(claim.kind).toBe('resumed');
		expect(loadChangeset(storage, claim.id)?.drafts).toEqual([
			{ text: '{"sources": []}', path: 'data/sources.json' }
		]);
		expect(storage.getItem(LEGACY_DRAFT_KEY)).toBeNull();
	});

	it('works with no storage at all', async () => {
		const claim = await claimChangeset({
			session: undefined,
			storage: undefined,
			holder: browserLocks().tab('a'),
			newId: ids(),
			now: 't'
		});
		expect(claim.kind).toBe('new');
	});
});

describe('switchChangeset', () => {
	it('opens a kept changeset no tab holds, and leaves its own for another tab', async () => {
		const storage = memoryStorage();
		const locks = browserLocks();
		const draft = { text: '{}', path: null };
		saveChangeset(storage, 'mine', { drafts: [draft], active: 0, saved: '2' });
		saveChangeset(storage, 'kept', { drafts: [draft], active: 0, saved: '1' });
		saveChangeset(storage, 'busy', { drafts: [draft], active: 0, saved: '3' });
		const session = memoryStorage();
		const tab = locks.tab('a');
		await tab.tryHold('openness-spectrum:editor:mine');
		await locks.tab('b').tryHold('openness-spectrum:editor:busy');
		const isHeld = async (name: string) => locks.held.has(name);

		expect((await freeChangesets(storage, 'mine', isHeld)).map((c) => c.id)).toEqual(['kept']);
		expect(await switchChangeset({ session, holder: tab }, 'mine', 'busy')).toBe(false);
		expect(await switchChangeset({ session, holder: tab }, 'mine', 'kept')).toBe(true);
		expect(session.getItem(TAB_KEY)).toBe('kept');
		expect(locks.held.get('openness-spectrum:editor:kept')).toBe('a');
		expect(locks.held.has('openness-spectrum:editor:mine')).toBe(false);
		expect((await freeChangesets(storage, 'kept', isHeld)).map((c) => c.id)).toEqual(['mine']);
	});
});
