import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeWorkerBundle } from '../../../src/engine/node-worker-bundle.ts';

describe('the Node worker bundle', () => {
  it('is plain JavaScript built from the worker and the kernel, reused while no source is newer', () => {
    const file = fileURLToPath(nodeWorkerBundle());
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('simulatePath');
    expect(code).not.toMatch(/from ["']tsx/); // the thread no longer registers a TypeScript loader
    const inputs = readFileSync(file.replace(/\.mjs$/, '.inputs'), 'utf8').split('\n');
    expect(inputs).toEqual(
      expect.arrayContaining([
        'workers/node.worker.ts',
        'src/model/simulate.ts',
        'src/stats/rng.ts',
        'package-lock.json',
      ]),
    );
    const built = statSync(file).mtimeMs;
    nodeWorkerBundle();
    expect(statSync(file).mtimeMs).toBe(built);
  });

  it("also builds the command line's paired-run thread, without a TypeScript loader", () => {
    const file = fileURLToPath(nodeWorkerBundle('paired-worker'));
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('runPairedChunks');
    expect(code).not.toMatch(/from ["']tsx/);
    const inputs = readFileSync(file.replace(/\.mjs$/, '.inputs'), 'utf8').split('\n');
    expect(inputs).toEqual(expect.arrayContaining(['workers/paired.worker.ts', 'src/engine/paired.ts']));
  });
});
