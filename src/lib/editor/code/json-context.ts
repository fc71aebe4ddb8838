/**
 * Where the cursor is in a JSON draft, for completion: the keys from the root to the object it is
 * in (`*` for an item of a list), whether a key or a value is being typed there, and the keys and
 * string values already in that object. Read from CodeMirror's syntax tree, which it keeps up to
 * date as the text changes, and the few characters before the cursor: nothing here reads the
 * whole draft, so it costs the same in a 1 MB draft as in a small one.
 */
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

export interface JsonContext {
	/** Keys from the root to the object holding the key or value typed; `*` for a list's item. */
	path: string[];
	kind: 'key' | 'value';
	/** For a value: the key it is the value of (for an item of a list, the list's key). */
	key?: string;
	/** True for an item of a list (`"leaders": ["a", "|`). */
	inList: boolean;
	/** Where the word being typed starts (after its opening quote). */
	from: number;
	/** Whether the opening quote is typed. */
	quoted: boolean;
	/** The keys already in the object, with their values when they are strings. */
	siblings: ReadonlyMap<string, string | undefined>;
}

/** How far back to look for the `{`, `,` or `:` before the word: past any blank lines. */
const LOOK_BACK = 400;

type SyntaxNode = ReturnType<typeof syntaxTree>['topNode'];

const unquote = (text: string) => {
	try {
		return JSON.parse(text) as string;
	} catch {
		return text.replace(/^"|"$/g, '');
	}
};

/** The innermost object or list holding `pos`. */
function container(state: EditorState, pos: number): SyntaxNode | null {
	for (
		let node: SyntaxNode | null = syntaxTree(state).resolveInner(pos, -1);
		node;
		node = node.parent
	) {
		if ((node.name === 'Object' || node.name === 'Array') && node.from < pos) return node;
	}
	return null;
}

function propertyName(state: EditorState, property: SyntaxNode): string | undefined {
	const name = property.getChild('PropertyName');
	return name ? unquote(state.sliceDoc(name.from, name.to)) : undefined;
}

/** The keys from the root down to `node` (exclusive of anything inside it). */
function pathTo(state: EditorState, node: SyntaxNode): string[] {
	const path: string[] = [];
	for (let parent = node.parent; parent; parent = parent.parent) {
		if (parent.name === 'Array') path.push('*');
		else if (parent.name === 'Property') {
			const name = propertyName(state, parent);
			if (name !== undefined) path.push(name);
		}
	}
	return path.reverse();
}

function siblingsOf(state: EditorState, object: SyntaxNode): Map<string, string | undefined> {
	const siblings = new Map<string, string | undefined>();
	for (const property of object.getChildren('Property')) {
		const name = propertyName(state, property);
		if (name === undefined) continue;
		const value = property.getChild('String');
		siblings.set(name, value ? unquote(state.sliceDoc(value.from, value.to)) : undefined);
	}
	return siblings;
}

/** The context at `pos`, or null where nothing can be completed (inside a number, after a value). */
export function jsonContext(state: EditorState, pos: number): JsonContext | null {
	const before = state.sliceDoc(Math.max(0, pos - LOOK_BACK), pos);
	const holder = container(state, pos);
	if (!holder) return null;
	// An opening quote follows `{`, `[`, `,` or `:`; any other quote closes a string.
	const quote = /[{,:[]\s*"((?:[^"\\\n]|\\.)*)$/.exec(before);
	const word = quote ? (quote[1] ?? '') : (/[\w.-]*$/.exec(before)?.[0] ?? '');
	const lead = before.slice(0, before.length - word.length - (quote ? 1 : 0));
	const from = pos - word.length;
	const common = { from, quoted: quote !== null };

	if (holder.name === 'Array') {
		if (!/[[,]\s*$/.test(lead)) return null;
		const property = holder.parent?.name === 'Property' ? holder.parent : null;
		const key = property ? propertyName(state, property) : undefined;
		const path = property ? pathTo(state, property) : pathTo(state, holder);
		return {
			path,
			kind: 'value',
			...(key === undefined ? {} : { key }),
			inList: true,
			...common,
			siblings: property?.parent ? siblingsOf(state, property.parent) : new Map()
		};
	}
	const siblings = siblingsOf(state, holder);
	const path = pathTo(state, holder);
	if (/[{,]\s*$/.test(lead)) return { path, kind: 'key', inList: false, ...common, siblings };
	const valueOf = /"((?:[^"\\\n]|\\.)*)"\s*:\s*$/.exec(lead);
	if (valueOf) {
		const key = unquote(`"${valueOf[1] ?? ''}"`);
		return { path, kind: 'value', key, inList: false, ...common, siblings };
	}
	return null;
}
