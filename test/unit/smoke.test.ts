import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

describe('project', () => {
  it('declares the simulate, bench and test scripts the README promises', () => {
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(['start', 'simulate', 'bench', 'test']));
  });
});
