/** A command started through a symbolic link still knows it is the script node runs (src/cli/args.ts isMainModule). */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isMainModule } from '../../../src/cli/args.ts';

const dir = mkdtempSync(join(tmpdir(), 'ngit-is-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const real = join(dir, 'command.mjs');
writeFileSync(real, '');
const other = join(dir, 'other.mjs');
writeFileSync(other, '');
const link = join(dir, 'linked.mjs');
symlinkSync(real, link);
const linkedDir = join(dir, 'linked-dir');
symlinkSync(dir, linkedDir);

describe('isMainModule', () => {
  it('is the script by its own path, through a linked file and through a linked folder', () => {
    const url = pathToFileURL(real).href;
    expect(isMainModule(url, real)).toBe(true);
    expect(isMainModule(url, link)).toBe(true);
    expect(isMainModule(url, join(linkedDir, 'command.mjs'))).toBe(true);
  });

  it('is not another script, nor one that does not exist, nor none', () => {
    const url = pathToFileURL(real).href;
    expect(isMainModule(url, other)).toBe(false);
    expect(isMainModule(url, join(dir, 'missing.mjs'))).toBe(false);
    expect(isMainModule(url, undefined)).toBe(false);
  });
});
