import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

// Static hosts (GitHub Pages, Netlify, most others) serve build/404.html for any address they do
// not have. It is a plain page without script: its client would not know the address it was
// served at. Every link in it is absolute (paths.relative is false), so it works at any depth.
export const csr = false;

export const load = (() => {
	const { leaders } = loadDataset();
	return {
		leaders: leaders.map(({ id, name, role }) => ({ id, name, reference: role === 'reference' }))
	};
}) satisfies PageServerLoad;
