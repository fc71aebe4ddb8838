/**
 * How the form's fields are named in the page: one element id per field key (`citations.0.quote`
 * becomes `sf-citations-0-quote`) and one for its error message, so an error ties to its field
 * (aria-describedby) and the error summary links to and focuses it.
 */

/** The element id of the field `key`. */
export function fieldId(key: string): string {
	return `sf-${key.replaceAll('.', '-')}`;
}

/** The element id of the error message of the field `key`. */
export function errorId(key: string): string {
	return `${fieldId(key)}-error`;
}

/** Ids for aria-describedby: the field's hint (when it has one) and its error (when it has one). */
export function describedBy(
	key: string,
	error: string | undefined,
	hint = false
): string | undefined {
	const ids = [hint ? `${fieldId(key)}-hint` : '', error ? errorId(key) : ''].filter(Boolean);
	return ids.length > 0 ? ids.join(' ') : undefined;
}
