/**
 * How an embedded chart (/embed/…) fits its iframe. The embed posts its height to the page that
 * holds it, whenever it changes:
 *
 *     { type: 'openness-spectrum:height', height: 812, href: 'https://…/embed/explore?date=2024-01' }
 *
 * `height` is the document's height in CSS pixels (a whole number); `href` is the embed's own
 * address, so a page with several embeds knows which one spoke. The host script (/embed.js,
 * `hostScript`) listens for it and sets the height of the iframe whose window sent it; a page can
 * instead listen itself (`readEmbedHeight` says what a valid message is).
 */
export const EMBED_HEIGHT_MESSAGE = 'openness-spectrum:height';

export interface EmbedHeightMessage {
	type: typeof EMBED_HEIGHT_MESSAGE;
	height: number;
	href: string;
}

export function embedHeightMessage(height: number, href: string): EmbedHeightMessage {
	return { type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(height), href };
}

/** The height a message carries, or null if it is not an embed's height message. */
export function readEmbedHeight(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, height } = data as Partial<EmbedHeightMessage>;
	if (type !== EMBED_HEIGHT_MESSAGE || typeof height !== 'number') return null;
	return Number.isFinite(height) && height > 0 && height < 100_000 ? Math.ceil(height) : null;
}

/**
 * The host page's script, as served at /embed.js: it sets each embed's iframe to the height the
 * embed posts. Plain JavaScript with no dependencies; it reads only messages from the iframes'
 * own windows, and only this one message.
 */
export function hostScript(): string {
	return `// Openness Spectrum embeds: fits each embedded chart's iframe to its height.
// The embed posts { type: '${EMBED_HEIGHT_MESSAGE}', height, href } to this page.
(function () {
	if (window.__opennessSpectrumEmbeds) return;
	window.__opennessSpectrumEmbeds = true;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== '${EMBED_HEIGHT_MESSAGE}') return;
		var height = Math.ceil(Number(data.height));
		if (!(height > 0 && height < 100000)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
		}
	});
})();
`;
}

/** A starting height for the iframe, before the embed says its own: about what the view takes. */
export function embedHeight(view: { view: string; axis: string | null }): number {
	const spectra = view.view === 'timelines' ? 0 : view.axis === null ? 560 : 260;
	const timelines = view.view === 'spectrum' ? 0 : view.axis === null ? 620 : 300;
	return 230 + spectra + timelines;
}

function attribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The HTML a host page pastes: the iframe, and the script that fits it. */
export function embedSnippet(embed: {
	src: string;
	script: string;
	title: string;
	height: number;
}): string {
	return (
		`<iframe src="${attribute(embed.src)}" title="${attribute(embed.title)}" width="100%" ` +
		`height="${embed.height}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
		`<script src="${attribute(embed.script)}" async></script>`
	);
}
