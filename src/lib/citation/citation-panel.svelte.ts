/**
 * A page's citation panel: the stance it shows, and what opened it, so that focus goes back
 * there when it closes (or, when that element has gone, to the first mark of the stance inside
 * `scope`). `open` and `close` are bound, to hand straight to the charts and `CitationDialog`.
 * On a page that carries part of a large dataset, a point may come without its words
 * (`hasWords`): the panel then waits for them from `words` before it opens.
 */
import type { StanceView } from '$lib/model/dataset';
import { hasWords } from '$lib/model/dataset-parts';
import { returnFocus } from './return-focus.ts';

export type WordsSource = () => Promise<ReadonlyMap<string, StanceView>>;

export class CitationPanel {
	stance: StanceView | null = $state.raw(null);
	/** The stance asked for, while its words are on their way; null when none is awaited. */
	waitingFor: StanceView | null = $state.raw(null);
	/** The words could not be fetched. */
	failed = $state(false);
	#opener: HTMLElement | null = null;
	readonly #scope: string;
	readonly #words: WordsSource | undefined;

	constructor(scope: string, words?: WordsSource) {
		this.#scope = scope;
		this.#words = words;
	}

	open = (stance: StanceView, opener: HTMLElement): void => {
		this.#opener = opener;
		this.failed = false;
		if (hasWords(stance) || !this.#words) {
			this.stance = stance;
			return;
		}
		this.waitingFor = stance;
		this.#words().then(
			(words) => {
				if (this.waitingFor !== stance) return;
				this.waitingFor = null;
				this.stance = words.get(stance.id) ?? null;
			},
			() => {
				if (this.waitingFor !== stance) return;
				this.waitingFor = null;
				this.failed = true;
			}
		);
	};

	close = (): void => {
		const id = this.stance?.id ?? null;
		this.stance = null;
		returnFocus(this.#opener, id, this.#scope);
		this.#opener = null;
	};
}
