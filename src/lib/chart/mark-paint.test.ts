import { describe, expect, it } from 'vitest';
import { markerSvg } from './export/marker-svg.ts';
import { MARK_PAINT, paintAt } from './mark-paint.ts';

describe('mark paint', () => {
	it('tells the kinds of evidence apart without colour: fill, outline and dash differ', () => {
		const looks = Object.values(MARK_PAINT).map((p) => `${p.filled} ${p.dash?.join() ?? 'solid'}`);
		expect(new Set(looks).size).toBe(looks.length);
	});

	it('scales with the radius', () => {
		expect(paintAt('inferred', 10)).toEqual({
			filled: false,
			strokeWidth: 3.4,
			dasharray: '4.2 2.6',
			opacity: undefined
		});
		expect(paintAt('explicit', 4).strokeWidth).toBe(1);
	});

	it('is what the download draws', () => {
		for (const kind of ['explicit', 'reported', 'inferred', 'ghost'] as const) {
			const svg = markerSvg({
				x: 0,
				y: 0,
				r: 6,
				shape: 'circle',
				colour: '#123456',
				evidence: kind
			});
			const paint = paintAt(kind, 6);
			expect(svg).toContain(`fill="${paint.filled ? '#123456' : '#ffffff'}"`);
			expect(svg).toContain(`stroke-width="${paint.strokeWidth}"`);
			if (paint.dasharray) expect(svg).toContain(`stroke-dasharray="${paint.dasharray}"`);
			else expect(svg).not.toContain('stroke-dasharray');
		}
	});
});
