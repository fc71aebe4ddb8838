/**
 * The editor's changeset on /editor: several drafts (a leader's file, sources.json, events.json,
 * the story, meta.json…) checked together against the published data and downloaded together,
 * and the one way to change each part of it. One draft is shown at a time (`active`).
 *
 * Where it is kept is the desk's business (changeset-storage.ts, tab-claim.ts): this holds the
 * drafts, says what to keep (`stored`), and asks before an action would lose work: the action
 * waits in `confirmation` until `confirm()` or `cancel()`.
 */
import type { StoredChangeset } from './changeset-storage.ts';
import { detectDraftPath } from './draft-path.ts';
import { readDraftFile } from './input-guard.ts';
import { NEW_LEADER, newLeaderTemplate, withNewStance } from './templates.ts';

/** One draft of the changeset. Replaced, never changed in place. */
export interface Draft {
	/** Tells drafts apart for the page's life (not kept). */
	readonly key: string;
	readonly text: string;
	/** The file the editor chose to check it as; '' to tell it from the text. */
	readonly chosen: string;
	/** The file it was last known to be (from where it came, or the last check); '' if unknown. */
	readonly known: string;
}

/** A question to put to the editor before an action that would lose work. */
export interface DraftConfirmation {
	question: string;
	/** The label of the button that goes ahead. */
	label: string;
}

/** A file to write into the changeset: the stance form's leader, a new source, a log entry. */
export interface DraftWrite {
	path: string;
	text: string;
}

/** A changeset always has a draft: an empty one when nothing else. */
type Drafts = [Draft, ...Draft[]];

export class Changeset {
	readonly #published: ReadonlyMap<string, string>;
	/** Texts that hold no work of the editor's: the published files and the new-leader template. */
	readonly #asLoaded: readonly string[];
	#drafts: Drafts;
	#activeKey = $state('');
	#notice = $state('');
	#pending: (DraftConfirmation & { action: () => void }) | null = $state.raw(null);
	#next = 0;

	/** `published`: the bundled files' text by path (what "start from" loads). */
	constructor(published: ReadonlyMap<string, string>) {
		this.#published = published;
		this.#asLoaded = [...published.values(), newLeaderTemplate()];
		const first = this.#draft('', '', '');
		this.#drafts = $state.raw([first]);
		this.#activeKey = first.key;
	}

	/** Every draft, in the order they were opened. */
	get drafts(): readonly Draft[] {
		return this.#drafts;
	}
	/** The draft shown. */
	get active(): Draft {
		return this.#drafts.find((d) => d.key === this.#activeKey) ?? this.#drafts[0];
	}
	/** Why the last paste, file or save was refused, or what happened to the drafts; or ''. */
	get notice(): string {
		return this.#notice;
	}
	/** The question waiting for an answer before an action goes ahead, or null. */
	get confirmation(): DraftConfirmation | null {
		const pending = this.#pending;
		return pending === null ? null : { question: pending.question, label: pending.label };
	}
	/** The changeset as it is kept in storage (`saved` is the caller's clock). */
	stored(saved: string): StoredChangeset {
		return {
			drafts: this.#drafts.map((d) => ({ text: d.text, path: d.chosen || null })),
			active: Math.max(0, this.#drafts.indexOf(this.active)),
			saved
		};
	}
	/** True when some draft holds work that is not yet in the published data. */
	get hasWork(): boolean {
		return this.#drafts.some((d) => this.#holdsWork(d));
	}

	/** Takes the drafts kept in storage (null: keeps the empty draft it has). */
	restore(stored: StoredChangeset | null): void {
		if (!stored) return;
		this.#replaceAll(
			stored.drafts.map((d) =>
				this.#draft(d.text, d.path ?? '', d.path ?? detectDraftPath(d.text)?.path ?? '')
			)
		);
		this.#activeKey = this.#drafts[stored.active]?.key ?? this.#drafts[0].key;
	}

	/** Shows the draft `key`. */
	select(key: string): void {
		if (this.#drafts.some((d) => d.key === key)) this.#activeKey = key;
	}

	/** The draft that is the file at `path`, if the changeset has one. */
	draftFor(path: string): Draft | undefined {
		return this.#drafts.find((d) => (d.chosen || d.known) === path);
	}

	/** The editor typed, pasted or cut in the draft shown: any earlier refusal is done with. */
	edit(text: string): void {
		this.#update(this.active.key, { text });
		this.#notice = '';
	}

	/** Checks the draft shown as the file at `path`; '' to tell it from the text. */
	checkAs(path: string): void {
		this.#update(this.active.key, { chosen: path, ...(path ? { known: path } : {}) });
	}

	/** What a check found the draft `key` to be ('' when it could not tell). */
	recognise(key: string, path: string): void {
		const draft = this.#drafts.find((d) => d.key === key);
		if (draft && draft.known !== path) this.#update(key, { known: path });
	}

	/** Says why a paste, a drop or a save was refused, or what happened. */
	tell(message: string): void {
		this.#notice = message;
	}

	/** A new, empty draft, shown. */
	addDraft(): void {
		const draft = this.#draft('', '', '');
		this.#drafts = [...this.#drafts, draft];
		this.#activeKey = draft.key;
	}

	/**
	 * Opens a published file (its path) or a new leader's template (`NEW_LEADER`): shows the draft
	 * of that file if there is one, else fills the draft shown when it holds no work, else opens a
	 * new draft beside it. Never replaces work.
	 */
	startFrom(choice: string): void {
		if (choice === NEW_LEADER) return this.#open(newLeaderTemplate(), '');
		const existing = this.draftFor(choice);
		if (existing) return this.select(existing.key);
		const found = this.#published.get(choice);
		if (found !== undefined) this.#open(found, choice);
	}

	/**
	 * Opens files from disk, each as a draft (several dropped together open together). A file
	 * whose data file already has a draft with work replaces it only once the editor agrees. A file
	 * too large, binary or not UTF-8 is refused with a notice, and the others still open.
	 */
	async openFiles(files: readonly (Blob & { name: string })[]): Promise<void> {
		const refused: string[] = [];
		const replacing: { key: string; text: string; path: string; name: string }[] = [];
		for (const file of files) {
			const read = await readDraftFile(file);
			if (!read.ok) {
				refused.push(`${file.name}: ${read.message}`);
				continue;
			}
			const path = detectDraftPath(read.text)?.path ?? '';
			const existing = path ? this.draftFor(path) : undefined;
			if (existing && this.#holdsWork(existing) && existing.text !== read.text)
				replacing.push({ key: existing.key, text: read.text, path, name: file.name });
			else if (existing) {
				this.#update(existing.key, { text: read.text });
				this.#activeKey = existing.key;
			} else this.#open(read.text, path);
		}
		this.#notice = refused.join(' ');
		if (replacing.length > 0) {
			const names = replacing.map((r) => r.name).join(', ');
			this.#pending = {
				question: `Replace your drafts with ${names}? Your drafts of ${replacing.map((r) => r.path).join(', ')} have changes that would be lost (download them first to keep them).`,
				label: 'Replace the drafts',
				action: () => {
					for (const r of replacing) this.#update(r.key, { text: r.text });
					this.select(replacing[0]?.key ?? this.#activeKey);
				}
			};
		}
	}

	/**
	 * Writes files into the changeset (the stance form): each replaces the text of its file's
	 * draft, or opens a new draft. The first file written is shown.
	 */
	write(writes: readonly DraftWrite[]): void {
		let first: string | undefined;
		for (const { path, text } of writes) {
			const existing = this.draftFor(path);
			if (existing) this.#update(existing.key, { text });
			else this.#open(text, path);
			first ??= this.draftFor(path)?.key;
		}
		if (first !== undefined) this.#activeKey = first;
	}

	/** Asks to close the draft `key`; one with work is gone for good once the editor agrees. */
	close(key: string): void {
		const draft = this.#drafts.find((d) => d.key === key);
		if (!draft) return;
		const remove = () => {
			const at = this.#drafts.indexOf(draft);
			this.#replaceAll(this.#drafts.filter((d) => d !== draft));
			if (this.#activeKey === key)
				this.#activeKey = (this.#drafts[Math.max(0, at - 1)] ?? this.#drafts[0]).key;
		};
		if (!this.#holdsWork(draft)) return remove();
		this.#pending = {
			question: `Close the draft of ${draft.chosen || draft.known || 'an unknown file'}? Its changes are removed from this browser and cannot be brought back.`,
			label: 'Close the draft',
			action: remove
		};
	}

	/** Asks to clear every draft: they are removed from this browser and cannot be brought back. */
	clear(): void {
		this.#pending = {
			question:
				'Clear every draft of this changeset? They are removed from this browser and cannot be brought back.',
			label: 'Clear the drafts',
			action: () => {
				this.#replaceAll([]);
				this.#activeKey = this.#drafts[0].key;
				this.#notice = '';
			}
		};
	}

	/**
	 * Adds a stance with every field to the leader draft shown, laid out as the repo does; returns
	 * where the new stance's id is (for the cursor), or undefined when it is not a leader file.
	 */
	addStance(): number | undefined {
		const added = withNewStance(this.active.text);
		if (!added) return undefined;
		this.#update(this.active.key, { text: added.text });
		return added.offset;
	}

	/** Replaces the draft shown with the same data laid out as the repo stores it. */
	layOut(formatted: string): void {
		this.#update(this.active.key, { text: formatted });
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

	#draft(text: string, chosen: string, known: string): Draft {
		return { key: `draft-${++this.#next}`, text, chosen, known };
	}

	#update(key: string, change: Partial<Omit<Draft, 'key'>>): void {
		this.#replaceAll(this.#drafts.map((d) => (d.key === key ? { ...d, ...change } : d)));
	}

	/** Sets the drafts; none leaves one empty draft. */
	#replaceAll(drafts: Draft[]): void {
		const [first, ...rest] = drafts;
		this.#drafts = first ? [first, ...rest] : [this.#draft('', '', '')];
	}

	/** Whether `draft` holds something the published data does not: typed, pasted or changed. */
	#holdsWork(draft: Draft): boolean {
		const text = draft.text;
		return !(text.trim() === '' || this.#asLoaded.includes(text));
	}

	/** Shows `text` (the file at `path`, '' if unknown) in the draft shown, or in a new one. */
	#open(text: string, path: string): void {
		const active = this.active;
		if (!this.#holdsWork(active) && active.text !== text) {
			this.#update(active.key, { text, chosen: '', known: path });
			return;
		}
		if (active.text === text) return;
		const draft = this.#draft(text, '', path);
		this.#drafts = [...this.#drafts, draft];
		this.#activeKey = draft.key;
	}
}
