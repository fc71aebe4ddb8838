/**
 * Keeps a native `<dialog>` shown as a modal while `open` is true and closed otherwise:
 * `<dialog {@attach modalOpen(open)}>`. Escape and the dialog's own close still fire `close`,
 * so the owner hears about every way it shuts.
 */
import type { Attachment } from 'svelte/attachments';

export function modalOpen(open: boolean): Attachment<HTMLDialogElement> {
	return (dialog) => {
		if (open && !dialog.open) dialog.showModal();
		if (!open && dialog.open) dialog.close();
	};
}
