/**
 * Every stance of the loaded leader files by id, as the files hold them (raw JSON, ids that passed
 * their schema), with the file and place of each: what rules about other files look stances up in.
 */
import { asArray, asObject, type JsonObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { RuleContext } from './rule-context.ts';

export interface RawStance {
	file: LoadedFile;
	/** Its index in the file's `stances`. */
	index: number;
	stance: JsonObject;
}

export function stancesById(ctx: RuleContext): Map<string, RawStance> {
	const stances = new Map<string, RawStance>();
	for (const file of ctx.loaded) {
		if (file.kind !== 'leader') continue;
		asArray(asObject(file.data)?.stances).forEach((raw, index) => {
			const stance = asObject(raw);
			const id = file.string(['stances', index, 'id'], stance?.id);
			if (stance && id !== undefined) stances.set(id, { file, index, stance });
		});
	}
	return stances;
}
