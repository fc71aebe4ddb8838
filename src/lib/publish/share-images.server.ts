/**
 * The share images: one 1200x630 PNG per page's chart, made at build time from the same drawing
 * code as the downloads (`chartSvg`), so a shared link unfurls with the chart itself and the
 * context a screenshot loses: its title, the month, the key and the source line naming the dataset
 * version. Rasterised by resvg with the Inter font shipped in a package (never the machine's
 * fonts), so the images are the same on every machine that builds them.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { ChartExportInput } from '$lib/chart/export/chart-frame';
import { chartSvg } from '$lib/chart/export/download';
import type { ChartKind } from '$lib/chart/export/file-name';
import { escapeXml } from '$lib/chart/export/svg-text';
import { chartDomain, defaultChartState, type ChartState } from '$lib/model/chart-state';
import type { Dataset } from '$lib/model/dataset';
import type { Story } from '$lib/story/story';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** One share image: its file name (without .png) and the chart it draws. */
export interface ShareImage {
	name: string;
	kind: ChartKind;
	input: ChartExportInput;
}

/** What a chart state draws, as the downloads take it. */
export function exportInputOf(state: ChartState, dataset: Dataset): ChartExportInput {
	return {
		dataset,
		leaderIds: state.leaders,
		month: state.date,
		fromMonth: state.from,
		axis: state.axis
	};
}

/** The image of /explore's first view: every page without a chart of its own shares it too. */
export const DEFAULT_SHARE_IMAGE = 'explore';

export const leaderShareImage = (id: string) => `leader-${id}`;
export const stepShareImage = (id: string) => `step-${id}`;

/** Every share image the site has. */
export function shareImages(dataset: Dataset, story: Story): ShareImage[] {
	const explore = exportInputOf(defaultChartState(chartDomain(dataset)), dataset);
	return [
		{ name: DEFAULT_SHARE_IMAGE, kind: 'spectrum', input: explore },
		...dataset.leaders.map((leader) => ({
			name: leaderShareImage(leader.id),
			kind: 'timelines' as const,
			input: { ...explore, leaderIds: [leader.id] }
		})),
		...story.steps.map((step) => {
			const input = exportInputOf(step.state, dataset);
			const kind: ChartKind = step.state.view === 'timelines' ? 'timelines' : 'spectrum';
			return { name: stepShareImage(step.id), kind, input };
		})
	];
}

/**
 * The chart's SVG on a 1200x630 white page: scaled down to fit (never up), centred. The chart
 * brings its own title, month, key and source line.
 */
export function shareSvg(chart: string): string {
	const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(chart);
	const width = Number(size?.[1] ?? SHARE_WIDTH);
	const height = Number(size?.[2] ?? SHARE_HEIGHT);
	const scale = Math.min(1, SHARE_WIDTH / width, SHARE_HEIGHT / height);
	const w = width * scale;
	const h = height * scale;
	const inner = chart.replace(
		/^<svg /,
		`<svg x="${((SHARE_WIDTH - w) / 2).toFixed(1)}" y="${((SHARE_HEIGHT - h) / 2).toFixed(1)}" ` +
			`preserveAspectRatio="xMidYMid meet" `
	);
	// The inner document keeps its viewBox; its width and height become the scaled size.
	const sized = inner
		.replace(/(<svg[^>]*?\s)width="[^"]*"/, `$1width="${w.toFixed(1)}"`)
		.replace(/(<svg[^>]*?\s)height="[^"]*"/, `$1height="${h.toFixed(1)}"`);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">` +
		`<title>${escapeXml('Openness Spectrum')}</title>` +
		`<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="#ffffff"/>` +
		sized +
		'</svg>'
	);
}

const require = createRequire(import.meta.url);
/** Inter, regular and bold: the two weights the charts use. */
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
	require.resolve(`@expo-google-fonts/inter/${file}`)
);

/** The image as PNG bytes. */
export function sharePng(image: ShareImage): Uint8Array {
	const svg = shareSvg(chartSvg(image.kind, image.input));
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: SHARE_WIDTH },
		font: {
			fontFiles: FONT_FILES,
			loadSystemFonts: false,
			defaultFontFamily: 'Inter',
			sansSerifFamily: 'Inter'
		}
	});
	return resvg.render().asPng();
}
