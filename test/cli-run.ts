/**
 * `npm run simulate -- --scenario FILE` as the tests run it: the built command line (scripts/cli.js) in a child
 * process, 100 runs, quiet, the result written to `out`. Shared by the unit and end-to-end tests of one verdict.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

export function simulateFile(file: string, out: string) {
  return spawnSync(
    process.execPath,
    [join(root, 'scripts/cli.js'), 'simulate', '--scenario', file, '--runs', '100', '--quiet', '--out', out],
    { encoding: 'utf8', timeout: 120_000 },
  );
}
