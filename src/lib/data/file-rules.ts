/**
 * The rules each file meets on its own, whatever the other files say. `checkNotFuture` serves the
 * rules that span files too (cross-file-rules.ts): every date in the dataset passes through it.
 */
import { endOf, isFuture, startOf } from './dates.ts';
import { expectedSchemaRef, leaderIdOf } from './data-paths.ts';
import { asArray, asObject } from './json-values.ts';
import type { LoadedFile } from './loaded-file.ts';
import type { JsonPath } from './positions.ts';
import type { RuleContext } from './rule-context.ts';

/** Rules about one file on its own: `$schema`, leader id and file name, a role's note, dates. */
export function checkFiles(ctx: RuleContext): void {
	for (const file of ctx.loaded) {
		const root = asObject(file.data);
		if (!root) continue;
		const ref = file.string(['$schema'], root.$schema);
		const expected = expectedSchemaRef(file.kind);
		if (ref !== undefined && ref !== expected)
			ctx.report.error(file, ['$schema'], `"$schema" must be "${expected}"`);

		if (file.kind === 'leader') {
			const id = file.string(['id'], root.id);
			const name = leaderIdOf(file.path);
			if (id !== undefined && id !== name)
				ctx.report.error(file, ['id'], `id "${id}" must equal the file name "${name}"`);
			// A reference leader stands beside the cast: their page says why, in the file's words.
			if (root.role === 'reference' && file.isClean(['role']) && root.roleNote === undefined)
				ctx.report.error(
					file,
					['role'],
					'a reference leader needs "roleNote": one sentence on why they are shown for reference'
				);
			asArray(root.affiliations).forEach((raw, i) =>
				checkAffiliation(ctx, file, ['affiliations', i], raw)
			);
		}
		if (file.kind === 'meta') checkNotFuture(ctx, file, ['updated'], root.updated);
	}
}

function checkAffiliation(ctx: RuleContext, file: LoadedFile, at: JsonPath, raw: unknown): void {
	const affiliation = asObject(raw);
	if (!affiliation) return;
	const from = checkNotFuture(ctx, file, [...at, 'from'], affiliation.from);
	const to = checkNotFuture(ctx, file, [...at, 'to'], affiliation.to);
	if (from !== undefined && to !== undefined && startOf(from) > endOf(to)) {
		ctx.report.error(file, [...at, 'from'], `from ${from} is after to ${to}`);
	}
}

/** Reports a well-formed date that lies after `today`; returns the date when well-formed. */
export function checkNotFuture(
	ctx: RuleContext,
	file: LoadedFile,
	at: JsonPath,
	value: unknown
): string | undefined {
	const date = file.string(at, value);
	if (date !== undefined && isFuture(date, ctx.today))
		ctx.report.error(file, at, `date ${date} is in the future`);
	return date;
}
