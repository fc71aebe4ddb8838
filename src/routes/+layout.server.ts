import { loadDataset } from '$lib/server/dataset';
import { siteAddress, tellWhatIsLeftOut } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

const site = siteAddress();

// Every page's footer names the dataset version, so a citation of the site stays reproducible;
// `site` is where it is published, if the build was told (canonical addresses, share images, the
// link to contest a reading).
export const load = (() => {
	tellWhatIsLeftOut(site);
	const { meta } = loadDataset();
	return { meta, site };
}) satisfies LayoutServerLoad;
