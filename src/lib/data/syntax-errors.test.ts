import { describe, expect, it } from 'vitest';
import { typographicMessage, UNESCAPED_QUOTE_MESSAGE } from './syntax-causes.ts';
import { findSyntaxErrors } from './syntax-errors.ts';

const CURLY = typographicMessage('“');
const CLOSING_CURLY = typographicMessage('”');

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

	describe('typographic quotation marks used as JSON syntax', () => {
		it('are one problem, at the first mark, that names the cause and the fix', () => {
			expect(CURLY).toBe(
				'typographic quotation mark “ used as JSON syntax: JSON needs straight quotes ("); replace “ and ” around keys and values'
			);
			// jsonc-parser alone: four errors (two unexpected texts, a property name and a value expected).
			expect(syntax('{ “asOf”: “2025-01” }')).toEqual([`1:3 ${CURLY}`]);
			expect(syntax('{\n\t"asOf": ”2025-01”\n}')).toEqual([`2:10 ${CLOSING_CURLY}`]);
		});

		it('are found where a straight quote opened and a curly one closed, or the reverse', () => {
			expect(syntax('{"asOf”: "2025-01"}')).toEqual([`1:7 ${CLOSING_CURLY}`]);
			expect(syntax('{\n\t"asOf": "2025-01”,\n\t"position": 2\n}')).toEqual([
				`2:18 ${CLOSING_CURLY}`
			]);
			expect(syntax('{\n\t"asOf": "2025-01”\n}')).toEqual([`2:18 ${CLOSING_CURLY}`]);
			expect(syntax('{\n\t"asOf": “2025-01"\n}')).toEqual([`2:10 ${CURLY}`]);
		});

		it('are one problem for a block pasted at once, and one per block', () => {
			const pasted =
				'{\n\t“asOf”: “2025-01”,\n\t“position”: 2,\n\t"summary": "ok",\n\t"id": “x”\n}';
			expect(syntax(pasted)).toEqual([`2:2 ${CURLY} (lines 2 to 3)`, `5:8 ${CURLY}`]);
		});

		it('name single curly quotes too, but leave an apostrophe alone', () => {
			expect(syntax('{ ‘asOf’: ‘2025’ }')).toEqual([
				'1:3 typographic quotation mark ‘ used as JSON syntax: JSON needs straight quotes ("); replace ‘ and ’ around keys and values'
			]);
			expect(syntax('{ "quote": “it’s open” }')).toEqual([`1:12 ${CURLY}`]);
		});

		it('are text inside a string: never reported, even beside another mistake', () => {
			expect(syntax('{\n\t"quote": "he said “open” models",\n\t"b": 1\n}')).toEqual([]);
			expect(syntax('{\n\t"quote": "he said “open” models"\n\t"b": 1\n}')).toEqual([
				'2:34 missing comma at the end of this line'
			]);
			expect(syntax('{ "quote": "“open”", "b": 1,}')).toEqual(['1:28 unexpected trailing comma']);
		});

		it('leave the mistakes after them to be reported as usual', () => {
			expect(syntax('{\n\t“asOf”: “2025-01”,\n\t"a": 1,\n}')).toEqual([
				`2:2 ${CURLY}`,
				'3:8 unexpected trailing comma'
			]);
		});
	});

	describe('a " inside a string', () => {
		it('is one problem, at the quote that ends the string early, saying to write \\"', () => {
			expect(UNESCAPED_QUOTE_MESSAGE).toBe(
				'unescaped " ends the string early: write \\" for a quotation mark inside a string (or “ and ”, if the source uses curly quotes)'
			);
			// jsonc-parser alone: an unexpected text, a missing comma and a missing colon.
			expect(syntax('{\n\t"quote": "he said "open" models",\n\t"b": 1\n}')).toEqual([
				`2:20 ${UNESCAPED_QUOTE_MESSAGE}`
			]);
			expect(syntax('{\n\t"quote": "he said "open" models"\n}')).toEqual([
				`2:20 ${UNESCAPED_QUOTE_MESSAGE}`
			]);
		});

		it('is found with one quote or several inside, and on a line of compact JSON', () => {
			expect(syntax('{\n\t"quote": "he said "open models",\n\t"b": 1\n}')).toEqual([
				`2:20 ${UNESCAPED_QUOTE_MESSAGE}`
			]);
			expect(syntax('{\n\t"quote": "the "Open" lab said "no"",\n\t"b": 1\n}')).toEqual([
				`2:16 ${UNESCAPED_QUOTE_MESSAGE}`
			]);
			expect(syntax('{"quote": "he said "open" models", "b": "x",}')).toEqual([
				`1:20 ${UNESCAPED_QUOTE_MESSAGE}`,
				'1:44 unexpected trailing comma'
			]);
		});

		it('is found when the quoted words end in a comma, and the rest of the line is read as one string', () => {
			expect(syntax('{\n\t"quote": "he said "no", then left",\n\t"b": 1,\n}')).toEqual([
				`2:20 ${UNESCAPED_QUOTE_MESSAGE}`,
				'3:8 unexpected trailing comma'
			]);
		});

		it('is not mistaken for a missing comma between two strings', () => {
			expect(syntax('["a" "b"]')).toEqual(['1:6 missing comma']);
			expect(syntax('[\n\t"a"\n\t"b"\n]')).toEqual(['2:5 missing comma at the end of this line']);
		});

		it('is reported beside the other kind of mistake, each once', () => {
			expect(syntax('{\n\t"quote": "he said "open" models",\n\t"b": 1,\n\t"c": “x”\n}')).toEqual([
				`2:20 ${UNESCAPED_QUOTE_MESSAGE}`,
				`4:7 ${CURLY}`
			]);
		});
	});

	it('answers a large file that is no JSON at all, full of quotation marks, quickly', () => {
		const text = '{\n' + '\t"a": "he said "x" and “y”" “z”,\n'.repeat(20_000) + '}';
		const started = performance.now();
		const errors = syntax(text);
		expect(errors.length).toBeGreaterThan(0);
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});
