/**
 * The dataset as one CSV table for spreadsheets and scripts: one row per citation of every
 * stance, in the dataset's stance order (date held, leader, axis). Every row names the dataset
 * version, so a file passed around on its own still says which data it holds.
 *
 * `leader` is the name and `leader_id` the stable id; `axis` is the axis id from axes.json
 * ("weights", "tools", "methodology", "access"), stable across wording changes. Event citations
 * are not rows here: they are in the JSON download.
 *
 * `speaker` is who said the quoted words: the leader, or the investor, co-founder or company named
 * on the citation. `quote_check` is how the words were checked (`original`, `copy`: read in the
 * copy or report named by `via_outlet` at `via_url`, or `essay`: read only in the seed essay);
 * `url` is always the original's address, never a copy's. `leader_role` (last, so columns kept
 * their places when it came) is `cast` for the leaders the story follows, `reference` for those
 * shown beside them for comparison.
 *
 * The move columns (after it, for the same reason) are set on the rows of a stance whose level
 * differs from the leader's stance before on the axis: `moved_from_stance` and
 * `moved_from_position` name that stance and its level, `move_direction` is `open` or `closed`,
 * `move_steps` how many levels, `move_cause` one of `statement`, `action`, `role`, `context`, and
 * `move_cause_note` our sentence on it.
 */
import { csvFormat } from 'd3';
import type { Dataset } from './dataset.ts';

export const CSV_COLUMNS = [
	'dataset_version',
	'leader',
	'leader_id',
	'axis',
	'stance_id',
	'as_of',
	'position',
	'level_label',
	'evidence',
	'quote',
	'via_outlet',
	'outlet',
	'title',
	'source_date',
	'url',
	'speaker',
	'quote_check',
	'via_url',
	'leader_role',
	'moved_from_stance',
	'moved_from_position',
	'move_direction',
	'move_steps',
	'move_cause',
	'move_cause_note'
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** The rows of the CSV, as plain strings (empty where a value is absent). */
export function datasetCsvRows(dataset: Dataset): CsvRow[] {
	return dataset.stances.flatMap((stance) =>
		stance.citations.map((citation) => ({
			dataset_version: dataset.meta.version,
			leader: stance.leaderName,
			leader_id: stance.leaderId,
			axis: stance.axis,
			stance_id: stance.id,
			as_of: stance.asOf,
			position: String(stance.position),
			level_label: stance.levelLabel,
			evidence: stance.evidence,
			quote: citation.quote,
			via_outlet: citation.via?.outlet ?? '',
			outlet: citation.source.outlet,
			title: citation.source.title,
			source_date: citation.source.date,
			url: citation.source.url ?? '',
			speaker: citation.speaker ?? stance.leaderName,
			quote_check: citation.check,
			via_url: citation.via?.url ?? '',
			leader_role: stance.leaderRole,
			moved_from_stance: stance.move?.from.id ?? '',
			moved_from_position: stance.move ? String(stance.move.from.position) : '',
			move_direction: stance.move?.direction ?? '',
			move_steps: stance.move ? String(stance.move.steps) : '',
			move_cause: stance.move?.cause ?? '',
			move_cause_note: stance.move?.causeNote ?? ''
		}))
	);
}

/**
 * The CSV text (RFC 4180 quoting by d3: fields with commas, quotes or line breaks are quoted and
 * inner quotes doubled), ending with a line break.
 */
export function datasetCsv(dataset: Dataset): string {
	return `${csvFormat(datasetCsvRows(dataset), [...CSV_COLUMNS])}\n`;
}
