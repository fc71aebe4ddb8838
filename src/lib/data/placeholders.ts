/**
 * The templates' text, in one place: what the editor's desk writes into a new leader's file and an
 * added stance (src/lib/editor/templates.ts), and what the validator refuses until it is replaced.
 *
 * Every field of a template holds a placeholder that says what to write there. A placeholder is
 * never a value that could be real data (a level of 2, the axis "tools"): those are written as text
 * in angle brackets, e.g. "<0 to 4>", so a forgotten one can never pass as a real stance. The
 * validator finds each placeholder left in a data file and says what to write instead, in place of
 * the generic "must be a number" the same value would otherwise get.
 */
import { AXIS_IDS, EVIDENCE_KINDS, LEVEL_MAX, LEVEL_MIN } from '../vocabulary.ts';
import { asArray, asObject, hasOwn } from './json-values.ts';
import type { JsonPath } from './positions.ts';
import type { FileKind } from './schema.ts';

/** "a, b, c or d". */
function either(words: readonly string[]): string {
	return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** One field of a template: the text it holds, and what to write there instead. */
interface Field<T extends string> {
	text: T;
	write: string;
}

function field<const T extends string>(text: T, write: string): Field<T> {
	return { text, write };
}

/** The fields of a stance added by "Add a stance", each with its placeholder. */
const STANCE_FIELDS = {
	id: field(
		'surname-axis-year',
		'write the stance\'s id: the leader\'s surname, the axis and the year, e.g. "doe-tools-2025"'
	),
	axis: field(`<${either(AXIS_IDS)}>`, `write one of the axes: ${AXIS_IDS.join(', ')}`),
	asOf: field(
		'<YYYY-MM>',
		'write when the stance was held, e.g. "2025-03" (or "2025", "2025-03-14")'
	),
	position: field(
		`<${LEVEL_MIN} to ${LEVEL_MAX}>`,
		`write the level on the axis as a number without quotes, ${LEVEL_MIN} (closed) to ${LEVEL_MAX} (open), scored against the rubric`
	),
	evidence: field(`<${either(EVIDENCE_KINDS)}>`, `write one of: ${EVIDENCE_KINDS.join(', ')}`),
	summary: field(
		'One sentence in our words: where the leader stood.',
		'write one sentence, in our words, on where the leader stood'
	),
	rationale: field(
		'Why this level and not the ones beside it, against the rubric.',
		'write why this level and not the ones beside it, against the rubric'
	)
} as const;

const CITATION_FIELDS = {
	source: field(
		'id-of-a-source',
		'write the id of the source in sources.json that the quote comes from'
	),
	quote: field(
		'the exact words, copied verbatim',
		'copy the exact words from the source, as you read them there'
	)
} as const;

/** The fields of a new leader's file that name the leader, each with its placeholder. */
const LEADER_FIELDS = {
	id: field(
		'new-leader',
		'write the leader\'s id, their name in lowercase with hyphens, e.g. "jane-doe" (and name the file after it)'
	),
	name: field('New Leader', "write the leader's full name"),
	shortName: field('Leader', 'write the name the charts show, usually the surname')
} as const;

const AFFILIATION_FIELDS = {
	org: field('<lab or company>', 'write the lab or company'),
	role: field(
		'<role there, e.g. Chief executive>',
		'write their role there, e.g. "Chief executive"'
	),
	from: field('<YYYY-MM>', 'write when they took the role, e.g. "2021-01" (or "2021")')
} as const;

type Texts<F> = { readonly [K in keyof F]: F[K] extends Field<infer T> ? T : never };

function texts<F extends Record<string, Field<string>>>(fields: F): Texts<F> {
	return Object.fromEntries(
		Object.entries(fields).map(([key, { text }]) => [key, text])
	) as Texts<F>;
}

/** The stance "Add a stance" writes: every field holds its placeholder. */
export const STANCE_TEMPLATE = {
	...texts(STANCE_FIELDS),
	citations: [texts(CITATION_FIELDS)]
} as const;

/** A new leader's file: every field that names the leader holds its placeholder; no stances yet. */
export const LEADER_TEMPLATE = {
	$schema: '../../schema/leader.schema.json',
	...texts(LEADER_FIELDS),
	role: 'cast',
	affiliations: [texts(AFFILIATION_FIELDS)],
	stances: []
} as const;

/**
 * Where placeholders can be, per kind of file: an object's fields, and for a list the shape of
 * each of its items.
 */
type Shape = { readonly [key: string]: Field<string> | readonly [Shape] };

const LEADER_SHAPE: Shape = {
	...LEADER_FIELDS,
	affiliations: [AFFILIATION_FIELDS],
	stances: [{ ...STANCE_FIELDS, citations: [CITATION_FIELDS] }]
};

const SHAPES: Partial<Record<FileKind, Shape>> = { leader: LEADER_SHAPE };

/** A template's text left in a data file. */
export interface Placeholder {
	at: JsonPath;
	message: string;
}

/** Every placeholder left in `data` (a file of `kind`), in the order of the file's fields. */
export function findPlaceholders(kind: FileKind, data: unknown): Placeholder[] {
	const shape = SHAPES[kind];
	const found: Placeholder[] = [];
	if (shape) walk(shape, data, [], found);
	return found;
}

function walk(shape: Shape, value: unknown, at: JsonPath, found: Placeholder[]): void {
	const object = asObject(value);
	if (!object) return;
	for (const [key, part] of Object.entries(shape)) {
		if (!hasOwn(object, key)) continue;
		const here = [...at, key];
		if (Array.isArray(part)) {
			const [item] = part as readonly [Shape];
			asArray(object[key]).forEach((element, i) => walk(item, element, [...here, i], found));
		} else {
			const { text, write } = part as Field<string>;
			if (object[key] === text)
				found.push({ at: here, message: `"${key}" still holds the template's text: ${write}` });
		}
	}
}

/** True when `value` is some template's placeholder text: never a name to show as an id. */
export function isPlaceholderText(value: unknown): boolean {
	return typeof value === 'string' && PLACEHOLDER_TEXTS.has(value);
}

const PLACEHOLDER_TEXTS = new Set<string>(
	[STANCE_FIELDS, CITATION_FIELDS, LEADER_FIELDS, AFFILIATION_FIELDS].flatMap((fields) =>
		Object.values(fields).map((f: Field<string>) => f.text)
	)
);
