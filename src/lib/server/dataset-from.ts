/**
 * Data files to the joined model, or one error listing every problem. Shared by the pages'
 * loader (`dataset.ts`) and the Vite plugin that guards `vite build` and `vite dev`, so both
 * report an invalid dataset in the same words.
 */
import {
	formatProblem,
	validateDataset,
	type DataFile,
	type ParsedDataset
} from '../data/validate.ts';
import type { Dataset } from '../model/dataset.ts';
import { joinDataset } from '../model/join.ts';

/** Thrown when data files do not validate; its message lists every error as file:line:column. */
export class InvalidDatasetError extends Error {
	override name = 'InvalidDatasetError';
}

/** Validates data files. Throws `InvalidDatasetError` listing every error. */
export function parsedDatasetFrom(
	files: DataFile[],
	options: { today?: string } = {}
): ParsedDataset {
	const result = validateDataset(files, options);
	if (!result.dataset || result.errors.length > 0) {
		const lines = result.errors.map(formatProblem);
		throw new InvalidDatasetError(
			`The dataset has ${lines.length} error${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`
		);
	}
	return result.dataset;
}

/** Validates and joins data files. Throws `InvalidDatasetError` listing every error. */
export function datasetFrom(files: DataFile[], options: { today?: string } = {}): Dataset {
	return joinDataset(parsedDatasetFrom(files, options));
}
