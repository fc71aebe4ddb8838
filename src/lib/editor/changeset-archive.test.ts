import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveName, changesetArchive, draftFileName } from './changeset-archive.ts';

describe('changesetArchive', () => {
	const files = [
		{ path: 'data/leaders/ada-lovelace.json', text: '{ "id": "ada-lovelace" }\n' },
		{ path: 'data/sources.json', text: '{ "sources": [] }\n' }
	];

	it('zips every file at its place in the repository, byte for byte', () => {
		const unzipped = unzipSync(changesetArchive(files));
		expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path));
		for (const f of files) expect(strFromU8(unzipped[f.path] ?? new Uint8Array())).toBe(f.text);
	});

	it('zips the same files to the same bytes', () => {
		expect(changesetArchive(files)).toEqual(changesetArchive(files));
	});
});

describe('download names', () => {
	it('mark files and archives that do not pass the check yet', () => {
		expect(archiveName(false)).toBe('openness-spectrum-changeset.zip');
		expect(archiveName(true)).toMatch(/WITH-ERRORS\.zip$/);
		expect(draftFileName('data/leaders/ada-lovelace.json', false)).toBe('ada-lovelace.json');
		expect(draftFileName('data/leaders/ada-lovelace.json', true)).toBe(
			'ada-lovelace.WITH-ERRORS.json'
		);
	});
});
