/**
 * What the explore view loads only when a reader asks more of it (evidence and versions, the
 * notes under the spectra, drawing from chosen evidence): one module, so the view's first load
 * carries one small import of it instead of one per part.
 */
export { default as EvidenceAndVersions } from './EvidenceAndVersions.svelte';
export { default as ViewNotes } from './ViewNotes.svelte';
export { modelDrawingFrom } from './drawn-model.ts';
