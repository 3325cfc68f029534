/**
 * npm run bench:link — the worst time to refuse (or accept) a share link. Each hostile link is as long as the decoder
 * takes (MAX_LINK_CHARS); each is decoded 30 times after a warm-up and the slowest and median times are printed,
 * beside what a one-shot inflate of the same bytes (the decoder before the streaming cap) costs. Target: the slowest
 * decode of any link under 50 ms.
 */
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { decodeShareLink, encodeShareLink, MAX_LINK_CHARS } from '../src/scenario/share-link.ts';
import { parseScenarioJson } from '../src/scenario/parse.ts';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const REPEAT = 30;
const MAX_BYTES = Math.floor((MAX_LINK_CHARS * 3) / 4);

/** The longest input of `make(n)` whose deflated link still fits the length cap. */
function largestFitting(make: (n: number) => Uint8Array): Uint8Array {
  let lo = 1;
  let hi = 1 << 26;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (deflateSync(make(mid), { level: 9 }).length <= MAX_BYTES) lo = mid;
    else hi = mid - 1;
  }
  return deflateSync(make(lo), { level: 9 });
}

function random(n: number): Uint8Array {
  let x = 12345;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const plan = parseScenarioJson(readFileSync(new URL('../scenarios/plan.json', import.meta.url), 'utf8'));
if (!plan.ok) throw new Error(plan.errors.join('\n'));

const cases: [string, string][] = [
  ['zeros bomb', 's=' + b64url(largestFitting((n) => new Uint8Array(n)))],
  [
    'JSON prefix + whitespace bomb',
    's=' + b64url(largestFitting((n) => strToU8('{"f":1,"m":"' + ' '.repeat(n) + '"}'))),
  ],
  ['nested arrays at the cap', 's=' + b64url(deflateSync(strToU8('['.repeat(16000) + ']'.repeat(16000))))],
  ['incompressible bytes', 's=' + b64url(random(MAX_BYTES))],
  ['valid scenario', encodeShareLink(plan.value)],
];

console.log(`worst share-link decode (links up to ${MAX_LINK_CHARS} characters, ${REPEAT} decodes each)\n`);
console.log(
  'case                              chars   result          slowest ms  median ms  one-shot inflate ms',
);
let worst = 0;
for (const [name, link] of cases) {
  for (let i = 0; i < 3; i++) decodeShareLink(link);
  const times: number[] = [];
  let code = '';
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    const r = decodeShareLink(link);
    times.push(performance.now() - t0);
    code = r.ok ? 'ok' : r.code;
  }
  times.sort((a, b) => a - b);
  const bytes = Buffer.from(link.slice(2), 'base64url');
  const t0 = performance.now();
  try {
    inflateSync(bytes);
  } catch {
    // only its time matters
  }
  const oneShot = performance.now() - t0;
  worst = Math.max(worst, times[times.length - 1]);
  console.log(
    `${name.padEnd(34)}${String(link.length).padStart(5)}   ${code.padEnd(16)}${times[times.length - 1]
      .toFixed(2)
      .padStart(10)}${times[REPEAT >> 1].toFixed(2).padStart(11)}${oneShot.toFixed(2).padStart(21)}`,
  );
}
console.log(`\nslowest decode of any case: ${worst.toFixed(2)} ms (target < 50 ms)`);
process.exitCode = worst < 50 ? 0 : 1;
