// Citation.js ships no types: the part of @citation-js/core that cite-formats.ts uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string;
	}
}
