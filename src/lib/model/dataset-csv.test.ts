import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.ts';
import { CSV_COLUMNS, datasetCsv, datasetCsvRows } from './dataset-csv.ts';
import { testDataset } from '../server/test-dataset.ts';

describe('datasetCsv', () => {
	it('writes the header, then one line per citation', () => {
		const lines = datasetCsv(testDataset()).split('\n');
		expect(lines).toEqual([
			'dataset_version,leader,leader_id,axis,stance_id,as_of,position,level_label,evidence,quote,via_outlet,outlet,title,source_date,url,speaker,quote_check,via_url,leader_role,moved_from_stance,moved_from_position,move_direction,move_steps,move_cause,move_cause_note',
			'1.0.0,Ada Lovelace,ada-lovelace,weights,lovelace-weights-2015,2015-12,4,Open,reported,the plan was to open source a lot of it,,Example Podcast,Episode 12: building in the open,2023-11,https://example.org/podcast/12,Ada Lovelace,original,,cast,,,,,,',
			'1.0.0,Alan Turing,alan-turing,access,turing-access-2019,2019-05,3,Leaning open,explicit,"everyone should be able to use these systems, with sensible limits",Example Blog,Example Conference,Keynote on access,2019-05,,Alan Turing,essay,,cast,,,,,,',
			'1.0.0,Ada Lovelace,ada-lovelace,weights,lovelace-weights-2023,2023-11,1,Guarded,explicit,we share the weights with a few partners ... and that is it,,Example Podcast,Episode 12: building in the open,2023-11,https://example.org/podcast/12,Ada Lovelace,original,,cast,lovelace-weights-2015,4,closed,3,statement,',
			'1.0.0,Ada Lovelace,ada-lovelace,access,lovelace-access-2024,2024-05,2,Mixed,inferred,available today to paying customers,,Example Lab,Introducing the Example model,2024-05-13,https://example.org/news/model,Ada Lovelace,original,,cast,,,,,,',
			'1.0.0,Alan Turing,alan-turing,methodology,turing-methodology-2025,2025-03,2,Mixed,reported,he would publish the methods but not the recipe,,Example Blog,An essay on openness,2025-03,,Alan Turing,original,,cast,,,,,,',
			''
		]);
	});

	it('quotes commas, double quotes and line breaks so the values read back unchanged', () => {
		const dataset = testDataset();
		const quote = 'He said "open", then,\nafter a pause, "closed"';
		const [first, ...rest] = dataset.stances;
		if (!first) throw new Error('fixture has no stances');
		const tricky: Dataset = {
			...dataset,
			stances: [{ ...first, citations: [{ ...first.citations[0]!, quote }] }, ...rest]
		};
		const text = datasetCsv(tricky);
		expect(text).toContain('"He said ""open"", then,\nafter a pause, ""closed"""');
		const parsed = csvParse(text);
		expect(parsed.columns).toEqual([...CSV_COLUMNS]);
		expect(parsed).toHaveLength(5);
		expect(parsed[0]?.quote).toBe(quote);
		expect(parsed.map((r) => ({ ...r }))).toEqual(datasetCsvRows(tricky));
	});
});
