/**
 * What a Your call slide needs once it is presented, loaded on demand when the deck first shows
 * one: the live slide, the keys' reducer and what a screen reader hears. The deck's first load
 * carries only the still slide (CallSlide).
 */
export { default as CallVotes } from './CallVotes.svelte';
export { CALL_START, callAnnouncement, countLevel, nextCallState } from './call-state.ts';
