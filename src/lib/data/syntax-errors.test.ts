import { describe, expect, it } from 'vitest';
import { findSyntaxErrors } from './syntax-errors.ts';

/** `line:column message` for each syntax error. */
function syntax(text: string): string[] {
	return findSyntaxErrors(text).map((e) => `${e.line}:${e.column} ${e.message}`);
}

describe('findSyntaxErrors', () => {
	it('finds nothing wrong in valid JSON', () => {
		expect(syntax('{\n\t"a": [1, 2, {"b": null}]\n}\n')).toEqual([]);
	});

	it('reports a trailing comma at the comma, in objects and in lists', () => {
		expect(syntax('{\n\t"a": 1,\n}\n')).toEqual(['2:8 unexpected trailing comma']);
		expect(syntax('{\n\t"a": [1, 2,]\n}\n')).toEqual(['2:12 unexpected trailing comma']);
		expect(syntax('{"a": [{"b": 1,}],}')).toEqual([
			'1:15 unexpected trailing comma',
			'1:18 unexpected trailing comma'
		]);
	});

	it('reports a missing closing brace or bracket, naming where it was opened', () => {
		expect(syntax('{\n\t"a": {\n\t\t"b": 1\n}\n')).toEqual([
			'5:1 missing closing brace "}" for the "{" at 1:1'
		]);
		expect(syntax('{\n\t"a": [\n\t\t1\n}')).toEqual([
			'4:1 missing closing bracket "]" for the "[" at 2:7',
			'4:2 missing closing brace "}" for the "{" at 1:1'
		]);
	});

	it('reports each comment', () => {
		expect(syntax('{\n\t// a note\n\t"a": 1 /* another */\n}')).toEqual([
			'2:2 comments are not allowed in JSON',
			'3:9 comments are not allowed in JSON'
		]);
	});

	it('reports a missing comma at the end of the line that lacks it', () => {
		expect(syntax('{\n\t"a": 1\n\t"b": 2\n}')).toEqual([
			'2:8 missing comma at the end of this line'
		]);
		expect(syntax('[\n\t{ "a": 1 }\n\n\t{ "b": 2 }\n]')).toEqual([
			'2:12 missing comma at the end of this line'
		]);
		expect(syntax('{\n\t"a": "x"\r\n\t"b": 2\n}')).toEqual([
			'2:10 missing comma at the end of this line'
		]);
		// On one line, it is said before the item that follows.
		expect(syntax('{"a": 1 "b": 2}')).toEqual(['1:9 missing comma']);
	});

	it('reports other mistakes in plain words', () => {
		expect(syntax('{"a": 1,, "b": 2}')).toEqual(['1:9 unexpected extra comma']);
		expect(syntax('{"a": }')).toEqual(['1:7 expected a value']);
		expect(syntax('{"a" 1}')).toEqual(['1:6 missing colon after the property name']);
		expect(syntax('{"a": "text\n}')).toEqual([
			'1:7 unterminated string: missing closing double quote'
		]);
		expect(syntax('{"a": 1}}')).toEqual(['1:9 unexpected text after the end of the JSON']);
		expect(syntax("{'a': 1}")[0]).toBe(
			'1:2 unexpected text: strings need double quotes, and only true, false and null are bare words'
		);
	});

	it('reports an empty file', () => {
		expect(syntax('')).toEqual(['1:1 the file is empty: expected a JSON object']);
		expect(syntax(' \n')).toEqual(['1:1 the file is empty: expected a JSON object']);
	});

	it('counts lines the way editors do, with Windows line ends too', () => {
		expect(syntax('{\r\n\t"a": 1,\r\n}')).toEqual(['2:8 unexpected trailing comma']);
	});
});
