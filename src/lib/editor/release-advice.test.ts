import { describe, expect, it } from 'vitest';
import { bumpedMeta, releaseAdvice } from './release-advice.ts';

const meta = { path: 'data/meta.json', text: '{ "version": "2.2.1", "updated": "2026-11-01" }' };
const sources = { path: 'data/sources.json', text: '{ "sources": [{ "id": "a", "title": "A" }] }' };
const bundled = [meta, sources];

describe('releaseAdvice', () => {
	it('says nothing when the drafts leave the data as published, whatever the layout', () => {
		expect(releaseAdvice(bundled, [])).toBeUndefined();
		expect(
			releaseAdvice(bundled, [
				{ ...sources, text: '{\n\t"sources": [{ "id": "a", "title": "A" }]\n}\n' }
			])
		).toBeUndefined();
	});

	it('offers the next patch first for a correction', () => {
		const fixed = { ...sources, text: '{ "sources": [{ "id": "a", "title": "A, fixed" }] }' };
		expect(releaseAdvice(bundled, [fixed])).toEqual({
			released: '2.2.1',
			bumps: [
				{ version: '2.2.2', label: 'corrections to published points' },
				{ version: '2.3.0', label: 'something new: stances, sources, events or leaders' }
			]
		});
	});

	it('offers the next minor version first when something is added, or a file is new', () => {
		const more = {
			...sources,
			text: '{ "sources": [{ "id": "a", "title": "A" }, { "id": "b", "title": "B" }] }'
		};
		expect(releaseAdvice(bundled, [more])?.bumps[0]?.version).toBe('2.3.0');
		expect(
			releaseAdvice(bundled, [{ path: 'data/leaders/new.json', text: '{}' }])?.bumps[0]?.version
		).toBe('2.3.0');
	});

	it('says nothing once meta.json has a new version in the changeset', () => {
		const fixed = { ...sources, text: '{ "sources": [] }' };
		const bumped = { ...meta, text: '{ "version": "2.2.2", "updated": "2026-11-30" }' };
		expect(releaseAdvice(bundled, [fixed, bumped])).toBeUndefined();
		expect(releaseAdvice(bundled, [fixed, meta])?.released).toBe('2.2.1');
	});
});

describe('bumpedMeta', () => {
	it('writes the version and the day, keeping the rest, laid out as the repo does', () => {
		const text = bumpedMeta(
			'{ "$schema": "../schema/meta.schema.json", "version": "2.2.1", "updated": "2026-11-01", "title": "T" }',
			'2.3.0',
			'2026-11-30'
		);
		expect(JSON.parse(text)).toEqual({
			$schema: '../schema/meta.schema.json',
			version: '2.3.0',
			updated: '2026-11-30',
			title: 'T'
		});
		expect(text.endsWith('\n')).toBe(true);
	});
});
