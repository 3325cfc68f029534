import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { forbiddenKeyPaths } from '../../../src/scenario/safe-keys.ts';
import { parseScenario, parseScenarioJson } from '../../../src/scenario/parse.ts';
import {
  decodeShareLink,
  encodeShareLink,
  inflateCapped,
  LINK_PREFIX,
  MAX_INFLATED_BYTES,
} from '../../../src/scenario/share-link.ts';
import { openShareLink } from '../../../src/app/links.ts';
import { markupFields } from '../../../src/scenario/markup.ts';
import { loadScenario } from '../../helpers.ts';

const plan = loadScenario('plan.json');
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const pack = (text: string) => LINK_PREFIX + b64url(deflateSync(strToU8(text)));
const compact = (s = plan) =>
  JSON.parse(
    new TextDecoder().decode(
      inflateCapped(Buffer.from(encodeShareLink(s).slice(2), 'base64url'), 1e6) as Uint8Array,
    ),
  ) as Record<string, unknown>;

describe('keys that could pollute prototypes', () => {
  it('are found at any depth, in objects and in arrays of objects', () => {
    const v = JSON.parse('{"a":{"b":[{"__proto__":{"x":1}}]},"constructor":1,"c":{"prototype":2}}');
    expect(forbiddenKeyPaths(v).sort()).toEqual(['a.b.0.__proto__', 'c.prototype', 'constructor']);
    expect(forbiddenKeyPaths(plan)).toEqual([]);
    // deeply nested input does not overflow the stack
    expect(forbiddenKeyPaths(JSON.parse('['.repeat(50_000) + ']'.repeat(50_000)))).toEqual([]);
  });

  it('a scenario file carrying one is refused with the path, not silently cleaned', () => {
    const json = JSON.parse(JSON.stringify(plan)) as { pinnedPcDemand: object };
    Object.defineProperty(json.pinnedPcDemand, '__proto__', { value: { polluted: 1 }, enumerable: true });
    const text = JSON.stringify(json);
    expect(text).toContain('"__proto__":{"polluted":1}');
    const r = parseScenarioJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['pinnedPcDemand.__proto__: the key "__proto__" is not allowed']);
    const withCtor = parseScenario({ ...plan, levers: { ...plan.levers, constructor: 1 } });
    expect(withCtor.ok || withCtor.errors[0]).toMatch(
      /levers\.constructor: the key "constructor" is not allowed/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a link carrying one anywhere is refused as invalid, naming it', () => {
    for (const [where, key] of [
      ['p', '__proto__'],
      ['a', 'constructor'],
      ['', 'prototype'],
    ] as const) {
      const c = compact();
      const target = (where ? c[where] : c) as Record<string, unknown>;
      Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true });
      const r = decodeShareLink(pack(JSON.stringify(c)));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid');
        expect(r.detail.join(' ')).toContain(`the key "${key}" is not allowed`);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('inflation stops at the cap', () => {
  it('inflates whole streams, refuses cut or foreign ones, and stops past the cap', () => {
    const data = strToU8('scenario '.repeat(500));
    const d = deflateSync(data);
    expect(inflateCapped(d, 10_000)).toEqual(data);
    expect(inflateCapped(d, data.length)).toEqual(data);
    expect(inflateCapped(d, data.length - 1)).toBe('too-large');
    expect(inflateCapped(d.subarray(0, d.length - 2), 10_000)).toBeNull();
    expect(inflateCapped(new Uint8Array([1, 2, 3, 4, 5]), 10_000)).toBeNull();
  });

  it('a 6 MB bomb inside the length cap is refused as too large', () => {
    const bomb = deflateSync(new Uint8Array(6_000_000), { level: 9 });
    expect(inflateCapped(bomb, MAX_INFLATED_BYTES)).toBe('too-large');
    const r = decodeShareLink(LINK_PREFIX + b64url(bomb));
    expect(r.ok || r.code).toBe('too-large');
  });
});

describe('markup in any text of a link', () => {
  it('the seed and the model version are checked too, not only names and descriptions', () => {
    expect(markupFields({ ...plan, seed: '<img src=x onerror=alert(1)>' })).toEqual([
      'seed: contains HTML or script markup',
    ]);
    expect(markupFields({ ...plan, model: 'javascript:x' })).toEqual([
      'model: contains HTML or script markup',
    ]);
    expect(markupFields({ ...plan, seed: 'a<5', name: { zh: '基金 < 5%', en: 'x' } })).toEqual([]);
    const c = compact();
    c.s = '<svg onload=alert(1)>';
    const r = openShareLink(pack(JSON.stringify(c)));
    expect(r.ok || r.code).toBe('markup');
    if (!r.ok) expect(r.detail).toEqual(['seed: contains HTML or script markup']);
  });
});
