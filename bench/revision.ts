/**
 * The "before" of `npm run bench`: the project at another git revision, checked out in a temporary worktree for the
 * length of the run. BENCH_BEFORE=<rev> names it; by default the merge-base of HEAD with main, or HEAD~1 when HEAD is
 * on main. Its node_modules is a folder of links to this checkout's packages without the built-bundle cache
 * (node_modules/.ngit-sim, scripts/bundle-cache.js), so each checkout builds and runs its own command line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const git = (args: string[]): string => {
  const r = spawnSync('git', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout.trim();
};

export interface Revision {
  /** what was asked for or chosen, and why */
  label: string;
  /** the short commit */
  commit: string;
  dir: string;
}

/** The revision to compare with, and how it was chosen. */
export function beforeRevision(): { rev: string; why: string } {
  const asked = process.env.BENCH_BEFORE;
  if (asked) return { rev: asked, why: 'BENCH_BEFORE' };
  const head = git(['rev-parse', 'HEAD']);
  const base = spawnSync('git', ['merge-base', 'HEAD', 'main'], { encoding: 'utf8' });
  const mergeBase = base.status === 0 ? base.stdout.trim() : '';
  if (mergeBase && mergeBase !== head) return { rev: mergeBase, why: 'merge-base with main' };
  return { rev: 'HEAD~1', why: 'HEAD~1 (HEAD is on main)' };
}

/** Checks `rev` out into a temporary worktree, removed when the process exits. */
export function checkout(rev: string, why: string): Revision {
  const commit = git(['rev-parse', '--short', rev]);
  const dir = mkdtempSync(join(tmpdir(), 'ngit-before-'));
  git(['worktree', 'add', '--quiet', '--detach', dir, commit]);
  process.on('exit', () => spawnSync('git', ['worktree', 'remove', '--force', dir]));
  const modules = resolve('node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === '.ngit-sim' || name === '.vite' || name === '.vitest') continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  return { label: `${commit} (${why})`, commit, dir };
}

/** Builds the app at the revision (dist/ in its worktree) for the browser part. */
export function buildApp(r: Revision): void {
  const b = spawnSync(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    {
      cwd: r.dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (b.status !== 0) throw new Error(`vite build at ${r.commit} failed`);
}
