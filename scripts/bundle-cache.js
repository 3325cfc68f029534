/**
 * Built JavaScript for Node, cached: an entry file is bundled by esbuild (a few hundred milliseconds) into
 * `node_modules/.ngit-sim/<name>.mjs` and rebuilt only when one of the files it was built from is newer than the
 * bundle. The worker threads (src/engine/node-worker-bundle.ts) and the command lines (scripts/cli.js) start from
 * these bundles, so that no process compiles TypeScript at start-up (issue 13: tsx took about 0.4 s and 40 MB a
 * process, and each worker thread paid it again).
 *
 * Plain JavaScript, so that scripts/cli.js can use it before anything can compile TypeScript; typed by
 * bundle-cache.d.ts. The directory sits two levels below the project, as every source file of the bundle does, so
 * that `new URL('../../…', import.meta.url)` in a bundled module still finds the project's files.
 */
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** the project: the nearest directory up from this module (or the bundle it was built into) with our package.json */
function projectRoot() {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const pkg = new URL('package.json', dir);
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'ngit-policy-sim')
      return fileURLToPath(dir);
    if (dir.pathname === '/')
      throw new Error(`bundle-cache: no ngit-policy-sim package above ${import.meta.url}`);
  }
}
export const ROOT = projectRoot();
const CACHE_DIR = `${ROOT}node_modules/.ngit-sim/`;
/** first line of a bundle's inputs file: a cache written by an older version of this module is rebuilt */
const FORMAT = '# ngit-sim node bundle 4';

function isFresh(out, inputsFile) {
  if (!existsSync(out) || !existsSync(inputsFile)) return false;
  const built = statSync(out).mtimeMs;
  const [format, ...files] = readFileSync(inputsFile, 'utf8').split('\n');
  if (format !== FORMAT) return false;
  for (const rel of files) {
    if (!rel) continue;
    const file = `${ROOT}${rel}`;
    if (!existsSync(file) || statSync(file).mtimeMs > built) return false;
  }
  return true;
}

/**
 * Bundles `entry` (a path relative to the project) as `name` if the bundle is missing or older than any of its
 * sources, and returns the bundle's file URL.
 */
export function nodeBundle(name, entry) {
  const out = `${CACHE_DIR}${name}.mjs`;
  /** the source files the bundle was built from, one path (relative to the project) a line */
  const inputsFile = `${CACHE_DIR}${name}.inputs`;
  if (!isFresh(out, inputsFile)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    // written under a name of this process's own, then renamed: processes building at once (parallel tests)
    // never see a half-written file
    const tmp = `${out}.${process.pid}.tmp`;
    const result = buildSync({
      entryPoints: [`${ROOT}${entry}`],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      absWorkingDir: ROOT,
      // esbuild itself stays a package: a bundle that starts threads builds their bundles with it
      external: ['esbuild'],
      metafile: true,
      logLevel: 'silent',
    });
    // the project's sources, and the lock file for the dependencies bundled in (comlink, zod, seedrandom)
    const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
    inputs.push('package-lock.json');
    renameSync(tmp, out);
    writeFileSync(`${inputsFile}.${process.pid}.tmp`, `${[FORMAT, ...inputs].join('\n')}\n`);
    renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  }
  return pathToFileURL(out);
}
