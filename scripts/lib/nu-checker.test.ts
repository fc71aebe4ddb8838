import { describe, expect, it } from 'vitest';
import { formatNuMessage, nuErrors, type NuMessage } from './nu-checker.ts';

const wrap: NuMessage = {
	type: 'error',
	url: 'file:/site/build/editor.html',
	lastLine: 50,
	firstColumn: 244,
	lastColumn: 458,
	message: 'Bad value “off” for attribute “wrap” on element “textarea”.',
	extract: '<textarea\n  wrap="off">'
};

describe('nuErrors', () => {
	it('keeps errors and unreadable files, drops info and warnings', () => {
		const unreadable: NuMessage = { type: 'non-document-error', message: 'File not found.' };
		const warning: NuMessage = {
			type: 'info',
			subType: 'warning',
			message: 'Article lacks heading.'
		};
		const info: NuMessage = { type: 'info', message: 'Trailing slash on void elements.' };
		expect(nuErrors([wrap, warning, unreadable, info])).toEqual([wrap, unreadable]);
	});
});

describe('formatNuMessage', () => {
	it('names the file relative to the project, the line and column, and the markup', () => {
		expect(formatNuMessage(wrap, '/site')).toBe(
			'build/editor.html:50:244  Bad value “off” for attribute “wrap” on element “textarea”.  «<textarea wrap="off">»'
		);
	});
});
