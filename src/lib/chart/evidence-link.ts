/**
 * Where a mark links when no script runs: the page that holds its stance's evidence. Pages with
 * the evidence list on them (/explore, /leaders/<id>) keep the default, `#<stance id>`; a page
 * without it (the story) sets `leaderPageLink` for every chart inside it, so no mark ever points
 * at an anchor that is not there.
 */
import { base } from '$lib/base-path';
import { getContext, setContext } from 'svelte';
import type { StanceView } from '$lib/model/dataset';

export type EvidenceLink = (stance: StanceView) => string;

const KEY = Symbol('evidence-link');

export const samePageLink: EvidenceLink = (stance) => `#${stance.id}`;
export const leaderPageLink: EvidenceLink = (stance) =>
	`${base}/leaders/${stance.leaderId}#${stance.id}`;

/** Sets the link of every mark in the calling component's subtree. Call during initialisation. */
export function setEvidenceLink(link: EvidenceLink): void {
	setContext(KEY, link);
}

/** The link for marks here: the nearest `setEvidenceLink`, else the same page. */
export function evidenceLink(): EvidenceLink {
	return getContext<EvidenceLink | undefined>(KEY) ?? samePageLink;
}
