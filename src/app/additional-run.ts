/**
 * The code of the honest cost's paired run (the engine's paired runner, its worker transport and the effect computed
 * from its summary), loaded by ./additional.svelte.ts on the first paired run: it starts only after the main run has
 * finished, so the first picture does not wait for it, and the model's same-thread kernel it carries stays out of the
 * main chunk.
 */
export { additionalEffect } from '../engine/paired.ts';
export { PairedRunner, spawnPairedWorker } from '../engine/paired-runner.ts';
