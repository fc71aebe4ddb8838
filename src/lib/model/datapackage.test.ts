import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { CSV_COLUMNS, datasetCsv } from './dataset-csv.ts';
import { dataPackage, type TableField } from './datapackage.ts';

const TABLE_TYPES = new Set([
	'string',
	'number',
	'integer',
	'boolean',
	'date',
	'datetime',
	'year',
	'yearmonth'
]);

/** Whether a CSV cell is valid for a Table Schema field (the constraints this package uses). */
function cellProblem(field: TableField, cell: string): string | null {
	const c = field.constraints ?? {};
	if (cell === '') return c.required ? 'required' : null;
	if (field.type === 'integer') {
		if (!/^-?\d+$/.test(cell)) return 'not an integer';
		const n = Number(cell);
		if (c.minimum !== undefined && n < c.minimum) return 'below minimum';
		if (c.maximum !== undefined && n > c.maximum) return 'above maximum';
	}
	if (c.enum && !c.enum.includes(cell)) return `not one of ${c.enum.join(', ')}`;
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return 'does not match pattern';
	if (field.format === 'uri' && !/^https:\/\//.test(cell)) return 'not an address';
	return null;
}

describe('dataPackage', () => {
	const dataset = testDataset();
	const pkg = dataPackage(dataset);
	const csv = pkg.resources.find((r) => r.path === 'openness-spectrum.csv');

	it('follows the Data Package spec: a lower-case name, and each resource a name and a path', () => {
		expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
		expect(pkg.version).toBe(dataset.meta.version);
		for (const resource of pkg.resources) {
			expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
			expect(resource.path).not.toMatch(/^\/|\.\./);
		}
		expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
	});

	it("describes the CSV with a field for every column, in the file's order, of known types", () => {
		const fields = csv?.schema?.fields ?? [];
		expect(fields.map((f) => f.name)).toEqual([...CSV_COLUMNS]);
		for (const field of fields) {
			expect(TABLE_TYPES.has(field.type)).toBe(true);
			expect(field.description.length).toBeGreaterThan(0);
		}
	});

	it('holds for every cell of the CSV the site serves', () => {
		const fields = csv?.schema?.fields ?? [];
		const rows = csvParse(datasetCsv(dataset));
		expect(rows.columns).toEqual(fields.map((f) => f.name));
		const problems = rows.flatMap((row, i) =>
			fields.flatMap((field) => {
				const problem = cellProblem(field, row[field.name] ?? '');
				return problem ? [`row ${i + 1} ${field.name}: ${problem}`] : [];
			})
		);
		expect(problems).toEqual([]);
		expect(rows.length).toBeGreaterThan(0);
	});

	it('and a cell out of its field is caught: the check above can fail', () => {
		const position = csv?.schema?.fields.find((f) => f.name === 'position');
		if (!position) throw new Error('no position field');
		expect(cellProblem(position, '5')).toBe('above maximum');
		expect(cellProblem(position, '')).toBe('required');
	});
});
