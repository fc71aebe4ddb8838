/**
 * The address that holds a view. Compared with the address the browser shows (`location`), never
 * with SvelteKit's `page.url`: a shallow `replaceState` leaves `page.url` at the address the page
 * loaded with, so a view that came back to that address (Play run to the last month, the default)
 * would look written already and the address would keep the month before it.
 */

type Address = Pick<Location, 'pathname' | 'search' | 'hash'>;

/** The address to write so that it holds `query`, or null when `current` holds it already. */
export function addressForQuery(current: Address, query: string): string | null {
	return current.search === query ? null : `${current.pathname}${query}${current.hash}`;
}
