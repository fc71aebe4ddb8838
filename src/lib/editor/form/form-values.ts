/**
 * The stance form's values and the stance they stand for, both ways: the form's fields from a
 * stance (to edit it) and a stance from the form's fields (to write it), in the schema's key order
 * with empty optional fields left out. Text is trimmed on the way out, as the schema allows no
 * space at either end. Nothing here checks the values: `validate-form.ts` does, before writing.
 *
 * Zod-free on purpose (the schema's types only): the form loads with the desk, before the checker.
 */
import type { Citation, Correction, Source, Stance } from '../../data/schema.ts';
import type { AxisId, CauseKind, EvidenceKind, SourceKind } from '../../vocabulary.ts';

/** A source described in the form ("+ new source"), to be added to sources.json. */
export interface NewSourceValues {
	id: string;
	/** True once the editor typed an id: from then on it no longer follows the suggestion. */
	idEdited: boolean;
	kind: SourceKind | '';
	outlet: string;
	title: string;
	date: string;
	url: string;
	note: string;
}

/** A citation's `source` or `via`: a source of the data, a new one, or (for `via`) none. */
export interface SourceChoice {
	/** The id of a source in sources.json; '' for none. Ignored while `isNew`. */
	id: string;
	isNew: boolean;
	/** What the editor wrote of a new source (kept while they switch back and forth). */
	newSource: NewSourceValues;
}

export interface CitationValues {
	source: SourceChoice;
	quote: string;
	locator: string;
	via: SourceChoice;
	speaker: string;
	/** The keys of the citation being edited, in its order: kept, so editing it moves no key. */
	keyOrder?: string[];
}

export interface StanceFormValues {
	/** The leader's id (their file is data/leaders/<id>.json). */
	leader: string;
	id: string;
	/** True once the editor typed an id, or when editing a stance: the id no longer follows the suggestion. */
	idEdited: boolean;
	axis: AxisId | '';
	asOf: string;
	/** The level, 0 to 4; null until chosen. */
	position: number | null;
	evidence: EvidenceKind | '';
	summary: string;
	rationale: string;
	causeKind: CauseKind | '';
	causeNote: string;
	citations: CitationValues[];
	/** A stance's `corrections`, which the form does not edit: kept as they were. */
	corrections?: Correction[];
}

export function emptyNewSource(): NewSourceValues {
	return { id: '', idEdited: false, kind: '', outlet: '', title: '', date: '', url: '', note: '' };
}

export function sourceChoice(id = ''): SourceChoice {
	return { id, isNew: false, newSource: emptyNewSource() };
}

export function emptyCitation(): CitationValues {
	return { source: sourceChoice(), quote: '', locator: '', via: sourceChoice(), speaker: '' };
}

/** A blank form for a new stance of `leader`. */
export function emptyStanceForm(leader = ''): StanceFormValues {
	return {
		leader,
		id: '',
		idEdited: false,
		axis: '',
		asOf: '',
		position: null,
		evidence: '',
		summary: '',
		rationale: '',
		causeKind: '',
		causeNote: '',
		citations: [emptyCitation()]
	};
}

/** The form's values for editing `stance` of `leader`. */
export function formFromStance(leader: string, stance: Stance): StanceFormValues {
	return {
		leader,
		id: stance.id,
		idEdited: true,
		axis: stance.axis,
		asOf: stance.asOf,
		position: stance.position,
		evidence: stance.evidence,
		summary: stance.summary,
		rationale: stance.rationale,
		causeKind: stance.cause?.kind ?? '',
		causeNote: stance.cause?.note ?? '',
		citations: stance.citations.map((c) => ({
			source: sourceChoice(c.source),
			quote: c.quote,
			locator: c.locator ?? '',
			via: sourceChoice(c.via ?? ''),
			speaker: c.speaker ?? '',
			keyOrder: Object.keys(c)
		})),
		...(stance.corrections ? { corrections: stance.corrections } : {})
	};
}

/** The id a source choice names: the new source's id, or the chosen one's. */
export function chosenSourceId(choice: SourceChoice): string {
	return (choice.isNew ? choice.newSource.id : choice.id).trim();
}

/**
 * The stance the form describes, keys in the schema's order. `withCause`: whether the stance moves
 * its leader (only then is a cause written). The values are taken as they are (validate first):
 * an unset axis, level or evidence is written as it stands, for the validator to name.
 */
export function stanceFromForm(values: StanceFormValues, withCause: boolean): Stance {
	const causeNote = values.causeNote.trim();
	const stance = {
		id: values.id.trim(),
		axis: values.axis,
		asOf: values.asOf.trim(),
		position: values.position,
		evidence: values.evidence,
		summary: values.summary.trim(),
		rationale: values.rationale.trim(),
		...(withCause && values.causeKind !== ''
			? { cause: { kind: values.causeKind, ...(causeNote ? { note: causeNote } : {}) } }
			: {}),
		citations: values.citations.map(citationFromForm),
		...(values.corrections ? { corrections: values.corrections } : {})
	};
	return stance as Stance;
}

function citationFromForm(values: CitationValues): Citation {
	const locator = values.locator.trim();
	const via = chosenSourceId(values.via);
	const speaker = values.speaker.trim();
	const citation: Citation = {
		source: chosenSourceId(values.source),
		quote: values.quote.trim(),
		...(locator ? { locator } : {}),
		...(via ? { via } : {}),
		...(speaker ? { speaker } : {})
	};
	return values.keyOrder ? inKeyOrder(citation, values.keyOrder) : citation;
}

/**
 * `object` with its keys in `order` where `order` names them; a key it does not name goes after
 * every key that precedes it in `object` (the schema's order), so an added field lands where it belongs.
 */
export function inKeyOrder<T extends object>(object: T, order: readonly string[]): T {
	const keys = Object.keys(object);
	const ordered = order.filter((k) => keys.includes(k));
	keys.forEach((key, i) => {
		if (ordered.includes(key)) return;
		// After every key that comes before it in the schema's order.
		const after = Math.max(-1, ...keys.slice(0, i).map((k) => ordered.indexOf(k)));
		ordered.splice(after + 1, 0, key);
	});
	const record = object as Record<string, unknown>;
	return Object.fromEntries(ordered.map((k) => [k, record[k]])) as T;
}

/** The source a "+ new source" describes, keys in the schema's order, empty optional fields left out. */
export function sourceFromForm(values: NewSourceValues): Source {
	const url = values.url.trim();
	const note = values.note.trim();
	return {
		id: values.id.trim(),
		kind: values.kind,
		outlet: values.outlet.trim(),
		title: values.title.trim(),
		date: values.date.trim(),
		...(url ? { url } : {}),
		...(note ? { note } : {})
	} as Source;
}

/** Every new source the form describes (as a citation's source or via), in the order met. */
export function newSourcesOf(values: StanceFormValues): NewSourceValues[] {
	return values.citations.flatMap((c) =>
		[c.source, c.via].filter((choice) => choice.isNew).map((choice) => choice.newSource)
	);
}
