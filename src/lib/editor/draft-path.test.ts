import { describe, expect, it } from 'vitest';
import { detectDraftPath, leaderPath } from './draft-path.ts';

describe('detectDraftPath', () => {
	it('names a leader file by its id', () => {
		expect(detectDraftPath('{ "id": "jane-doe", "name": "Jane", "stances": [] }')).toEqual({
			path: 'data/leaders/jane-doe.json',
			reason: 'from its id'
		});
	});

	it('still finds the id in a draft with syntax errors', () => {
		const broken =
			'{\n\t"$schema": "../../schema/leader.schema.json",\n\t"id": "ada-lovelace",,\n\t"stances": [';
		expect(detectDraftPath(broken)?.path).toBe(leaderPath('ada-lovelace'));
	});

	it('says a leader file has no usable id yet rather than guessing a file name', () => {
		expect(detectDraftPath('{ "id": "Jane Doe", "affiliations": [] }')).toEqual({
			reason: 'a leader file, but its "id" is not a valid id yet'
		});
	});

	it('names sources.json, events.json, axes.json and meta.json by what they hold', () => {
		expect(detectDraftPath('{ "sources": [] }')?.path).toBe('data/sources.json');
		expect(detectDraftPath('{ "events": [ {} ] }')?.path).toBe('data/events.json');
		expect(detectDraftPath('{ "changes": [] }')?.path).toBe('data/changes.json');
		expect(detectDraftPath('{ "$schema": "../schema/axes.schema.json" }')?.path).toBe(
			'data/axes.json'
		);
		expect(detectDraftPath('{ "version": "1.0.0", "updated": "2025-01-01" }')?.path).toBe(
			'data/meta.json'
		);
	});

	it('names the story by its steps or its $schema', () => {
		expect(detectDraftPath('{ "title": "A story", "steps": [] }')?.path).toBe(
			'data/story/story.json'
		);
		expect(detectDraftPath('{ "$schema": "../../schema/story.schema.json" }')?.path).toBe(
			'data/story/story.json'
		);
	});

	it('gives up on text that says nothing about its file', () => {
		expect(detectDraftPath('')).toBeUndefined();
		expect(detectDraftPath('[1, 2]')).toBeUndefined();
		expect(detectDraftPath('{ "hello": 1 }')).toBeUndefined();
	});
});
