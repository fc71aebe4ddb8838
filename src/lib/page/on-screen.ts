/**
 * Whether an element is on screen (or within `margin` of it), reported through `set` as it
 * changes: an attachment (`{@attach onScreen((seen) => (visible = seen))}`). Charts use it to
 * draw every move only where a reader can see it; where IntersectionObserver is missing (the
 * server, old browsers) nothing is reported and the caller's default stands.
 */
import type { Attachment } from 'svelte/attachments';

export function onScreen(set: (seen: boolean) => void, margin = '200px'): Attachment {
	return (element) => {
		if (typeof IntersectionObserver === 'undefined') return;
		const observer = new IntersectionObserver(
			(entries) => {
				const entry = entries.at(-1);
				if (entry) set(entry.isIntersecting);
			},
			{ rootMargin: margin }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
