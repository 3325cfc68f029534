import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { chunkState, normalQuantile, Rng, type XorState } from '../../../src/stats/rng.ts';
import { normalCdf } from './normal-cdf.ts';

const SEEDS = ['', 'a', 'hello world', 'NGIT-2035', '42', 'ünïcødé ✓ 重庆'];

/** The state seedrandom's xor128 reaches for a string seed. */
function xorStateOf(seed: string): XorState {
  return seedrandom.xor128(seed, { state: true }).state();
}

describe('Rng uniform stream', () => {
  it.each(SEEDS)('matches seedrandom.xor128(%j)() bit for bit over 100,000 draws', (seed) => {
    const ref = seedrandom.xor128(seed);
    const rng = new Rng(xorStateOf(seed));
    for (let i = 0; i < 100_000; i++) {
      const a = rng.uniform();
      const b = ref();
      if (!Object.is(a, b)) expect.fail(`draw ${i}: ${a} !== ${b}`);
    }
  });

  it('int32() matches seedrandom.xor128(...).int32()', () => {
    const ref = seedrandom.xor128('int32');
    const rng = new Rng(xorStateOf('int32'));
    for (let i = 0; i < 10_000; i++) {
      const a = rng.int32();
      const b = ref.int32();
      if (a !== b) expect.fail(`draw ${i}: ${a} !== ${b}`);
    }
  });

  it.each([
    ['base', 0],
    ['base', 1],
    ['base', 17],
    [12345, 3],
    ['scenario:high#x', 999],
  ] as const)('chunkState(%j, %j) + Rng equals seedrandom.xor128(`${seed}#${k}`)', (seed, k) => {
    const ref = seedrandom.xor128(`${seed}#${k}`);
    const rng = new Rng(chunkState(seed, k));
    for (let i = 0; i < 20_000; i++) {
      const a = rng.uniform();
      const b = ref();
      if (!Object.is(a, b)) expect.fail(`chunk ${k} draw ${i}: ${a} !== ${b}`);
    }
  });

  it('different chunks give different streams', () => {
    const a = new Rng(chunkState('s', 0));
    const b = new Rng(chunkState('s', 1));
    let same = 0;
    for (let i = 0; i < 1000; i++) if (a.int32() === b.int32()) same++;
    expect(same).toBeLessThan(3);
  });

  it('same state gives the same stream, and the constructor copies the state', () => {
    const state = chunkState('copy', 7);
    const a = new Rng(state);
    const b = new Rng(state);
    const c = new Rng(a.state());
    expect(state).toEqual(chunkState('copy', 7));
    for (let i = 0; i < 5000; i++) {
      const u = a.uniform();
      expect(b.uniform()).toBe(u);
      expect(c.uniform()).toBe(u);
    }
    expect(state).toEqual(chunkState('copy', 7));
    // normals and poissons consume the stream identically too
    for (let i = 0; i < 5000; i++) {
      expect(b.normal()).toBe(a.normal());
      expect(b.poisson(3.5)).toBe(a.poisson(3.5));
      expect(b.poisson(80)).toBe(a.poisson(80));
    }
  });

  it('uniformOpen() is (u32 + 0.5) / 2^32, strictly inside (0, 1)', () => {
    const a = new Rng(chunkState('open', 0));
    const b = new Rng(chunkState('open', 0));
    for (let i = 0; i < 10_000; i++) {
      const u = a.uniformOpen();
      expect(u).toBe(((b.int32() >>> 0) + 0.5) / 0x100000000);
      expect(u > 0 && u < 1).toBe(true);
    }
    expect(new Rng({ x: 0, y: 0, z: 0, w: 0 }).uniformOpen()).toBe(0.5 / 0x100000000);
  });
});

describe('Rng.normal (ziggurat)', () => {
  const N = 1_000_000;
  const draws = new Float64Array(N);
  const rng = new Rng(chunkState('normal-test', 0));
  for (let i = 0; i < N; i++) draws[i] = rng.normal();

  it('has mean ~ 0 and sd ~ 1 over 1e6 draws', () => {
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < N; i++) {
      sum += draws[i];
      sumSq += draws[i] * draws[i];
    }
    const mean = sum / N;
    const sd = Math.sqrt(sumSq / N - mean * mean);
    // standard errors: 0.001 for the mean, 0.0007 for the sd
    expect(Math.abs(mean)).toBeLessThan(0.004);
    expect(Math.abs(sd - 1)).toBeLessThan(0.003);
  });

  it('passes a Kolmogorov–Smirnov test against the normal CDF', () => {
    const sorted = draws.slice().sort();
    let d = 0;
    for (let i = 0; i < N; i++) {
      const f = normalCdf(sorted[i]);
      d = Math.max(d, (i + 1) / N - f, f - i / N);
    }
    // critical value at alpha = 0.001: 1.95 / sqrt(N)
    expect(d).toBeLessThan(1.95 / Math.sqrt(N));
  });

  it('has tail frequencies matching the normal distribution', () => {
    let beyond3 = 0;
    let beyondR = 0; // the ziggurat's tail algorithm starts at r = 3.4426
    let beyond4 = 0;
    let positive = 0;
    for (let i = 0; i < N; i++) {
      const z = draws[i];
      const a = Math.abs(z);
      if (a > 3) beyond3++;
      if (a > 3.442619855899) beyondR++;
      if (a > 4) beyond4++;
      if (z > 0) positive++;
    }
    const p3 = 2 * (1 - normalCdf(3)); // 0.0027
    const pR = 2 * (1 - normalCdf(3.442619855899));
    const p4 = 2 * (1 - normalCdf(4));
    expect(p3).toBeCloseTo(0.0027, 4);
    expect(Math.abs(beyond3 / N - p3)).toBeLessThan(5 * Math.sqrt(p3 / N));
    expect(Math.abs(beyondR / N - pR)).toBeLessThan(5 * Math.sqrt(pR / N));
    expect(Math.abs(beyond4 / N - p4)).toBeLessThan(5 * Math.sqrt(p4 / N) + 1e-5);
    expect(Math.abs(positive / N - 0.5)).toBeLessThan(0.003);
  });

  it('has no exact duplicate-heavy lattice (many distinct values)', () => {
    const set = new Set<number>();
    for (let i = 0; i < 100_000; i++) set.add(draws[i]);
    expect(set.size).toBeGreaterThan(99_990);
  });
});

describe('Rng.poisson', () => {
  const N = 200_000;

  it.each([0.3, 2, 9, 29.5, 30, 50])('lambda = %d has mean and variance ~ lambda', (lambda) => {
    const rng = new Rng(chunkState('poisson', Math.round(lambda * 10)));
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < N; i++) {
      const k = rng.poisson(lambda);
      if (!Number.isInteger(k) || k < 0) expect.fail(`bad draw ${k}`);
      sum += k;
      sumSq += k * k;
    }
    const mean = sum / N;
    const variance = (sumSq - N * mean * mean) / (N - 1);
    // se(mean) = sqrt(lambda / N); se(variance) ~ sqrt((lambda + 2 lambda^2) / N); the rounded normal
    // approximation (lambda >= 30) adds 1/12 to the variance.
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / N));
    expect(Math.abs(variance - lambda)).toBeLessThan(5 * Math.sqrt((lambda + 2 * lambda * lambda) / N) + 0.1);
  });

  it('P(0) for lambda = 2 is close to e^-2, and the pmf matches for small k', () => {
    const rng = new Rng(chunkState('poisson-pmf', 0));
    const freq = new Float64Array(8);
    for (let i = 0; i < N; i++) {
      const k = rng.poisson(2);
      if (k < 8) freq[k]++;
    }
    let pk = Math.exp(-2);
    expect(Math.abs(freq[0] / N - pk)).toBeLessThan(5 * Math.sqrt((pk * (1 - pk)) / N));
    for (let k = 1; k < 8; k++) {
      pk *= 2 / k;
      expect(Math.abs(freq[k] / N - pk)).toBeLessThan(5 * Math.sqrt((pk * (1 - pk)) / N));
    }
  });

  it('returns 0 for lambda <= 0 or NaN, still consuming exactly one uniform', () => {
    const a = new Rng(chunkState('zero', 0));
    const b = new Rng(chunkState('zero', 0));
    expect(a.poisson(0)).toBe(0);
    expect(a.poisson(-3)).toBe(0);
    expect(a.poisson(NaN)).toBe(0);
    b.uniform();
    b.uniform();
    b.uniform();
    expect(a.state()).toEqual(b.state());
  });

  it.each([0, 0.5, 4, 29.9, 30, 75, 400])(
    'lambda = %d consumes exactly one uniform (common random numbers)',
    (lambda) => {
      const a = new Rng(chunkState('one-draw', 1));
      const b = new Rng(chunkState('one-draw', 1));
      for (let i = 0; i < 2000; i++) {
        a.poisson(lambda);
        b.uniform();
        expect(a.state()).toEqual(b.state());
      }
    },
  );

  it('small lambda uses exactly one uniform per draw (inversion)', () => {
    const a = new Rng(chunkState('inversion', 0));
    const b = new Rng(chunkState('inversion', 0));
    for (let i = 0; i < 1000; i++) {
      const u = b.uniform();
      const k = a.poisson(4);
      // inverse CDF of Poisson(4) at u
      let j = 0;
      let p = Math.exp(-4);
      let cum = p;
      while (u >= cum) {
        j++;
        p *= 4 / j;
        cum += p;
      }
      expect(k).toBe(j);
    }
  });
});

/** k for u by a plain sequential search from 0, the textbook inversion (Devroye 1986, §X.3.3); 0 for λ ≤ 0 */
function inversion(u: number, lambda: number): number {
  if (!(lambda > 0)) return 0;
  let k = 0;
  let p = Math.exp(-lambda);
  let cum = p;
  while (u >= cum) {
    k++;
    p *= lambda / k;
    cum += p;
  }
  return k;
}

describe('Rng.poisson is exact inversion, started at the mode', () => {
  it('gives the count of a sequential search for the same uniform, over 400,000 draws of lambda in (0, 30)', () => {
    const a = new Rng(chunkState('mode-search', 0));
    const b = new Rng(chunkState('mode-search', 0));
    const pick = new Rng(chunkState('mode-search-lambda', 0));
    let mismatches = 0;
    for (let i = 0; i < 400_000; i++) {
      // λ over the whole range, and grid points (multiples of 1/16) and just below them, where tables switch
      const r = pick.uniform() * 30;
      const lambda =
        i % 3 === 0 ? r : i % 3 === 1 ? Math.floor(r * 16) / 16 : Math.floor(r * 16) / 16 - 1e-12;
      if (!(lambda > 0)) {
        a.poisson(lambda);
        b.uniform();
        continue;
      }
      if (a.poisson(lambda) !== inversion(b.uniform(), lambda)) mismatches++;
    }
    // the two differ only where u falls within double rounding (about 1e-15) of a cdf value
    expect(mismatches).toBe(0);
  });

  it('is non-decreasing in lambda for a fixed uniform (scenarios stay coupled)', () => {
    const base = new Rng(chunkState('monotone', 0));
    for (let i = 0; i < 2000; i++) {
      const state = base.state();
      base.uniform();
      let prev = 0;
      for (let lambda = 0.01; lambda < 30; lambda += 0.37) {
        const k = new Rng(state).poisson(lambda);
        if (k < prev) expect.fail(`draw ${i}: poisson(${lambda}) = ${k} < ${prev}`);
        prev = k;
      }
    }
  });
});

describe('antithetic pairs (Rng.beginPath)', () => {
  /** a mixed sequence of draws as a path makes them: uniforms, normals (with the slow path), Poisson counts */
  const drawMix = (rng: Rng) => {
    const out: number[] = [];
    for (let i = 0; i < 3000; i++) {
      out.push(rng.uniform(), rng.normal(), rng.uniformOpen());
      out.push(rng.poisson(i % 7 === 0 ? 0 : (i % 29) + 0.3), rng.poisson(45 + (i % 5)));
    }
    return out;
  };

  it('the twin mirrors every draw: 1 − 2^-32 − u, 1 − u for uniformOpen, −z, and counts inverted from the mirrored uniform', () => {
    const rng = new Rng(chunkState('anti', 0));
    rng.beginPath(0);
    expect(rng.mirrored).toBe(false);
    const plain = drawMix(rng);
    rng.beginPath(1);
    expect(rng.mirrored).toBe(true);
    // an unmirrored copy of the pair's start, to read the raw uniforms the Poisson draws used
    const raw = new Rng(chunkState('anti', 0));
    const twin = drawMix(rng);
    for (let i = 0; i < 3000; i++) {
      const [u, z, o, k1, k2] = plain.slice(5 * i, 5 * i + 5);
      const [tu, tz, to, tk1, tk2] = twin.slice(5 * i, 5 * i + 5);
      expect(tu).toBe(1 - 2 ** -32 - u);
      expect(tz).toBe(-z);
      expect(to).toBe(1 - o);
      raw.uniform();
      raw.normal();
      raw.uniform();
      const lambda1 = i % 7 === 0 ? 0 : (i % 29) + 0.3;
      const u1 = 1 - 2 ** -32 - raw.uniform();
      const u2 = 1 - 2 ** -32 - raw.uniform();
      // the plain count's own uniform is raw's; the twin's count is that of a plain draw of the mirrored uniform
      expect(tk1).toBe(inversion(u1, lambda1));
      expect(tk2).toBe(new Rng(stateGiving(u2)).poisson(45 + (i % 5)));
      expect(Number.isInteger(k1) && Number.isInteger(k2)).toBe(true);
    }
  });

  it('the twin draws exactly as many raw numbers, and the next pair goes on from where the first path ended', () => {
    const a = new Rng(chunkState('anti-state', 3));
    const b = new Rng(chunkState('anti-state', 3));
    a.beginPath(0);
    b.beginPath(0);
    drawMix(a);
    drawMix(b);
    const afterFirst = a.state();
    a.beginPath(1);
    drawMix(a);
    expect(a.state()).toEqual(afterFirst);
    a.beginPath(2);
    expect(a.mirrored).toBe(false);
    // path 2 of a paired stream is path 1 of a stream without pairs
    expect(drawMix(a)).toEqual(drawMix(b));
  });

  it('mirrored draws have the plain ones’ distribution (uniform mean and normal moments over 200,000 twins)', () => {
    const rng = new Rng(chunkState('anti-moments', 0));
    let su = 0;
    let sz = 0;
    let sz2 = 0;
    const N = 200_000;
    for (let i = 0; i < N; i++) {
      rng.beginPath(2 * i);
      rng.int32(); // a different pair start each time
      rng.beginPath(2 * i + 1);
      su += rng.uniform();
      const z = rng.normal();
      sz += z;
      sz2 += z * z;
    }
    expect(Math.abs(su / N - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(sz / N)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(sz2 / N - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
  });
});

/** a generator state whose next uniform() is u (u a multiple of 2^-32): xor128's next output is w ^ … of the state */
function stateGiving(u: number): XorState {
  // with x = y = z = 0 the next output is w ^ (w >>> 19): invert that map for the wanted 32 bits
  const want = Math.round(u * 2 ** 32) >>> 0;
  let w = want;
  for (let i = 0; i < 3; i++) w = (want ^ (w >>> 19)) >>> 0;
  return { x: 0, y: 0, z: 0, w: w | 0 };
}

describe('normalQuantile', () => {
  it('inverts the normal CDF to a relative 1e-6 in either tail', () => {
    for (const u of [1e-9, 1e-4, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.999, 1 - 1e-9]) {
      const c = normalCdf(normalQuantile(u));
      const rel = u <= 0.5 ? Math.abs(c / u - 1) : Math.abs((1 - c) / (1 - u) - 1);
      expect(rel).toBeLessThan(1e-6);
    }
    expect(normalQuantile(0.5)).toBe(0);
    expect(Number.isFinite(normalQuantile(0))).toBe(true);
    expect(Number.isFinite(normalQuantile(1))).toBe(true);
  });
});
