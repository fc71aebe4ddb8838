/**
 * The editor's draft on /editor, and the one way to change each part of it: its text, the file it
 * is checked as, where it is kept (local storage), the notice that says why something was refused,
 * and the actions that replace the text. Replacing a draft that holds work asks first: the action
 * waits in `confirmation` until `confirm()` or `cancel()`.
 */
import {
	clearStoredDraft,
	loadStoredDraft,
	saveStoredDraft,
	type StoredDraft
} from './draft-storage.ts';
import { readDraftFile } from './input-guard.ts';
import { NEW_LEADER, newLeaderTemplate, withNewStance } from './templates.ts';

type Store = Parameters<typeof saveStoredDraft>[0];

/** A question to put to the editor before an action that would lose work. */
export interface DraftConfirmation {
	question: string;
	/** The label of the button that goes ahead. */
	label: string;
}

export const STORAGE_REFUSED =
	'This browser would not keep the draft (storage full or disabled): download it to keep it.';

export class EditorDraft {
	readonly #published: ReadonlyMap<string, string>;
	readonly #oncleared: () => void;
	#storage: Store | undefined;
	#text = $state('');
	#path = $state('');
	#notice = $state('');
	#restored = $state(false);
	#pending: (DraftConfirmation & { action: () => void }) | null = $state.raw(null);

	/**
	 * `published`: the bundled files' text by path (what "start from" loads, and what a draft
	 * can be replaced from without asking). `oncleared`: after the draft is cleared, to forget
	 * what was checked of it.
	 */
	constructor(published: ReadonlyMap<string, string>, oncleared: () => void = () => {}) {
		this.#published = published;
		this.#oncleared = oncleared;
	}

	/** The draft's text. */
	get text(): string {
		return this.#text;
	}
	/** The file the editor chose to check the draft as; '' to tell it from the text. */
	get path(): string {
		return this.#path;
	}
	/** Why the last paste, file or save was refused; '' when nothing was. */
	get notice(): string {
		return this.#notice;
	}
	/** True once the stored draft has been read: until then nothing is saved over it. */
	get restored(): boolean {
		return this.#restored;
	}
	/** The question waiting for an answer before an action goes ahead, or null. */
	get confirmation(): DraftConfirmation | null {
		const pending = this.#pending;
		return pending === null ? null : { question: pending.question, label: pending.label };
	}
	/** The draft as it is kept in storage. */
	get stored(): StoredDraft {
		return { text: this.#text, path: this.#path || null };
	}

	/** Takes the draft kept in `storage`, if any, and keeps the draft there from now on. */
	restore(storage: Store | undefined): void {
		this.#storage = storage;
		const stored = loadStoredDraft(storage);
		if (stored) {
			this.#text = stored.text;
			this.#path = stored.path ?? '';
		}
		this.#restored = true;
	}

	/** Keeps `draft` (by default the draft as it is now); an empty draft is removed instead. */
	save(draft: StoredDraft = this.stored): void {
		if (!this.#restored) return;
		if (draft.text === '' && draft.path === null) clearStoredDraft(this.#storage);
		else if (!saveStoredDraft(this.#storage, draft)) this.#notice = STORAGE_REFUSED;
	}

	/** The editor typed, pasted or cut: the text is theirs, and any earlier refusal is done with. */
	edit(text: string): void {
		this.#text = text;
		this.#notice = '';
	}

	/** Checks the draft as the file at `path`; '' to tell it from the text. */
	checkAs(path: string): void {
		this.#path = path;
	}

	/** Says why a paste or a drop was refused (the text is left as it was). */
	refuse(message: string): void {
		this.#notice = message;
	}

	/** Starts from a published file (its path) or a new leader's template (`NEW_LEADER`). */
	startFrom(choice: string): void {
		if (choice === NEW_LEADER) this.#replace(newLeaderTemplate(), 'a new leader');
		else {
			const found = this.#published.get(choice);
			if (found !== undefined) this.#replace(found, choice);
		}
	}

	/** Loads a file from disk; one that is too large, binary or not UTF-8 leaves a notice. */
	async openFile(file: Blob & { name: string }): Promise<void> {
		const read = await readDraftFile(file);
		if (read.ok) this.#replace(read.text, `the file ${file.name}`);
		else this.#notice = `${file.name}: ${read.message}`;
	}

	/** Asks to clear the draft: it is removed from this browser and cannot be brought back. */
	clear(): void {
		this.#pending = {
			question: 'Clear the draft? It is removed from this browser and cannot be brought back.',
			label: 'Clear the draft',
			action: () => {
				this.#text = '';
				this.#path = '';
				this.#notice = '';
				clearStoredDraft(this.#storage);
				this.#oncleared();
			}
		};
	}

	/**
	 * Adds a stance with every field to a leader draft, laid out as the repo does; returns where
	 * the new stance's id is (for the cursor), or undefined when the draft is not a leader file.
	 */
	addStance(): number | undefined {
		const added = withNewStance(this.#text);
		if (!added) return undefined;
		this.#text = added.text;
		return added.offset;
	}

	/** Replaces the text with the same data laid out as the repo stores it (`formatted`). */
	layOut(formatted: string): void {
		this.#text = formatted;
	}

	/** Goes ahead with the action waiting in `confirmation`. */
	confirm(): void {
		const pending = this.#pending;
		this.#pending = null;
		pending?.action();
	}

	/** Drops the action waiting in `confirmation`. */
	cancel(): void {
		this.#pending = null;
	}

	/** Replaces the draft with `next` (`what` names it), asking first when work would be lost. */
	#replace(next: string, what: string): void {
		const apply = () => {
			this.#text = next;
			this.#path = '';
			this.#notice = '';
		};
		// Nothing to lose: an empty draft, or a published file or the new-leader template as loaded.
		const unchanged =
			this.#text.trim() === '' ||
			this.#text === newLeaderTemplate() ||
			[...this.#published.values()].includes(this.#text);
		if (unchanged || this.#text === next) apply();
		else
			this.#pending = {
				question: `Replace your draft with ${what}? Your draft has changes that would be lost (download it first to keep them).`,
				label: 'Replace the draft',
				action: apply
			};
	}
}
