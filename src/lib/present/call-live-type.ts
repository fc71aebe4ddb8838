/** The on-demand module of a live Your call slide, as a type: importing it ships no code. */
export type CallLive = typeof import('./call-live.ts');
