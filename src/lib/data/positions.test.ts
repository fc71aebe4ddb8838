import { describe, expect, it } from 'vitest';
import { JsonLocator, type JsonPath } from './positions.ts';

describe('JsonLocator', () => {
	const text = [
		'{',
		'\t"name": "Ada",',
		'\t"stances": [',
		'\t\t{ "id": "x", "position": 5 },',
		'\t\t{',
		'\t\t\t"citatons": []',
		'\t\t}',
		'\t]',
		'}',
		''
	].join('\n');
	const at = (path: JsonPath, target?: 'value' | 'key') => {
		const { line, column } = new JsonLocator(text).positionOf(path, target);
		return `${line}:${column}`;
	};

	it("points at a value's first character", () => {
		expect(at(['name'])).toBe('2:10');
		expect(at(['stances', 0, 'position'])).toBe('4:28');
		expect(at(['stances', 1])).toBe('5:3');
		expect(at(['stances'])).toBe('3:13');
		expect(at([])).toBe('1:1');
	});

	it("points at a key's name when asked for the key (an unknown key)", () => {
		expect(at(['stances', 1, 'citatons'], 'key')).toBe('6:4');
		expect(at(['name'], 'key')).toBe('2:2');
	});

	it('points at the enclosing object for a key that is missing', () => {
		expect(at(['stances', 1, 'quote'])).toBe('5:3');
		expect(at(['stances', 1, 'quote'], 'key')).toBe('5:3');
		expect(at(['stances', 7, 'id'])).toBe('3:13');
		expect(at(['nothing', 'here'])).toBe('1:1');
	});

	it('turns offsets into lines and columns', () => {
		const locator = new JsonLocator('ab\ncd\r\nef\rgh');
		expect(locator.positionOfOffset(0)).toEqual({ line: 1, column: 1 });
		expect(locator.positionOfOffset(4)).toEqual({ line: 2, column: 2 });
		expect(locator.positionOfOffset(7)).toEqual({ line: 3, column: 1 });
		expect(locator.positionOfOffset(10)).toEqual({ line: 4, column: 1 });
	});
});
