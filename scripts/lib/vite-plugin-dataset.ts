/**
 * Keeps the dataset honest while Vite runs.
 *
 * - `vite build`: validates `data/` before anything is bundled; an invalid dataset never builds.
 * - `vite dev`: on every change under `data/`, validates again; errors go to the browser's
 *   error overlay (with file:line:column), a valid change reloads the pages.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { datasetFrom, InvalidDatasetError } from '../../src/lib/server/dataset-from.ts';
import { readDataDir } from './read-data-dir.ts';

/** The validator's report on data/, or undefined when the dataset is valid. */
function problems(): string | undefined {
	try {
		datasetFrom(readDataDir('data'));
		return undefined;
	} catch (error) {
		if (error instanceof InvalidDatasetError)
			return `${error.message}\n\n(npm run validate lists them too)`;
		throw error;
	}
}

function watchData(server: ViteDevServer): void {
	const dataDir = path.resolve('data');
	const onChange = (file: string) => {
		if (!file.startsWith(dataDir) || !file.endsWith('.json')) return;
		const report = problems();
		if (report === undefined) {
			server.ws.send({ type: 'full-reload' });
		} else {
			server.config.logger.error(report, { timestamp: true });
			server.ws.send({
				type: 'error',
				err: { message: report, stack: '', plugin: 'openness-dataset', id: file }
			});
		}
	};
	server.watcher.add(dataDir);
	server.watcher.on('change', onChange);
	server.watcher.on('add', onChange);
	server.watcher.on('unlink', onChange);
}

export function datasetPlugin(): Plugin {
	let command: 'build' | 'serve' = 'serve';
	return {
		name: 'openness-dataset',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			if (command !== 'build') return;
			const report = problems();
			if (report !== undefined) this.error(report);
		},
		configureServer(server) {
			watchData(server);
		}
	};
}
