import xor128 from 'seedrandom/lib/xor128.js';

/** The four 32-bit words of Marsaglia's xor128 generator, stored as signed int32 numbers. */
export interface XorState {
  x: number;
  y: number;
  z: number;
  w: number;
}

/**
 * Initial generator state for one chunk of runs.
 *
 * The key `${seed}#${chunk}` goes through seedrandom's own xor128 key mixing (each character code is xored
 * into x followed by one step, then 64 more steps are discarded), so
 * `new Rng(chunkState(seed, k))` produces exactly the stream of `seedrandom.xor128(`${seed}#${k}`)`.
 * Chunks are independent of how they are later distributed over workers.
 */
export function chunkState(seed: string | number, chunk: number): XorState {
  const s = xor128(`${seed}#${chunk}`, { state: true }).state();
  return { x: s.x | 0, y: s.y | 0, z: s.z | 0, w: s.w | 0 };
}

// ---------------------------------------------------------------------------------------------------------
// Ziggurat tables for the standard normal, 128 layers.
// G. Marsaglia and W. W. Tsang, "The Ziggurat Method for Generating Random Variables",
// Journal of Statistical Software 5(8), 2000 — functions zigset() / RNOR / nfix(), transcribed with the
// same constants.
// KN[i]: threshold on |hz| (a signed 32-bit draw) below which the point lies wholly inside layer i;
// WN[i]: scale from hz to x; FN[i]: density exp(-x_i^2 / 2) at the layer's right edge.
// ---------------------------------------------------------------------------------------------------------

/** Right edge of the base strip: start of the tail. */
const ZIG_R = 3.442619855899;
/** Area of each layer (rectangles and the base strip including the tail). */
const ZIG_V = 9.91256303526217e-3;

const KN = new Uint32Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);

function buildZigguratTables(): void {
  const m1 = 2147483648.0;
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  KN[0] = (dn / q) * m1;
  KN[1] = 0;
  WN[0] = q / m1;
  WN[127] = dn / m1;
  FN[0] = 1.0;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2.0 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = (dn / tn) * m1;
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
}
buildZigguratTables();

/** 1/k for the Poisson search (k = 1..INV_MAX). */
const INV_MAX = 160;
const INV = new Float64Array(INV_MAX + 1).map((_, k) => (k === 0 ? 0 : 1 / k));

/** Above this mean, `poisson` switches from exact inversion to the rounded normal approximation. */
export const POISSON_NORMAL_THRESHOLD = 30;

// ---------------------------------------------------------------------------------------------------------
// Tables for Poisson inversion that starts at the mode (see `Rng.poisson`).
// On a grid λ0 = i / POISSON_GRID (i = 0 .. 30 · POISSON_GRID − 1), with mode m = floor(λ0), the Poisson cdf
// F(m; λ0 + d) and pmf p(m; λ0 + d) are analytic in d. A Poisson(λ0 + d) count is the sum of independent
// Poisson(λ0) and Poisson(d) counts, so exactly F(m; λ0 + d) = e^−d Σ_j d^j / j! · F(m − j; λ0) (likewise p),
// whose Taylor coefficient of d^n is a_n = Σ_{j ≤ n} (−1)^(n−j) / (n−j)! · F(m − j; λ0) / j!, |a_n| ≤ 2^n / n!.
// The tables keep a_0..a_10 for F and for p: for 0 ≤ d < 1/16 the dropped terms add less than
// (1/8)^11 / 11! ≈ 2e-18, below double rounding, so the polynomials give F and p as exactly as a sum would.
// ---------------------------------------------------------------------------------------------------------
const POISSON_GRID = 16;
/** coefficients per polynomial (degree 10) */
const NC = 11;
const GRID_N = POISSON_NORMAL_THRESHOLD * POISSON_GRID;
/** per grid point: NC coefficients of F(m; λ0 + d), then NC of p(m; λ0 + d) */
const PT = new Float64Array(GRID_N * 2 * NC);
/** the mode floor(λ0) of each grid point */
const PM = new Int32Array(GRID_N);

function buildPoissonTables(): void {
  const fact = [1];
  for (let n = 1; n < NC; n++) fact.push(fact[n - 1] * n);
  for (let i = 0; i < GRID_N; i++) {
    const lambda0 = i / POISSON_GRID;
    const m = Math.floor(lambda0);
    PM[i] = m;
    // pmf and cdf for k = 0..m by the recurrence p(k) = p(k − 1) λ0 / k (λ0 < 30: no under- or overflow)
    const pmf = new Float64Array(m + 1);
    const cdf = new Float64Array(m + 1);
    pmf[0] = Math.exp(-lambda0);
    cdf[0] = pmf[0];
    for (let k = 1; k <= m; k++) {
      pmf[k] = (pmf[k - 1] * lambda0) / k;
      cdf[k] = cdf[k - 1] + pmf[k];
    }
    for (let n = 0; n < NC; n++) {
      let aF = 0;
      let aP = 0;
      for (let j = 0; j <= n && j <= m; j++) {
        const c = ((n - j) % 2 === 0 ? 1 : -1) / (fact[n - j] * fact[j]);
        aF += c * cdf[m - j];
        aP += c * pmf[m - j];
      }
      PT[i * 2 * NC + n] = aF;
      PT[i * 2 * NC + NC + n] = aP;
    }
  }
}
buildPoissonTables();

// ---------------------------------------------------------------------------------------------------------
// The fast path of `Rng.poisson`: tables of the cdf at the grid points themselves. F(k; λ) falls as λ rises, so for
// λ0 ≤ λ < λ1 (neighbouring grid points) the count k*(λ) — the smallest k with F(k; λ) > u — lies between k*(λ0)
// and k*(λ1); when k0 = k*(λ0) also has F(k0; λ1) > u, both bounds agree and k0 is the answer, found with a guide
// table and a comparison or two. That decides about 19 draws in 20; the rest take the exact search from the mode.
// Rows are built on first use (a run touches only the few grid points its means fall on).
// ---------------------------------------------------------------------------------------------------------
/** cdf values kept per grid point: F(k; λ0) for k = 0 .. ROW − 1 (λ0 < 30: F reaches 1 − 2^-40 before k = 100) */
const ROW = 100;
/** guide cells per row: GUIDE[i · GUIDES + j] is k*(λ0) at u = j / GUIDES */
const GUIDES = 64;
const FROW = new Float64Array((GRID_N + 1) * ROW);
const GUIDE = new Int32Array((GRID_N + 1) * GUIDES);
/** 1 once row i is built */
const BUILT = new Uint8Array(GRID_N + 1);

function buildRow(i: number): void {
  const lambda0 = i / POISSON_GRID;
  const b = i * ROW;
  let p = Math.exp(-lambda0);
  let F = p;
  FROW[b] = F;
  for (let k = 1; k < ROW; k++) {
    p = (p * lambda0) / k;
    F += p;
    FROW[b + k] = F;
  }
  let k = 0;
  for (let j = 0; j < GUIDES; j++) {
    while (k < ROW - 1 && FROW[b + k] <= j / GUIDES) k++;
    GUIDE[i * GUIDES + j] = k;
  }
  BUILT[i] = 1;
}

/** Σ c_n d^n, n = 0..10, from PT[b..b+10] by Estrin's scheme (short dependency chains). */
function poly10(b: number, d: number, d2: number, d4: number, d8: number): number {
  return (
    PT[b] +
    PT[b + 1] * d +
    (PT[b + 2] + PT[b + 3] * d) * d2 +
    (PT[b + 4] + PT[b + 5] * d + (PT[b + 6] + PT[b + 7] * d) * d2) * d4 +
    (PT[b + 8] + PT[b + 9] * d + PT[b + 10] * d2) * d8
  );
}

/**
 * Seeded random source: Marsaglia's xor128 (J. Stat. Software 8(14), 2003), bit-for-bit the generator of
 * seedrandom 3.0.5's `xor128`, plus the distributions the simulator needs.
 *
 * Designed for hot loops: the state lives in an Int32Array (engines keep int32 fields of plain objects boxed
 * when their values are large; issue 13 measured 1.47× in Chromium for this alone, same stream), every method
 * is a plain prototype method, nothing allocates per call.
 *
 * Antithetic pairs (`beginPath`): the second path of a pair replays the first path's raw numbers from the same
 * state, mirrored — every uniform u becomes 1 − 2^-32 − u (the bitwise complement of its 32 bits), every normal z
 * becomes −z, and a Poisson count is inverted from the mirrored uniform. Each mirrored draw has exactly the
 * distribution of the plain one, and a path draws the same raw numbers in the same order as its twin, so the
 * twin ends where the first path ended and the chunk's stream goes on from there.
 */
export class Rng {
  /** x, y, z, w, and the mirror mask: 0, or −1 (all bits set) while drawing the antithetic twin of a path */
  readonly s = new Int32Array(5);
  /** x, y, z, w at the start of the current pair (`beginPath`) */
  readonly #pairStart = new Int32Array(4);

  /** The state is copied; the argument is not retained. The draws are plain (not mirrored). */
  constructor(state: XorState) {
    this.s[0] = state.x;
    this.s[1] = state.y;
    this.s[2] = state.z;
    this.s[3] = state.w;
  }

  /**
   * Positions the stream for path `r` of a chunk under the antithetic design; call it before each path with
   * r = 0, 1, 2, … in order. An even r starts a pair: the state is kept and the path draws plain numbers. An odd r
   * goes back to that state and draws the same raw numbers mirrored (see the class comment). Paths 2j and 2j + 1
   * of a chunk are then an antithetic pair; a chunk with an odd count of runs ends with an unpaired path.
   */
  beginPath(r: number): void {
    const s = this.s;
    const p = this.#pairStart;
    if ((r & 1) === 0) {
      p[0] = s[0];
      p[1] = s[1];
      p[2] = s[2];
      p[3] = s[3];
      s[4] = 0;
    } else {
      s[0] = p[0];
      s[1] = p[1];
      s[2] = p[2];
      s[3] = p[3];
      s[4] = -1;
    }
  }

  /** True while the stream draws the mirrored twin of a path. */
  get mirrored(): boolean {
    return this.s[4] !== 0;
  }

  /** A copy of the current state (to checkpoint or clone the stream). */
  state(): XorState {
    const s = this.s;
    return { x: s[0], y: s[1], z: s[2], w: s[3] };
  }

  /** Next raw output, a signed int32: exactly seedrandom xor128's `next()`. */
  int32(): number {
    const s = this.s;
    const x = s[0];
    const t = x ^ (x << 11);
    s[0] = s[1];
    s[1] = s[2];
    const w = s[3];
    s[2] = w;
    const next = w ^ (w >>> 19) ^ t ^ (t >>> 8);
    s[3] = next;
    return next;
  }

  /**
   * Uniform on [0, 1) with 32-bit resolution; bit-for-bit seedrandom's `xor128(seed)()`. Mirrored: 1 − 2^-32 − u
   * (the complement of the same 32 bits), on the same grid.
   */
  uniform(): number {
    return ((this.int32() ^ this.s[4]) >>> 0) / 0x100000000;
  }

  /**
   * Uniform on the open interval (0, 1): the midpoint of one of 2^32 equal cells. Safe for `Math.log`. Mirrored:
   * exactly 1 − u.
   */
  uniformOpen(): number {
    return (((this.int32() ^ this.s[4]) >>> 0) + 0.5) / 0x100000000;
  }

  /**
   * Standard normal deviate by the Marsaglia–Tsang (2000) ziggurat with 128 layers.
   *
   * One int32 draw `hz` gives the layer (`hz & 127`), the sign and the magnitude (`hz * WN[layer]`); about
   * 98.8% of calls return from that fast path. The rest go to `normalSlow` (wedge test, or the tail), which draws
   * its own numbers plain. Mirrored, the same deviate with its sign changed (`s[4] | 1` is 1 or −1).
   */
  normal(): number {
    const hz = this.int32();
    const iz = hz & 127;
    const z = Math.abs(hz) < KN[iz] ? hz * WN[iz] : this.normalSlow(hz, iz);
    return z * (this.s[4] | 1);
  }

  /**
   * Slow path of the ziggurat (Marsaglia–Tsang's `nfix`). Layer 0 samples the tail beyond r by Marsaglia's
   * (1964) method: x = -ln(U1)/r, y = -ln(U2), accept when 2y >= x^2, return r + x. Other layers accept the
   * wedge point when it falls under the density, otherwise a fresh int32 draw starts over.
   */
  private normalSlow(hz: number, iz: number): number {
    for (;;) {
      if (iz === 0) {
        let x: number;
        let y: number;
        do {
          x = -Math.log(((this.int32() >>> 0) + 0.5) / 0x100000000) / ZIG_R;
          y = -Math.log(((this.int32() >>> 0) + 0.5) / 0x100000000);
        } while (y + y < x * x);
        return hz > 0 ? ZIG_R + x : -ZIG_R - x;
      }
      const x = hz * WN[iz];
      const u = (this.int32() >>> 0) / 0x100000000;
      if (FN[iz] + u * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) return x;
      hz = this.int32();
      iz = hz & 127;
      if (Math.abs(hz) < KN[iz]) return hz * WN[iz];
    }
  }

  /**
   * Poisson deviate with mean `lambda`, from exactly one uniform in every case, so that a simulated path draws
   * the same count of random numbers whatever its parameters (common random numbers across scenarios). The
   * uniform is `uniform()`'s, so a mirrored path inverts the mirrored uniform.
   *
   * - `lambda <= 0` (or NaN): the uniform is drawn and 0 returned.
   * - `lambda < 30`: exact inversion — the smallest k with F(k; λ) > U, as a sequential search from 0 would
   *   find — but the search starts at the mode m of the grid point λ0 = floor(16 λ) / 16 below λ, whose
   *   F(m; λ) and p(m; λ) come in O(1) from two degree-10 polynomials in λ − λ0 (exact to double rounding,
   *   see the tables above). From there it walks down or up, about 0.8 √λ steps on average instead of λ + 1, and
   *   needs no `Math.exp` per call. Before that, a fast path reads k*(λ0) from the grid point's cdf table and
   *   returns it when the next grid point's cdf confirms it (about 19 draws in 20). The count is monotone in U,
   *   as before, so scenarios run with the same seed stay coupled.
   * - `lambda >= 30`: rounded normal approximation `max(0, round(lambda + sqrt(lambda) * z))` with
   *   z = Φ⁻¹(U) (Acklam's rational approximation, relative error below 1.2e-9) — not exact (its variance is
   *   lambda + 1/12 and its skewness 0), accurate enough for counts of that size.
   */
  poisson(lambda: number): number {
    const u = this.uniform();
    if (!(lambda > 0)) return 0;
    if (lambda >= POISSON_NORMAL_THRESHOLD) {
      const k = Math.round(lambda + Math.sqrt(lambda) * normalQuantile(u));
      return k > 0 ? k : 0;
    }
    const i = Math.floor(lambda * POISSON_GRID);
    // fast path: k*(λ0), confirmed by F(k0; λ1) > u (see the tables above)
    if (BUILT[i] === 0) buildRow(i);
    if (BUILT[i + 1] === 0) buildRow(i + 1);
    const b0 = i * ROW;
    let k0 = GUIDE[i * GUIDES + Math.floor(u * GUIDES)];
    while (FROW[b0 + k0] <= u && k0 < ROW - 1) k0++;
    if (u < FROW[b0 + ROW + k0] && k0 < ROW - 1) return k0;
    return this.poissonFromMode(u, lambda, i);
  }

  /** The exact search from the mode (see `poisson`), for a draw the fast path could not decide. */
  private poissonFromMode(u: number, lambda: number, i: number): number {
    const d = lambda - i / POISSON_GRID; // 0 <= d < 1/16
    const d2 = d * d;
    const d4 = d2 * d2;
    const d8 = d4 * d4;
    const b = i * 2 * NC;
    let F = poly10(b, d, d2, d4, d8);
    let p = poly10(b + NC, d, d2, d4, d8);
    let k = PM[i];
    if (u < F) {
      // walk down while F(k − 1) = F(k) − p(k) still exceeds u; p(k − 1) = p(k) k / λ
      const inv = 1 / lambda;
      while (k > 0 && u < F - p) {
        F -= p;
        p *= k * inv;
        k--;
      }
      return k;
    }
    // walk up until F(k) > u; with u <= 1 − 2^-32 this ends long before INV_MAX (λ < 30)
    while (u >= F && k < INV_MAX) {
      k++;
      p *= lambda * INV[k];
      F += p;
    }
    return k;
  }
}

/**
 * Φ⁻¹(u), the standard normal quantile, by Acklam's algorithm (rational approximations in the central region
 * and the tails; relative error below 1.15e-9). u = 0 maps to the quantile of 2^-33, so it is always finite.
 */
export function normalQuantile(u: number): number {
  const p = u <= 0 ? 2 ** -33 : u >= 1 ? 1 - 2 ** -33 : u;
  const plow = 0.02425;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((AC[0] * q + AC[1]) * q + AC[2]) * q + AC[3]) * q + AC[4]) * q + AC[5]) /
      ((((AD[0] * q + AD[1]) * q + AD[2]) * q + AD[3]) * q + 1)
    );
  }
  if (p > 1 - plow) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((AC[0] * q + AC[1]) * q + AC[2]) * q + AC[3]) * q + AC[4]) * q + AC[5]) /
      ((((AD[0] * q + AD[1]) * q + AD[2]) * q + AD[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((AA[0] * r + AA[1]) * r + AA[2]) * r + AA[3]) * r + AA[4]) * r + AA[5]) * q) /
    (((((AB[0] * r + AB[1]) * r + AB[2]) * r + AB[3]) * r + AB[4]) * r + 1)
  );
}

const AA = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const AB = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const AC = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const AD = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
