/**
 * The insight tools' code (src/insight: the tornado, goal seek and attribution), loaded by ./insight.svelte.ts on the
 * first request: the first picture never needs it.
 */
export { attribution } from '../insight/attribution.ts';
export { goalSeek } from '../insight/goal-seek.ts';
export { sensitivity } from '../insight/sensitivity.ts';
