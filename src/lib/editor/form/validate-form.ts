/**
 * Checks the form's own inputs before anything is written, with a message per field: what is
 * required, ids, dates, https: addresses, plain text. The messages follow the validator's words
 * where it has them. What spans files (a quote's source without an address, a move without a cause
 * on the stance after) is left to the validator, which checks the written JSON like any other text.
 */
import { isFuture, isRealDate } from '../../data/dates.ts';
import { AXIS_IDS, CAUSE_KINDS, EVIDENCE_KINDS, SOURCE_KINDS } from '../../vocabulary.ts';
import {
	chosenSourceId,
	type NewSourceValues,
	type SourceChoice,
	type StanceFormValues
} from './form-values.ts';

/** A problem with one field; `field` names it as the form does (`citations.0.quote`). */
export interface FieldError {
	field: string;
	message: string;
}

export interface FormContext {
	/** Ids of the leaders in the data. */
	leaders: ReadonlySet<string>;
	/** Every stance id in the data but the one being edited. */
	stanceIds: ReadonlySet<string>;
	/** Every source id in sources.json. */
	sourceIds: ReadonlySet<string>;
	/** Whether the stance moves its leader (so it needs a cause). */
	moves: boolean;
	/** Today, "YYYY-MM-DD": no date may be after it. */
	today: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MARKUP = /<\s*\/?\s*[a-z!?]/i;
const QUOTATION_MARKS = /["\u201C\u201D]/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const ID_MESSAGE =
	'must be lowercase kebab-case (letters, digits and single hyphens), e.g. "amodei-weights-2025"';

/** The message for a bad date, or undefined when `date` is fine. */
export function dateProblem(date: string, today: string): string | undefined {
	const value = date.trim();
	if (value === '') return 'is required';
	if (!DATE.test(value)) return 'must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
	if (!isRealDate(value)) return 'is not a real calendar date';
	if (isFuture(value, today)) return `is in the future (today is ${today})`;
	return undefined;
}

/** The message for a bad https: address, or undefined when `url` is one. */
export function urlProblem(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return 'must be a full https: address, e.g. "https://example.org/page"';
	}
	if (parsed.protocol !== 'https:' || parsed.hostname === '')
		return 'must be a full https: address, e.g. "https://example.org/page"';
	return undefined;
}

/** The message for text that cannot go in as plain text, or undefined. */
function textProblem(value: string, required: boolean): string | undefined {
	if (value.trim() === '') return required ? 'is required' : undefined;
	if (MARKUP.test(value)) return 'must be plain text: HTML tags are not allowed';
	return undefined;
}

/** Every problem of the form, in the order the fields appear. */
export function validateStanceForm(values: StanceFormValues, context: FormContext): FieldError[] {
	const errors: FieldError[] = [];
	const add = (field: string, message: string | undefined) => {
		if (message !== undefined) errors.push({ field, message });
	};

	add('leader', context.leaders.has(values.leader) ? undefined : 'choose a leader');
	add('axis', (AXIS_IDS as readonly string[]).includes(values.axis) ? undefined : 'choose an axis');
	add('asOf', dateProblem(values.asOf, context.today));
	const id = values.id.trim();
	add(
		'id',
		id === ''
			? 'is required'
			: !KEBAB.test(id)
				? ID_MESSAGE
				: context.stanceIds.has(id)
					? `"${id}" is the id of another stance: ids must be unique`
					: undefined
	);
	add('position', values.position === null ? 'choose a level' : undefined);
	add(
		'evidence',
		(EVIDENCE_KINDS as readonly string[]).includes(values.evidence)
			? undefined
			: 'choose the kind of evidence'
	);
	add('summary', textProblem(values.summary, true));
	add('rationale', textProblem(values.rationale, true));
	if (context.moves) {
		add(
			'causeKind',
			(CAUSE_KINDS as readonly string[]).includes(values.causeKind)
				? undefined
				: 'this stance moves the leader: say why'
		);
		add(
			'causeNote',
			textProblem(values.causeNote, false) ??
				(QUOTATION_MARKS.test(values.causeNote)
					? 'must not contain quotation marks: our own words quote no one'
					: undefined)
		);
	}
	if (values.citations.length === 0)
		add('citations', 'needs at least one citation: a claim with no citation does not exist');

	const newIds = new Map<string, string>();
	values.citations.forEach((citation, i) => {
		const at = `citations.${i}`;
		checkChoice(`${at}.source`, citation.source, true);
		add(`${at}.quote`, textProblem(citation.quote, true));
		add(`${at}.locator`, textProblem(citation.locator, false));
		checkChoice(`${at}.via`, citation.via, false);
		const source = chosenSourceId(citation.source);
		if (source !== '' && chosenSourceId(citation.via) === source)
			add(`${at}.via`, 'must name a different source than the citation’s source');
		add(`${at}.speaker`, textProblem(citation.speaker, false));
	});
	return errors;

	function checkChoice(field: string, choice: SourceChoice, required: boolean) {
		if (choice.isNew) return checkNewSource(`${field}.new`, choice.newSource);
		const id = choice.id.trim();
		if (id === '') add(field, required ? 'choose a source, or describe a new one' : undefined);
		else if (!context.sourceIds.has(id)) add(field, `unknown source "${id}"`);
	}

	function checkNewSource(at: string, source: NewSourceValues) {
		add(`${at}.outlet`, textProblem(source.outlet, true));
		add(`${at}.title`, textProblem(source.title, true));
		add(
			`${at}.kind`,
			(SOURCE_KINDS as readonly string[]).includes(source.kind) ? undefined : 'choose a kind'
		);
		add(`${at}.date`, dateProblem(source.date, context.today));
		add(`${at}.url`, source.url.trim() === '' ? undefined : urlProblem(source.url));
		add(`${at}.note`, textProblem(source.note, false));
		const id = source.id.trim();
		const firstAt = newIds.get(id);
		add(
			`${at}.id`,
			id === ''
				? 'is required'
				: !KEBAB.test(id)
					? 'must be lowercase kebab-case (letters, digits and single hyphens), e.g. "wired-2025-02"'
					: context.sourceIds.has(id)
						? `"${id}" is already a source: choose it from the list, or give this one another id`
						: firstAt !== undefined
							? `"${id}" is the id of another new source in this form`
							: undefined
		);
		if (id !== '' && firstAt === undefined) newIds.set(id, at);
	}
}
