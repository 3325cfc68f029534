/**
 * The Node worker threads as built JavaScript files, so that a thread starts without compiling TypeScript.
 *
 * A thread started from a `.ts` file has to register tsx and compile the engine and the model at start-up, which
 * ate most of the second core's gain on the command line (issue 13). Instead `workers/node.worker.ts` is bundled
 * once by esbuild (a few hundred milliseconds) into `node_modules/.cache/ngit-sim/`, and rebuilt only when one of
 * the files it was built from is newer than the bundle. A fresh clone builds it on the first `npm run simulate`
 * with `--workers` above 1 (or the first test that starts a Node pool).
 */
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = `${ROOT}node_modules/.cache/ngit-sim/`;
/** the worker threads the command line starts: the pool's worker, and the paired run's thread */
const ENTRIES = {
  'node-worker': 'workers/node.worker.ts',
  'paired-worker': 'workers/paired.worker.ts',
} as const;
export type WorkerBundle = keyof typeof ENTRIES;
/** first line of a bundle's inputs file: a cache written by an older version of this module is rebuilt */
const FORMAT = '# ngit-sim node worker bundle 3';

function isFresh(OUT: string, INPUTS: string): boolean {
  if (!existsSync(OUT) || !existsSync(INPUTS)) return false;
  const built = statSync(OUT).mtimeMs;
  const [format, ...files] = readFileSync(INPUTS, 'utf8').split('\n');
  if (format !== FORMAT) return false;
  for (const rel of files) {
    if (!rel) continue;
    const file = `${ROOT}${rel}`;
    if (!existsSync(file) || statSync(file).mtimeMs > built) return false;
  }
  return true;
}

/** Builds a worker bundle if it is missing or older than any of its sources; returns its file URL. */
export function nodeWorkerBundle(name: WorkerBundle = 'node-worker'): URL {
  const ENTRY = `${ROOT}${ENTRIES[name]}`;
  const OUT = `${CACHE_DIR}${name}.mjs`;
  /** the source files the bundle was built from, one path (relative to the project) a line */
  const INPUTS = `${CACHE_DIR}${name}.inputs`;
  if (!isFresh(OUT, INPUTS)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    // written under a name of this process's own, then renamed: processes building at once (parallel tests)
    // never see a half-written file
    const tmp = `${OUT}.${process.pid}.tmp`;
    const result = buildSync({
      entryPoints: [ENTRY],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      absWorkingDir: ROOT,
      metafile: true,
      logLevel: 'silent',
    });
    // the project's sources, and the lock file for the dependencies bundled in (comlink, zod, seedrandom)
    const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
    inputs.push('package-lock.json');
    renameSync(tmp, OUT);
    writeFileSync(`${INPUTS}.${process.pid}.tmp`, `${[FORMAT, ...inputs].join('\n')}\n`);
    renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
  }
  return new URL(`file://${OUT}`);
}
