/**
 * A built site served by `vite preview` for a script to look at (screenshots, the benchmark):
 * started on a fixed port, waited for, and stopped by the caller with `server.kill()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface PreviewServer {
	origin: string;
	server: ChildProcess;
}

/** Serves `cwd`'s build/ on `port`; resolves once the home page answers, else throws. */
export async function startPreview(port: number, cwd = '.'): Promise<PreviewServer> {
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort'],
		{
			cwd,
			stdio: 'ignore'
		}
	);
	const origin = `http://localhost:${port}`;
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return { origin, server };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error(`vite preview did not start on port ${port}`);
}
