/**
 * The code editor's look, from the site's theme tokens (src/app.css): every colour is a CSS
 * variable that holds a light and a dark value, so one theme follows the reader's setting. Syntax
 * colours meet 4.5:1 against the editor's background in both.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';

const editorTheme = EditorView.theme({
	'&': {
		height: '100%',
		color: 'var(--text)',
		backgroundColor: 'var(--surface)',
		fontSize: '0.875rem'
	},
	'&.cm-focused': { outline: 'none' },
	'.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5', overflow: 'auto' },
	'.cm-content': { padding: '0.5rem 0', caretColor: 'var(--text)' },
	'.cm-line': { padding: '0 0.6rem' },
	'.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)', borderLeftWidth: '2px' },
	'&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
		{ backgroundColor: 'var(--accent-soft)' },
	'.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent-soft) 45%, transparent)' },
	'.cm-gutters': {
		backgroundColor: 'var(--bg)',
		color: 'var(--muted)',
		borderRight: '1px solid var(--rule)'
	},
	'.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--text)' },
	'.cm-foldPlaceholder': {
		backgroundColor: 'var(--accent-soft)',
		border: '1px solid var(--rule)',
		color: 'var(--text)'
	},
	'&.cm-focused .cm-matchingBracket': {
		backgroundColor: 'var(--accent-soft)',
		outline: '1px solid var(--accent)'
	},
	'&.cm-focused .cm-nonmatchingBracket': { outline: '1px solid var(--focus)' },
	'.cm-searchMatch': { backgroundColor: 'var(--warn-bg)', outline: '1px solid var(--warn-text)' },
	'.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--accent-soft)' },
	'.cm-panels': {
		backgroundColor: 'var(--bg)',
		color: 'var(--text)',
		borderColor: 'var(--rule)'
	},
	'.cm-panel input, .cm-panel button, .cm-textfield, .cm-button': {
		color: 'var(--text)',
		backgroundColor: 'var(--surface)',
		backgroundImage: 'none',
		border: '1px solid var(--rule)',
		minHeight: '24px'
	},
	'.cm-tooltip': {
		backgroundColor: 'var(--surface)',
		color: 'var(--text)',
		border: '1px solid var(--rule)',
		borderRadius: 'var(--radius)',
		maxWidth: 'min(32rem, 90vw)'
	},
	'.cm-tooltip-autocomplete > ul > li': { padding: '0.15rem 0.5rem' },
	'.cm-tooltip-autocomplete > ul > li[aria-selected]': {
		backgroundColor: 'var(--accent)',
		color: 'var(--surface)'
	},
	'.cm-completionDetail': { color: 'inherit', opacity: '0.85', marginLeft: '0.8em' },
	'.cm-completionInfo': { padding: '0.4rem 0.6rem', fontFamily: 'var(--font-body)' },
	'.cm-diagnostic': { fontFamily: 'var(--font-body)', padding: '0.3rem 0.6rem' },
	'.cm-diagnostic-error': { borderLeftColor: 'var(--focus)' },
	'.cm-diagnostic-warning': { borderLeftColor: 'var(--warn-text)' },
	'.cm-diagnosticSource': { color: 'var(--muted)', opacity: '1' }
});

const highlight = HighlightStyle.define([
	{ tag: tags.propertyName, color: 'var(--accent)' },
	{ tag: tags.string, color: 'light-dark(#1d6b3a, #8fd6a4)' },
	{ tag: tags.number, color: 'light-dark(#8a3b00, #f2b179)' },
	{ tag: [tags.bool, tags.null], color: 'light-dark(#6b2d8f, #d7b0f2)' },
	{ tag: tags.invalid, color: 'var(--focus)' }
]);

/** The theme and the syntax colours. */
export const draftTheme: Extension = [editorTheme, syntaxHighlighting(highlight)];
