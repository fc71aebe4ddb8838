import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { formatDataFile } from './format.ts';

describe('formatDataFile', () => {
	it('indents with tabs and ends with a newline', () => {
		expect(formatDataFile({ a: [1] })).toBe('{\n\t"a": [\n\t\t1\n\t]\n}\n');
	});

	for (const file of readDataDir('data')) {
		it(`${file.path} is stored in the canonical format (npm run format:data)`, () => {
			expect(file.text).toBe(formatDataFile(JSON.parse(file.text)));
		});
	}
});
