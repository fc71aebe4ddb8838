/**
 * The desk's check, run off the main thread: zod, the validator and the join live here, so a
 * long draft never makes typing wait. Answers with the check's plain result (the joined dataset
 * included: it is plain objects, arrays and maps, which survive a structured clone).
 */
import { serveChecks, type WorkerScope } from './check-protocol.ts';
import { checkChangeset } from './desk-check.ts';

export type DeskCheckArgs = Parameters<typeof checkChangeset>;
export type DeskCheckResult = ReturnType<typeof checkChangeset>;

serveChecks(self as unknown as WorkerScope<DeskCheckArgs, DeskCheckResult>, checkChangeset);
