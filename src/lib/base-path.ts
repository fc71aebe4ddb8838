/**
 * The base path the site is built for ("" or e.g. "/openness-spectrum"): the same value as
 * SvelteKit's `paths.base` (see base-path.js at the root, which both configs read). A constant
 * written into the code at build time, so every link through it costs readers nothing. Links are
 * absolute (`paths.relative` is false), so the one value serves prerendering and the browser alike.
 */
declare const __BASE_PATH__: string;

export const base: string = __BASE_PATH__;
