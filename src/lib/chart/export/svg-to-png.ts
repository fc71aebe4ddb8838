/**
 * Browser-only: an SVG document drawn onto a canvas and saved as PNG, and a blob handed to the
 * reader as a download. The SVG goes through a `blob:` URL (allowed by the site's CSP for images),
 * never through the page's DOM, so nothing in it can run.
 */

/** The pixel size the SVG declares on its root, for browsers that report no natural size. */
function declaredSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
	return { width: read('width'), height: read('height') };
}

/** The SVG rendered at `scale` times its size, as a PNG blob. */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The browser could not read the chart as an image.'));
			image.src = url;
		});
		const declared = declaredSize(svg);
		const width = declared.width || image.naturalWidth;
		const height = declared.height || image.naturalHeight;
		if (!width || !height) throw new Error('The chart has no size to draw at.');
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw on a canvas.');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => {
			canvas.toBlob((blob) => {
				if (blob) resolve(blob);
				else reject(new Error('The browser could not save the chart as PNG.'));
			}, 'image/png');
		});
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offers `blob` to the reader as a file called `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the URL after click() returns: give them time before it is revoked.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
