import { describe, expect, it, vi } from 'vitest';
import type { StanceView } from '$lib/model/dataset';
import { openInPlace } from './open-in-place.ts';

const stance = { id: 's' } as StanceView;
const link = {} as HTMLElement;

function click(keys: Partial<Pick<MouseEvent, 'metaKey' | 'ctrlKey' | 'shiftKey'>> = {}) {
	const preventDefault = vi.fn();
	const event = {
		metaKey: false,
		ctrlKey: false,
		shiftKey: false,
		...keys,
		currentTarget: link,
		preventDefault
	} as unknown as MouseEvent;
	return { event, preventDefault };
}

describe('openInPlace', () => {
	it('opens the panel on a plain click, instead of following the link', () => {
		const onopen = vi.fn();
		const { event, preventDefault } = click();
		openInPlace(event, stance, onopen);
		expect(onopen).toHaveBeenCalledWith(stance, link);
		expect(preventDefault).toHaveBeenCalled();
	});

	it('follows the link when a modifier asks for it, or when there is no panel', () => {
		for (const keys of [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }]) {
			const onopen = vi.fn();
			const { event, preventDefault } = click(keys);
			openInPlace(event, stance, onopen);
			expect(onopen).not.toHaveBeenCalled();
			expect(preventDefault).not.toHaveBeenCalled();
		}
		const { event, preventDefault } = click();
		openInPlace(event, stance, undefined);
		expect(preventDefault).not.toHaveBeenCalled();
	});
});
