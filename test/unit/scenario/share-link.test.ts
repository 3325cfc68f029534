import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import {
  decodeShareLink,
  encodeShareLink,
  LINK_PREFIX,
  MAX_LINK_CHARS,
  MAX_PLAN_LINK_CHARS,
} from '../../../src/scenario/share-link.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { MODEL_CHANGES, MODEL_VERSION } from '../../../src/model/version.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { loadScenario, PM } from '../../helpers.ts';
import { scenarioArb } from './arbitrary.ts';

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const b64decode = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const link = (obj: unknown) => LINK_PREFIX + b64url(deflateSync(strToU8(JSON.stringify(obj))));
const withoutText = (s: Scenario) => ({ ...s, model: undefined, description: { zh: '', en: '' } });

describe('share links', () => {
  it('any valid scenario round-trips exactly (descriptions are not carried)', () => {
    fc.assert(
      fc.property(scenarioArb, (raw) => {
        const parsed = parseScenario(raw);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const d = decodeShareLink('#' + encodeShareLink(parsed.value));
        expect(d.ok).toBe(true);
        if (!d.ok) return;
        expect(d.madeWith).toBe(MODEL_VERSION);
        expect(d.gap).toBeNull();
        expect(withoutText(d.scenario)).toStrictEqual(withoutText(parsed.value));
      }),
      { numRuns: 300 },
    );
  });

  it('-0 is read as 0 at the boundary, so the round trip is exact even for it', () => {
    const plan = loadScenario('plan.json');
    const s = parseScenario({
      ...plan,
      levers: { ...plan.levers, fund: -0 },
      pinnedPcDemand: { '2022': -0 },
    });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(Object.is(s.value.levers.fund, 0)).toBe(true);
    const d = decodeShareLink(encodeShareLink(s.value));
    expect(
      d.ok && Object.is(d.scenario.levers.fund, 0) && Object.is(d.scenario.pinnedPcDemand['2022'], 0),
    ).toBe(true);
  });

  it('links stay under 2,000 characters for any scenario, even the longest the UI can make', () => {
    // every assumption edited to a triangular (or normal) of 4-decimal numbers with the most digits, the longest
    // names, the longest seed, every year pinned
    const longest = (min: number, max: number, i: number) => {
      const x = max - 0.1234 - (i % 7) * 1.1111;
      return Number((x < min ? min + 0.1234 : x).toFixed(4));
    };
    const plan = loadScenario('plan.json');
    const worst = {
      ...plan,
      id: 'x'.repeat(64),
      name: { zh: '重'.repeat(80), en: 'W'.repeat(80) },
      levers: Object.fromEntries(
        PM.leverKeys.map((k, i) => [
          k,
          PM.fundKeys.includes(k) ? 25 : longest(PM.levers[k].min, PM.levers[k].max, i),
        ]),
      ),
      assumptions: Object.fromEntries(
        PM.uncertaintyKeys.map((k, i) => {
          const u = PM.uncertainties[k];
          const a = longest(u.min, u.max, i);
          const b = longest(u.min, u.max, i + 3);
          return [
            k,
            u.kind === 'shock'
              ? { kind: 'normal', mean: a, sd: Math.min(u.sdMax ?? 1, 9.8765) }
              : { kind: 'triangular', lo: Math.min(a, b), mode: Math.min(a, b), hi: Math.max(a, b) },
          ];
        }),
      ),
      pinnedPcDemand: Object.fromEntries(
        Array.from({ length: 15 }, (_, i) => [String(2021 + i), -59.8765 + i]),
      ),
      seed: 'S'.repeat(64),
      runs: 9_999_999,
    };
    const parsed = parseScenario(worst);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const hash = encodeShareLink(parsed.value);
    // 2,000 characters for the whole URL, leaving 200 for the intranet address and path
    expect(hash.length).toBeLessThan(1800);
    console.log(`longest share link: ${hash.length} characters`);
    fc.assert(
      fc.property(scenarioArb, (raw) => {
        const p = parseScenario(raw);
        if (p.ok) expect(encodeShareLink(p.value).length).toBeLessThan(1800);
      }),
      { numRuns: 200 },
    );
  });

  it('decoding never throws on arbitrary strings: it returns an error value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => '#s=' + s),
          fc.base64String().map((s) => 's=' + s),
        ),
        (s) => {
          const d = decodeShareLink(s);
          expect(typeof d.ok).toBe('boolean');
          if (!d.ok) expect(d.detail.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  describe('each kind of broken or tampered link is reported as such', () => {
    const good = encodeShareLink(loadScenario('plan.json'));
    it.each([
      ['no scenario in the hash', '#view=1', 'not-a-link'],
      ['truncated', good.slice(0, Math.floor(good.length / 2)), 'bad-compression'],
      ['bad base64', 's=abc$%^', 'bad-encoding'],
      [
        'one character off the end',
        good.slice(0, -1) === good ? good : good.slice(0, good.length - 1),
        undefined,
      ],
      ['a huge payload', 's=' + 'A'.repeat(MAX_PLAN_LINK_CHARS + 1), 'too-long'],
      ['not JSON', LINK_PREFIX + b64url(deflateSync(strToU8('{"f": 1, "m": '))), 'bad-json'],
    ])('%s', (_, hash, code) => {
      const d = decodeShareLink(hash);
      expect(d.ok).toBe(false);
      if (!d.ok && code) expect(d.code).toBe(code);
    });

    it('a valid link longer than MAX_LINK_CHARS that does not carry its plan is refused as too long', () => {
      // the plan scenario's own compact JSON, padded with whitespace and stored without compression
      const json = strFromU8(inflateSync(b64decode(good.slice(LINK_PREFIX.length))));
      const padded = json.replace(/^\{/, '{' + ' '.repeat(MAX_LINK_CHARS));
      const long = LINK_PREFIX + b64url(deflateSync(strToU8(padded), { level: 0 }));
      expect(long.length - LINK_PREFIX.length).toBeGreaterThan(MAX_LINK_CHARS);
      expect(JSON.parse(padded)).toEqual(JSON.parse(json));
      const d = decodeShareLink(long);
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.code).toBe('too-long');
    });

    it('valid JSON with wrong fields names them', () => {
      const d = decodeShareLink(link({ f: 1, m: MODEL_VERSION, hello: 'world' }));
      expect(d.ok).toBe(false);
      if (!d.ok) {
        expect(d.code).toBe('invalid');
        expect(d.detail.join('\n')).toMatch(/hello|i: /);
      }
    });

    it('out-of-range values are refused with the field and the range', () => {
      const s = loadScenario('plan.json');
      const tampered = JSON.parse(JSON.stringify({ ...s, levers: { ...s.levers, land: 99999 } }));
      const h = encodeShareLink(tampered as Scenario);
      const d = decodeShareLink(h);
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.detail.join()).toMatch(/land.*99999 is outside the allowed range 0–2000/);
    });

    it('a decompression bomb is refused without inflating it', () => {
      const bomb = LINK_PREFIX + b64url(deflateSync(new Uint8Array(5_000_000), { level: 9 }));
      const d = decodeShareLink(bomb);
      expect(d.ok).toBe(false);
      if (!d.ok) expect(['too-long', 'too-large']).toContain(d.code);
    });

    it('script in a name is carried as plain text, never as markup', () => {
      const s = {
        ...loadScenario('plan.json'),
        name: { zh: '<img src=x onerror=alert(1)>', en: '<script>alert(1)</script>' },
      };
      const d = decodeShareLink(encodeShareLink(s));
      expect(d.ok && d.scenario.name.en).toBe('<script>alert(1)</script>');
    });

    it('a link from another model version opens with the list of what changed', () => {
      const plan = loadScenario('plan.json');
      const compact = {
        f: 1,
        m: '0.9.0',
        i: 'plan',
        n: ['规划', 'plan'],
        y: 2020,
        l: PM.leverKeys.map((k) => plan.levers[k]),
        a: {},
        p: {},
        s: 7,
        r: 20000,
      };
      const d = decodeShareLink(link(compact));
      expect(d.ok).toBe(true);
      if (d.ok) {
        expect(d.madeWith).toBe('0.9.0');
        // older than the first version listed: every change is news to it
        expect(d.gap?.kind === 'older' && d.gap.changes.length).toBe(MODEL_CHANGES.length);
      }
    });
  });
});
