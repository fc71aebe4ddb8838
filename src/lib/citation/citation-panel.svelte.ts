/**
 * A page's citation panel: the stance it shows, and what opened it, so that focus goes back
 * there when it closes (or, when that element has gone, to the first mark of the stance inside
 * `scope`). `open` and `close` are bound, to hand straight to the charts and `CitationDialog`.
 */
import type { StanceView } from '$lib/model/dataset';
import { returnFocus } from './return-focus.ts';

export class CitationPanel {
	stance: StanceView | null = $state(null);
	#opener: HTMLElement | null = null;
	readonly #scope: string;

	constructor(scope: string) {
		this.#scope = scope;
	}

	open = (stance: StanceView, opener: HTMLElement): void => {
		this.#opener = opener;
		this.stance = stance;
	};

	close = (): void => {
		const id = this.stance?.id ?? null;
		this.stance = null;
		returnFocus(this.#opener, id, this.#scope);
		this.#opener = null;
	};
}
