/**
 * For the export tests only: a strict little XML reader, enough to prove an exported SVG is
 * well-formed (balanced tags, quoted and unique attributes, no stray `<` or `&`) and to query its
 * elements. Node has no DOMParser, and the app needs no XML library.
 */

export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	/** Text directly inside the element, entities decoded. */
	text: string;
	children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
	return raw.replace(/&([^;\s&<]*);?/g, (all, name: string) => {
		if (!all.endsWith(';')) throw new Error(`bare & in ${where}`);
		if (name in ENTITIES) return ENTITIES[name] ?? '';
		if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
		if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
		throw new Error(`unknown entity &${name}; in ${where}`);
	});
}

/** The root element of `xml`; throws, saying where, if it is not well-formed. */
export function parseXml(xml: string): XmlElement {
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	let i = 0;
	while (i < xml.length) {
		const open = xml.indexOf('<', i);
		const text = xml.slice(i, open === -1 ? undefined : open);
		if (text.includes('>')) throw new Error(`stray > in text near ${i}`);
		const top = stack.at(-1);
		if (top) top.text += decode(text, `text of <${top.name}>`);
		else if (text.trim()) throw new Error('text outside the root element');
		if (open === -1) break;
		const close = xml.indexOf('>', open);
		if (close === -1) throw new Error(`unclosed tag at ${open}`);
		const tag = xml.slice(open + 1, close);
		i = close + 1;
		if (tag.startsWith('/')) {
			const name = tag.slice(1).trim();
			const element = stack.pop();
			if (element?.name !== name) throw new Error(`</${name}> closes <${element?.name}>`);
			continue;
		}
		const selfClosing = tag.endsWith('/');
		const body = selfClosing ? tag.slice(0, -1) : tag;
		const match = /^([A-Za-z][\w:.-]*)/.exec(body);
		if (!match?.[1]) throw new Error(`bad tag <${tag}>`);
		const element: XmlElement = { name: match[1], attrs: {}, text: '', children: [] };
		let rest = body.slice(match[1].length);
		const attr = /^\s+([A-Za-z_:][\w:.-]*)="([^"<]*)"/;
		for (let m = attr.exec(rest); m; m = attr.exec(rest)) {
			const [all, key = '', value = ''] = m;
			if (key in element.attrs) throw new Error(`duplicate ${key} on <${element.name}>`);
			element.attrs[key] = decode(value, `${key} of <${element.name}>`);
			rest = rest.slice(all.length);
		}
		if (rest.trim()) throw new Error(`bad attributes on <${element.name}>: ${rest}`);
		if (top) top.children.push(element);
		else if (root) throw new Error('two root elements');
		else root = element;
		if (!selfClosing) stack.push(element);
	}
	if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
	if (!root) throw new Error('no root element');
	return root;
}

/** Every element under (and including) `root` for which `test` holds, in document order. */
export function findAll(root: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
	const found = test(root) ? [root] : [];
	for (const child of root.children) found.push(...findAll(child, test));
	return found;
}

/** All text under `root`, with a space between elements. */
export function allText(root: XmlElement): string {
	return [root.text, ...root.children.map(allText)].join(' ');
}

/** A text element with its position on the page, after every enclosing `translate`. */
export interface PlacedText {
	x: number;
	y: number;
	text: string;
	size: number;
	anchor: string;
	bold: boolean;
}

function translate(e: XmlElement): [number, number] {
	const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.attrs.transform ?? '');
	return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Every text element, placed on the page. */
export function placedTexts(root: XmlElement, dx = 0, dy = 0): PlacedText[] {
	const [tx, ty] = translate(root);
	const [x, y] = [dx + tx, dy + ty];
	const own: PlacedText[] =
		root.name === 'text'
			? [
					{
						x: x + Number(root.attrs.x ?? 0),
						y: y + Number(root.attrs.y ?? 0),
						text: root.text,
						size: Number(root.attrs['font-size'] ?? 16),
						anchor: root.attrs['text-anchor'] ?? 'start',
						bold: root.attrs['font-weight'] === '700'
					}
				]
			: [];
	return [...own, ...root.children.flatMap((c) => placedTexts(c, x, y))];
}

/** The centre of every element carrying `attr`, on the page, by that attribute's value. */
export function placedMarks(
	root: XmlElement,
	attr: string,
	dx = 0,
	dy = 0
): { id: string; x: number; y: number; element: XmlElement }[] {
	const [tx, ty] = translate(root);
	const [x, y] = [dx + tx, dy + ty];
	const id = root.attrs[attr];
	const own = id === undefined ? [] : [{ id, x, y, element: root }];
	return [...own, ...root.children.flatMap((c) => placedMarks(c, attr, x, y))];
}
