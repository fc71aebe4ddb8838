/** One line of a key list (`KeysDialog`): the keys that do the same thing, and what it is. */
export interface KeyHelp {
	keys: readonly string[];
	does: string;
}
