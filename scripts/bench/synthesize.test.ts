import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { readDataDir } from '../lib/read-data-dir.ts';
import { synthesizeDataset } from './synthesize.ts';

const bundled = readDataDir('data');
const today = '2026-11-30';

describe('synthesizeDataset', () => {
	it('makes a dataset the real validator accepts, with no warnings', () => {
		const files = synthesizeDataset(bundled, { scale: 10, seed: 7 });
		const result = validateDataset(files, { today });
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.dataset).toBeDefined();
		// The story too, step for step, so the home page is built and measured at every size.
		const story = JSON.parse(
			bundled.find((f) => f.path === 'data/story/story.json')?.text ?? '{}'
		) as { steps: unknown[] };
		expect(result.dataset?.story?.steps).toHaveLength(story.steps.length);
	});

	it('grows stances with the scale, leaders and stances per leader with its square root', () => {
		const count = (scale: number) => {
			const dataset = validateDataset(synthesizeDataset(bundled, { scale }), { today }).dataset;
			const stances = dataset?.leaders.reduce((n, l) => n + l.stances.length, 0) ?? 0;
			return { leaders: dataset?.leaders.length ?? 0, stances };
		};
		const one = count(1);
		const hundred = count(100);
		expect(hundred.leaders).toBe(one.leaders * 10);
		// A few stances may be dropped where a leader's axis has no free month: within 1%.
		expect(hundred.stances / one.stances).toBeGreaterThan(99);
		expect(hundred.stances / one.stances).toBeLessThanOrEqual(100.5);
	});

	it('keeps the bundled share of reference leaders, last in the list, each saying why', () => {
		const roles = (files: { path: string; text: string }[]) =>
			files
				.filter((f) => f.path.includes('/leaders/'))
				.sort((a, b) => a.path.localeCompare(b.path))
				.map((f) => JSON.parse(f.text) as { role: string; roleNote?: string });
		const bundledRoles = roles(bundled);
		const share = bundledRoles.filter((l) => l.role === 'reference').length / bundledRoles.length;
		expect(share).toBeGreaterThan(0);
		const synthetic = roles(synthesizeDataset(bundled, { scale: 10, seed: 7 }));
		const references = synthetic.filter((l) => l.role === 'reference');
		expect(references.length).toBe(Math.round(synthetic.length * share));
		expect(synthetic.slice(-references.length).every((l) => l.role === 'reference')).toBe(true);
		expect(references.every((l) => l.roleNote)).toBe(true);
	});

	it('is byte-identical for the same seed and differs for another', () => {
		const a = synthesizeDataset(bundled, { scale: 3, seed: 11 });
		const b = synthesizeDataset(bundled, { scale: 3, seed: 11 });
		const c = synthesizeDataset(bundled, { scale: 3, seed: 12 });
		expect(b).toEqual(a);
		expect(c).not.toEqual(a);
	});

	it('says it is synthetic in every text and links only to example.org', () => {
		const text = synthesizeDataset(bundled, { scale: 1 })
			.filter((f) => !f.path.endsWith('axes.json'))
			.map((f) => f.text)
			.join('\n');
		const urls = text.match(/https:\/\/[^"]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.every((u) => u.startsWith('https://example.org/synthetic/'))).toBe(true);
		expect(text).not.toMatch(/Amodei|Altman|Hassabis/);
	});
});
