import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	EMBED_HEIGHT_MESSAGE,
	embedHeight,
	embedHeightMessage,
	embedSnippet,
	hostScript,
	readEmbedHeight
} from './embed-message.ts';

describe('the embed height message', () => {
	it('carries the type, the height in whole pixels and the embed address', () => {
		expect(embedHeightMessage(811.2, 'https://a.example/embed/explore')).toEqual({
			type: 'openness-spectrum:height',
			height: 812,
			href: 'https://a.example/embed/explore'
		});
	});

	it('is read back, and anything else is not a height', () => {
		expect(readEmbedHeight(embedHeightMessage(640, 'x'))).toBe(640);
		expect(readEmbedHeight({ type: EMBED_HEIGHT_MESSAGE, height: '640' })).toBeNull();
		expect(readEmbedHeight({ type: 'other', height: 640 })).toBeNull();
		expect(readEmbedHeight({ type: EMBED_HEIGHT_MESSAGE, height: -1 })).toBeNull();
		expect(readEmbedHeight({ type: EMBED_HEIGHT_MESSAGE, height: Infinity })).toBeNull();
		expect(readEmbedHeight('openness-spectrum:height')).toBeNull();
		expect(readEmbedHeight(null)).toBeNull();
	});
});

describe('the host script', () => {
	/** Runs the script in a fake page with two iframes; returns what a message does to them. */
	function host() {
		const listeners: ((event: { data: unknown; source: unknown }) => void)[] = [];
		const frames = [
			{ contentWindow: { name: 'one' }, style: { height: '' } },
			{ contentWindow: { name: 'two' }, style: { height: '' } }
		];
		const window = {
			addEventListener: (type: string, listener: (typeof listeners)[number]) => {
				if (type === 'message') listeners.push(listener);
			}
		};
		const document = { getElementsByTagName: () => frames };
		runInNewContext(hostScript(), { window, document });
		const post = (data: unknown, source: unknown) => listeners.forEach((l) => l({ data, source }));
		return {
			frames,
			post,
			listeners,
			run: () => runInNewContext(hostScript(), { window, document })
		};
	}

	it('sets the height of the iframe whose window posted it, and no other', () => {
		const { frames, post } = host();
		post(embedHeightMessage(700, 'x'), frames[1]?.contentWindow);
		expect(frames.map((f) => f.style.height)).toEqual(['', '700px']);
	});

	it('ignores other messages and heights out of range, and listens once if loaded twice', () => {
		const { frames, post, listeners, run } = host();
		post({ type: 'something-else', height: 700 }, frames[0]?.contentWindow);
		post({ type: EMBED_HEIGHT_MESSAGE, height: 1e9 }, frames[0]?.contentWindow);
		expect(frames[0]?.style.height).toBe('');
		run();
		expect(listeners).toHaveLength(1);
	});
});

describe('embedSnippet', () => {
	it('gives the iframe with a title and a starting height, and the script, escaped', () => {
		const snippet = embedSnippet({
			src: 'https://a.example/embed/explore?date=2024-01&axis=weights',
			script: 'https://a.example/embed.js',
			title: 'Where "they" stand',
			height: embedHeight({ view: 'spectrum', axis: 'weights' })
		});
		expect(snippet).toBe(
			'<iframe src="https://a.example/embed/explore?date=2024-01&amp;axis=weights" title="Where &quot;they&quot; stand" width="100%" height="490" style="border:0;width:100%" loading="lazy"></iframe>\n' +
				'<script src="https://a.example/embed.js" async></script>'
		);
	});

	it('starts taller for more charts', () => {
		const one = embedHeight({ view: 'spectrum', axis: 'weights' });
		const four = embedHeight({ view: 'spectrum', axis: null });
		const both = embedHeight({ view: 'both', axis: null });
		expect(one).toBeLessThan(four);
		expect(four).toBeLessThan(both);
	});
});
