/**
 * Starts the desk's check in a Web Worker (check.worker.ts, bundled by Vite as its own module
 * script from this origin, so the CSP's default-src 'self' allows it) and returns its client.
 */
import { CheckClient, type CheckClientOptions } from './check-protocol.ts';
import type { DeskCheckArgs, DeskCheckResult } from './check.worker.ts';

export type { DeskCheckArgs, DeskCheckResult };

export function startDeskChecker(
	options: CheckClientOptions<DeskCheckResult>
): CheckClient<DeskCheckArgs, DeskCheckResult> {
	const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
	return new CheckClient<DeskCheckArgs, DeskCheckResult>(worker, options);
}
