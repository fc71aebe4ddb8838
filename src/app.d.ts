// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SiteAddress } from '$lib/server/site';

declare global {
	namespace App {
		interface PageData {
			/** Where the site is published (root layout, from the build's environment). */
			site?: SiteAddress;
		}
	}
}

export {};
