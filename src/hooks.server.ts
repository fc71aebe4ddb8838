import type { HandleServerError } from '@sveltejs/kit';
import { InvalidDatasetError } from '$lib/server/dataset-from';

// An invalid dataset is the editor's error, not an internal one: show them the validator's
// message (file:line:column for each problem) instead of a bare "Internal Error".
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof InvalidDatasetError) return { message: error.message };
	return { message: 'Internal Error' };
};
