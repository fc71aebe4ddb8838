/**
 * The options of `npm run screenshot:story`: `--light` for the light scheme only, `--step <id>`
 * (or `--step=<id>`) for one step of the story. Each picture is named by its step's id, so a
 * step keeps its file name when steps are added before it.
 */

export interface StoryShotOptions {
	schemes: ('light' | 'dark')[];
	/** The one step to shoot, by id; undefined for every step. */
	step?: string;
}

/** Reads the command's arguments; throws on `--step` without an id. */
export function storyShotOptions(args: readonly string[]): StoryShotOptions {
	const schemes: StoryShotOptions['schemes'] = args.includes('--light')
		? ['light']
		: ['light', 'dark'];
	const at = args.findIndex((a) => a === '--step' || a.startsWith('--step='));
	if (at === -1) return { schemes };
	const arg = args[at] ?? '';
	const step = arg.startsWith('--step=') ? arg.slice('--step='.length) : args[at + 1];
	if (!step || step.startsWith('--'))
		throw new Error('--step needs the id of a step: --step the-line');
	return { schemes, step };
}

/** The file a step's picture is written to. */
export function storyShotName(width: number, scheme: string, stepId: string): string {
	return `story-${width}-${scheme}-${stepId}.png`;
}
