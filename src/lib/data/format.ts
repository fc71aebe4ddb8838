/**
 * How data files are stored: JSON indented with tabs, ending in a newline. One definition, shared
 * by `npm run format:data`, the test that keeps data/ canonical, and the editor page's download,
 * so a file an editor downloads commits with a diff of only what they changed.
 */
export function formatDataFile(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
