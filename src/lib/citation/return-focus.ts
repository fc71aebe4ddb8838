/**
 * Where focus goes when a citation panel closes: back to the mark that opened it, or, when the
 * panel was opened by a URL (no mark was pressed), to the first mark of that stance in `scope`.
 */
export function returnFocus(
	opener: HTMLElement | null,
	stanceId: string | null,
	scope: string
): void {
	const target =
		opener?.isConnected === true
			? opener
			: stanceId === null
				? null
				: document.querySelector<HTMLElement>(
						`${scope} [data-stance-id="${CSS.escape(stanceId)}"]`
					);
	target?.focus();
}
