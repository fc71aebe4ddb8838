/**
 * The JSON Schema files in `schema/`, generated from the zod schema (schema.ts) so the two can
 * never disagree. Every data file names its schema in `"$schema"`, so an editor's IDE completes
 * and checks fields as they are typed.
 *
 * Draft-07, because that is the draft VS Code's JSON support handles most reliably; `io: 'input'`
 * because the files describe what an editor writes (optional keys are not required).
 */
import * as z from 'zod';
import { FILE_KINDS } from './schema.ts';

/** Every JSON Schema file: file name (e.g. 'axes.schema.json') → its text, tab-indented, ending in a newline. */
export function renderJsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { schema, jsonSchema } of Object.values(FILE_KINDS)) {
		const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' });
		out[jsonSchema] = `${JSON.stringify(json, null, '\t')}\n`;
	}
	return out;
}
