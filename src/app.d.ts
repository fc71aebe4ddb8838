// See https://svelte.dev/docs/kit/types#app.d.ts
import type { MetaFile } from '$lib/data/schema';
import type { SiteAddress } from '$lib/server/site';

declare global {
	namespace App {
		/** What the root layout gives every page (src/routes/+layout.server.ts). */
		interface PageData {
			/** The dataset's version and date. */
			meta?: MetaFile;
			/** Where the site is published, from the build's environment. */
			site?: SiteAddress;
		}
	}
}

export {};
