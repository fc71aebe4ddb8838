// Every page is prerendered: the charts and every citation are in the HTML before any script runs.
export const prerender = true;
