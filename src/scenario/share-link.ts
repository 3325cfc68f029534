/**
 * Share links: the whole scenario (levers, assumptions, seed, runs, the model version) in the URL's hash, as
 * compact JSON → DEFLATE (fflate) → base64url. Decoding is the boundary: it never throws, checks the size before
 * inflating and stops inflating as soon as the output passes the cap (a streaming inflater fed a few bytes at a
 * time, so a decompression bomb costs at most the cap's worth of work), refuses `__proto__`, `constructor` and
 * `prototype` keys anywhere, validates with the scenario schema, and returns an error value that says what was
 * wrong. Nothing from a link is ever treated as HTML by the app.
 *
 * Compact form (format 1): { f: 1, m: model version, i: id, n: [name zh, name en], y: start year, l: levers in
 * LEVER_KEYS order, a: { assumption: [kind code, ...numbers] } for those the scenario sets, p: pinned PC demand,
 * s: seed, r: runs }. Descriptions are not carried: a link is about numbers, and they would make it long.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod';
import { LEVER_KEYS, UNCERTAINTY_KEYS, type Dist, type UncertaintyKey } from '../model/parameters.ts';
import { MODEL_VERSION, versionGap, type VersionGap } from '../model/version.ts';
import { parseScenario } from './parse.ts';
import { forbiddenKeyErrors } from './safe-keys.ts';
import { SCENARIO_FORMAT, type Scenario } from './schema.ts';

export const LINK_PREFIX = 's=';
/** Longest hash we try to decode, and most bytes we inflate to: far above any real scenario. */
export const MAX_LINK_CHARS = 8000;
export const MAX_INFLATED_BYTES = 32 * 1024;

const KIND = ['fixed', 'uniform', 'triangular', 'normal'] as const;

function packDist(d: Dist): number[] {
  switch (d.kind) {
    case 'fixed':
      return [0, d.value];
    case 'uniform':
      return [1, d.lo, d.hi];
    case 'triangular':
      return [2, d.lo, d.mode, d.hi];
    case 'normal':
      return [3, d.mean, d.sd];
  }
}

function unpackDist(a: number[]): unknown {
  const kind = KIND[a[0]];
  if (kind === 'fixed') return { kind, value: a[1] };
  if (kind === 'uniform') return { kind, lo: a[1], hi: a[2] };
  if (kind === 'triangular') return { kind, lo: a[1], mode: a[2], hi: a[3] };
  if (kind === 'normal') return { kind, mean: a[1], sd: a[2] };
  return { kind: `unknown kind ${a[0]}` };
}

const Compact = z.strictObject({
  f: z.literal(1),
  m: z.string().max(20),
  i: z.string().max(64),
  n: z.tuple([z.string().max(80), z.string().max(80)]),
  y: z.number(),
  l: z.array(z.number()).length(LEVER_KEYS.length),
  // any key here: a link from an older model may carry assumptions this one dropped (parseScenario migrates them)
  a: z.record(z.string().max(40), z.array(z.number()).min(2).max(4)),
  p: z.record(z.string(), z.number()),
  s: z.union([z.number(), z.string().max(64)]),
  r: z.number(),
});

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Compressed bytes fed to the inflater at a time: each step inflates to at most ~1,032× this (DEFLATE's limit). */
const INFLATE_STEP = 64;

/**
 * Inflates `bytes`, stopping as soon as the output passes `cap` bytes. 'too-large' if it does, null if the data is
 * not a complete DEFLATE stream.
 */
export function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | 'too-large' | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (over) return;
    size += chunk.length;
    if (size > cap) {
      over = true;
      return;
    }
    parts.push(chunk.slice());
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < bytes.length && !over; i += INFLATE_STEP) {
      inflater.push(bytes.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= bytes.length);
    }
  } catch {
    return over ? 'too-large' : null;
  }
  if (over) return 'too-large';
  if (!ended) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The hash fragment (without '#') that carries the scenario. */
export function encodeShareLink(s: Scenario): string {
  const a: Partial<Record<UncertaintyKey, number[]>> = {};
  for (const k of UNCERTAINTY_KEYS) {
    const d = s.assumptions[k];
    if (d) a[k] = packDist(d);
  }
  const compact: z.infer<typeof Compact> = {
    f: 1,
    m: MODEL_VERSION,
    i: s.id,
    n: [s.name.zh, s.name.en],
    y: s.startYear,
    l: LEVER_KEYS.map((k) => s.levers[k]),
    a,
    p: s.pinnedPcDemand,
    s: s.seed,
    r: s.runs,
  };
  return LINK_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(compact)), { level: 9 }));
}

export type LinkErrorCode =
  'not-a-link' | 'too-long' | 'bad-encoding' | 'bad-compression' | 'too-large' | 'bad-json' | 'invalid';

export type DecodedLink =
  | {
      ok: true;
      scenario: Scenario;
      /** the model version the link was made with, and how it stands to this one (null when it is this one) */
      madeWith: string;
      gap: VersionGap | null;
    }
  | { ok: false; code: LinkErrorCode; detail: string[] };

const fail = (code: LinkErrorCode, ...detail: string[]): DecodedLink => ({ ok: false, code, detail });

/** Decodes a hash fragment (with or without '#'). Never throws. */
export function decodeShareLink(hash: string): DecodedLink {
  try {
    const h = hash.startsWith('#') ? hash.slice(1) : hash;
    if (!h.startsWith(LINK_PREFIX)) return fail('not-a-link', 'the link carries no scenario');
    const body = h.slice(LINK_PREFIX.length);
    if (body.length > MAX_LINK_CHARS)
      return fail('too-long', `${body.length} characters, at most ${MAX_LINK_CHARS}`);
    const bytes = fromBase64Url(body);
    if (!bytes || bytes.length === 0)
      return fail('bad-encoding', 'the link is not valid base64url: it may be cut short');
    const inflated = inflateCapped(bytes, MAX_INFLATED_BYTES);
    if (inflated === null)
      return fail('bad-compression', 'the link does not decompress: it may be cut short or altered');
    if (inflated === 'too-large') return fail('too-large', `more than ${MAX_INFLATED_BYTES} bytes`);
    let json: unknown;
    try {
      json = JSON.parse(strFromU8(inflated));
    } catch {
      return fail('bad-json', 'the link decompresses to something that is not JSON: it may be cut short');
    }
    const forbidden = forbiddenKeyErrors(json);
    if (forbidden.length) return fail('invalid', ...forbidden);
    const c = Compact.safeParse(json);
    if (!c.success) {
      return fail(
        'invalid',
        ...c.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`),
      );
    }
    const v = c.data;
    const scenario = {
      format: SCENARIO_FORMAT,
      model: v.m,
      id: v.i,
      name: { zh: v.n[0], en: v.n[1] },
      description: { zh: '', en: '' },
      startYear: v.y,
      levers: Object.fromEntries(LEVER_KEYS.map((k, i) => [k, v.l[i]])),
      assumptions: Object.fromEntries(Object.entries(v.a).map(([k, d]) => [k, unpackDist(d)])),
      pinnedPcDemand: v.p,
      seed: v.s,
      runs: v.r,
    };
    const parsed = parseScenario(scenario);
    if (!parsed.ok) return fail('invalid', ...parsed.errors);
    return {
      ok: true,
      scenario: parsed.value,
      madeWith: v.m,
      gap: versionGap(v.m),
    };
  } catch (e) {
    return fail('invalid', `unreadable link (${(e as Error).message})`);
  }
}
