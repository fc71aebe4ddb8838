/**
 * The dataset as one JSON document for scripts: meta, the "cite this" line, the axes with their
 * rubrics, every source, and each leader with their stances and citations resolved to full
 * sources (no ids to look up), plus the events. Used only by the JSON download beside it.
 */
import type { Affiliation, Axis, AxisId, EvidenceKind, Source } from '$lib/data/schema';
import { citeAs } from '$lib/model/cite';
import type { CitationView, CorrectionView, Dataset } from '$lib/model/dataset';

export interface DatasetJson {
	version: string;
	updated: string;
	title?: string;
	license?: string;
	citeAs: string;
	axes: Axis[];
	sources: Source[];
	leaders: {
		id: string;
		name: string;
		shortName: string;
		affiliations: Affiliation[];
		stances: {
			id: string;
			axis: AxisId;
			axisLabel: string;
			asOf: string;
			position: number;
			levelLabel: string;
			evidence: EvidenceKind;
			summary: string;
			rationale: string;
			citations: CitationView[];
			corrections: CorrectionView[];
		}[];
	}[];
	events: {
		id: string;
		date: string;
		label: string;
		description?: string;
		leaderIds: string[];
		citations: CitationView[];
		corrections: CorrectionView[];
	}[];
}

export function datasetJson(dataset: Dataset): DatasetJson {
	const { meta } = dataset;
	return {
		version: meta.version,
		updated: meta.updated,
		...(meta.title === undefined ? {} : { title: meta.title }),
		...(meta.license === undefined ? {} : { license: meta.license }),
		citeAs: citeAs(meta),
		axes: dataset.axes,
		sources: dataset.sources,
		leaders: dataset.leaders.map((leader) => ({
			id: leader.id,
			name: leader.name,
			shortName: leader.shortName,
			affiliations: leader.affiliations,
			// The leader is the parent object, so the stance does not repeat its id and name.
			stances: leader.stances.map(({ leaderId: _id, leaderName: _name, ...stance }) => stance)
		})),
		events: dataset.events
	};
}
