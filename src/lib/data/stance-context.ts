/**
 * Which stance a problem is in, by id: "stances[1].citations[0].source" tells a tool where to go,
 * but an editor knows the stance as amodei-weights-2025. A problem inside a stance of a leader file
 * gets "in stance <id>: " before its message, and one inside a citation other than at its source
 * also names the source cited ("in stance <id>, citation of <source>: ").
 *
 * A stance (or source) is named only by an id it holds as a string that is not a template's
 * placeholder, and never when the message already names it.
 */
import { asArray, asObject } from './json-values.ts';
import { isPlaceholderText } from './placeholders.ts';
import type { JsonPath } from './positions.ts';
import type { FileKind } from './schema.ts';

function nameable(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '' && !isPlaceholderText(value);
}

/** `message` with the stance (and citation) it is about named first, when there is one. */
export function inStance(kind: FileKind, data: unknown, at: JsonPath, message: string): string {
	if (kind !== 'leader' || at[0] !== 'stances' || typeof at[1] !== 'number') return message;
	const stance = asObject(asArray(asObject(data)?.stances)[at[1]]);
	const id = stance?.id;
	if (!nameable(id) || message.includes(`"${id}"`)) return message;
	let place = `in stance ${id}`;
	if (at[2] === 'citations' && typeof at[3] === 'number' && at[4] !== 'source') {
		const source = asObject(asArray(stance?.citations)[at[3]])?.source;
		if (nameable(source) && !message.includes(`"${source}"`)) place += `, citation of ${source}`;
	}
	return `${place}: ${message}`;
}
