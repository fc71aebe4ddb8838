/**
 * The downloads described as a Frictionless Data Package (datapackage.json, served beside them at
 * /data/datapackage.json): the CSV as a tabular data resource with a Table Schema (a field for
 * every column, in order, with its type and, where the vocabulary fixes them, its values), and the
 * JSON as a plain resource. Tools that read Data Packages (frictionless, the Open Data Editor,
 * R's and Python's readers) then load the CSV with the right types and check it.
 */
import {
	AXIS_IDS,
	CAUSE_KINDS,
	DIRECTIONS,
	EVIDENCE_KINDS,
	LEADER_ROLES,
	LEVEL_MAX,
	LEVEL_MIN,
	QUOTE_CHECKS
} from '../vocabulary.ts';
import { DEFAULT_DATASET_TITLE } from './cite.ts';
import type { CsvColumn } from './dataset-csv.ts';
import { CSV_COLUMNS } from './dataset-csv.ts';
import type { Dataset } from './dataset.ts';

/** A Table Schema field (the part of the spec this package uses). */
export interface TableField {
	name: string;
	type: 'string' | 'integer';
	description: string;
	format?: 'uri';
	constraints?: {
		required?: boolean;
		enum?: readonly string[];
		minimum?: number;
		maximum?: number;
		pattern?: string;
	};
}

/** A date as precise as the record is: a year, a month or a day. */
const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

const required = { required: true } as const;

/** Every CSV column's type and meaning: TypeScript holds this to `CSV_COLUMNS`. */
const FIELDS: Record<CsvColumn, Omit<TableField, 'name'>> = {
	dataset_version: {
		type: 'string',
		description: 'The dataset version the row is from.',
		constraints: required
	},
	leader: { type: 'string', description: "The leader's name.", constraints: required },
	leader_id: { type: 'string', description: "The leader's stable id.", constraints: required },
	axis: {
		type: 'string',
		description: 'The axis of openness.',
		constraints: { required: true, enum: AXIS_IDS }
	},
	stance_id: {
		type: 'string',
		description: 'The stance the citation backs (stable id).',
		constraints: required
	},
	as_of: {
		type: 'string',
		description: 'When the stance was held: a year, a month or a day.',
		constraints: { required: true, pattern: PARTIAL_DATE }
	},
	position: {
		type: 'integer',
		description: 'The level on the axis, from closed (0) to open (4).',
		constraints: { required: true, minimum: LEVEL_MIN, maximum: LEVEL_MAX }
	},
	level_label: {
		type: 'string',
		description: "The level's name in the axis's rubric.",
		constraints: required
	},
	evidence: {
		type: 'string',
		description: 'How direct the evidence is.',
		constraints: { required: true, enum: EVIDENCE_KINDS }
	},
	quote: { type: 'string', description: 'The verbatim quote.', constraints: required },
	via_outlet: {
		type: 'string',
		description: 'The copy or report the quote was read in, if not the original.'
	},
	outlet: { type: 'string', description: "The original source's outlet.", constraints: required },
	title: { type: 'string', description: "The original source's title.", constraints: required },
	source_date: {
		type: 'string',
		description: 'When the original source was published: a year, a month or a day.',
		constraints: { required: true, pattern: PARTIAL_DATE }
	},
	url: {
		type: 'string',
		format: 'uri',
		description: "The original source's address, where one is verified."
	},
	speaker: { type: 'string', description: 'Who said the quoted words.', constraints: required },
	quote_check: {
		type: 'string',
		description:
			'Where the quote was checked: at the original, in a named copy, or only in the seed essay.',
		constraints: { required: true, enum: QUOTE_CHECKS }
	},
	via_url: {
		type: 'string',
		format: 'uri',
		description: "The copy's address, when the quote was read in one."
	},
	leader_role: {
		type: 'string',
		description: 'cast: a leader the story follows; reference: shown beside them for comparison.',
		constraints: { required: true, enum: LEADER_ROLES }
	},
	moved_from_stance: {
		type: 'string',
		description: "The leader's stance before on the axis, when the level moved."
	},
	moved_from_position: {
		type: 'integer',
		description: 'The level of the stance before, when the level moved.',
		constraints: { minimum: LEVEL_MIN, maximum: LEVEL_MAX }
	},
	move_direction: {
		type: 'string',
		description: 'Which way the level moved.',
		constraints: { enum: DIRECTIONS }
	},
	move_steps: {
		type: 'integer',
		description: 'How many levels it moved.',
		constraints: { minimum: 1 }
	},
	move_cause: {
		type: 'string',
		description: 'What the move rests on.',
		constraints: { enum: CAUSE_KINDS }
	},
	move_cause_note: { type: 'string', description: 'Our sentence on the move.' }
};

/** The Table Schema of the CSV download. */
export function csvTableSchema(): {
	fields: TableField[];
	missingValues: string[];
	primaryKey?: never;
} {
	return {
		fields: CSV_COLUMNS.map((name) => ({ name, ...FIELDS[name] })),
		// An empty cell is a value left out (a quote read at its original has no via_outlet).
		missingValues: ['']
	};
}

/** datapackage.json for the current downloads. `license` is meta.json's wording. */
export function dataPackage(dataset: Pick<Dataset, 'meta'>) {
	const { meta } = dataset;
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'openness-spectrum',
		title: meta.title ?? DEFAULT_DATASET_TITLE,
		description:
			'Where the leaders of the frontier AI labs stand on four kinds of openness (model weights, open tools, training methodology, broad access), and how that moved over time: every point backed by a verbatim citation.',
		version: meta.version,
		created: meta.updated,
		// The spec wants a licence's name or address: given only for the licence meta.json names.
		...(meta.license?.startsWith('CC BY 4.0')
			? {
					licenses: [
						{
							name: 'CC-BY-4.0',
							path: 'https://creativecommons.org/licenses/by/4.0/',
							title: meta.license
						}
					]
				}
			: {}),
		resources: [
			{
				name: 'openness-spectrum-csv',
				type: 'table',
				path: 'openness-spectrum.csv',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				title: 'Every citation of every stance, one row each',
				dialect: { header: true, delimiter: ',', quoteChar: '"' },
				schema: csvTableSchema()
			},
			{
				name: 'openness-spectrum-json',
				path: 'openness-spectrum.json',
				format: 'json',
				mediatype: 'application/json',
				encoding: 'utf-8',
				title: 'The whole dataset: leaders, axes and rubrics, stances, citations, sources, events'
			}
		]
	};
}
