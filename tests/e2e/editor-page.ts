/**
 * The editor's desk as the end-to-end tests drive it: open it once the checker (a worker) and the
 * code editor (CodeMirror) are up, and read the draft and the cursor as CodeMirror holds them.
 */
import { expect, type Page } from '@playwright/test';

/** The draft's editable text (CodeMirror's content element, named by its label). */
export const draftEditor = (page: Page) => page.getByRole('textbox', { name: 'The file, as JSON' });

/** The status line of the check. */
export const checkStatus = (page: Page) =>
	page.getByRole('status').filter({ hasText: /error|valid|empty/ });

export async function openDesk(page: Page, path = '/editor') {
	await page.goto(path);
	await expect(page.locator('[data-checker="ready"]')).toBeAttached();
	await expect(page.locator('[data-editor="code"]')).toBeAttached();
}

/**
 * The text and the selection CodeMirror holds. Its view hangs on the content element (`cmTile`,
 * an internal of @codemirror/view, pinned in package.json): the text is read whole, not from the
 * lines on screen (CodeMirror draws only those in view).
 */
export function editorState(page: Page): Promise<{ text: string; selection: [number, number] }> {
	return page.locator('.cm-content').evaluate((element) => {
		type View = {
			state: { doc: { toString(): string }; selection: { main: { from: number; to: number } } };
		};
		const view = (element as { cmTile?: { root?: { view?: View } } }).cmTile?.root?.view;
		if (!view) throw new Error('No CodeMirror view on .cm-content: has @codemirror/view changed?');
		const { from, to } = view.state.selection.main;
		return { text: view.state.doc.toString(), selection: [from, to] as [number, number] };
	});
}

/** Waits until the draft holds exactly `text`. */
export async function expectDraft(page: Page, text: string) {
	await expect.poll(async () => (await editorState(page)).text).toBe(text);
}

/** 1-based line and column of the first occurrence of `needle`, plus `shift` characters. */
export function place(text: string, needle: string, shift = 0) {
	const offset = text.indexOf(needle) + shift;
	const before = text.slice(0, offset);
	return { offset, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Waits until the draft's text matches `pattern`. */
export async function expectDraftMatching(page: Page, pattern: RegExp) {
	await expect.poll(async () => (await editorState(page)).text).toMatch(pattern);
}

/**
 * Replaces the whole draft with `text` as an editor would: select all, then paste. (Playwright's
 * `fill` selects what the page has drawn, and CodeMirror draws only the lines near the view.)
 */
export async function replaceDraft(page: Page, text: string) {
	await draftEditor(page).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText(text);
	await expectDraft(page, text);
}
