/**
 * Keeps the dataset honest while Vite runs.
 *
 * - `vite build`: validates `data/` before anything is bundled; an invalid dataset never builds.
 * - `vite dev`: on every change under `data/`, validates again; errors go to the browser's
 *   error overlay (with file:line:column), a valid change reloads the pages.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem, validateDataset } from '../../src/lib/data/validate.ts';
import { readDataDir } from './read-data-dir.ts';

function check(): { ok: boolean; report: string } {
	const result = validateDataset(readDataDir('data'));
	const lines = result.errors.map(formatProblem);
	return {
		ok: lines.length === 0,
		report: `The dataset in data/ has ${lines.length} error${lines.length === 1 ? '' : 's'} (npm run validate lists them too):\n\n${lines.join('\n')}`
	};
}

function watchData(server: ViteDevServer): void {
	const dataDir = path.resolve('data');
	const onChange = (file: string) => {
		if (!file.startsWith(dataDir) || !file.endsWith('.json')) return;
		const { ok, report } = check();
		if (ok) {
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
			const { ok, report } = check();
			if (!ok) this.error(report);
		},
		configureServer(server) {
			watchData(server);
		}
	};
}
