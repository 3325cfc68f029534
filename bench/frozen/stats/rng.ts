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

/**
 * Seeded random source: Marsaglia's xor128 (J. Stat. Software 8(14), 2003), bit-for-bit the generator of
 * seedrandom 3.0.5's `xor128`, plus the distributions the simulator needs.
 *
 * Designed for hot loops: state lives in four int32 fields, every method is a plain prototype method,
 * nothing allocates per call.
 */
export class Rng {
  x: number;
  y: number;
  z: number;
  w: number;

  /** The state is copied; the argument is not retained. */
  constructor(state: XorState) {
    this.x = state.x | 0;
    this.y = state.y | 0;
    this.z = state.z | 0;
    this.w = state.w | 0;
  }

  /** A copy of the current state (to checkpoint or clone the stream). */
  state(): XorState {
    return { x: this.x, y: this.y, z: this.z, w: this.w };
  }

  /** Next raw output, a signed int32: exactly seedrandom xor128's `next()`. */
  int32(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w ^= (this.w >>> 19) ^ t ^ (t >>> 8);
    return this.w;
  }

  /** Uniform on [0, 1) with 32-bit resolution; bit-for-bit seedrandom's `xor128(seed)()`. */
  uniform(): number {
    return (this.int32() >>> 0) / 0x100000000;
  }

  /** Uniform on the open interval (0, 1): the midpoint of one of 2^32 equal cells. Safe for `Math.log`. */
  uniformOpen(): number {
    return ((this.int32() >>> 0) + 0.5) / 0x100000000;
  }

  /**
   * Standard normal deviate by the Marsaglia–Tsang (2000) ziggurat with 128 layers.
   *
   * One int32 draw `hz` gives the layer (`hz & 127`), the sign and the magnitude (`hz * WN[layer]`); about
   * 98.8% of calls return from that fast path. The rest go to `normalSlow` (wedge test, or the tail).
   */
  normal(): number {
    const hz = this.int32();
    const iz = hz & 127;
    if (Math.abs(hz) < KN[iz]) return hz * WN[iz];
    return this.normalSlow(hz, iz);
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
          x = -Math.log(this.uniformOpen()) / ZIG_R;
          y = -Math.log(this.uniformOpen());
        } while (y + y < x * x);
        return hz > 0 ? ZIG_R + x : -ZIG_R - x;
      }
      const x = hz * WN[iz];
      if (FN[iz] + this.uniform() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) return x;
      hz = this.int32();
      iz = hz & 127;
      if (Math.abs(hz) < KN[iz]) return hz * WN[iz];
    }
  }

  /**
   * Poisson deviate with mean `lambda`, from exactly one uniform in every case, so that a simulated path draws
   * the same count of random numbers whatever its parameters (common random numbers across scenarios).
   *
   * - `lambda <= 0` (or NaN): the uniform is drawn and 0 returned.
   * - `lambda < 30`: exact inversion by sequential search: walk k = 0, 1, 2, ... adding
   *   P(k) = e^-lambda lambda^k / k! (computed multiplicatively) until the cumulative sum exceeds U.
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
    let k = 0;
    let p = Math.exp(-lambda);
    let cum = p;
    while (u >= cum) {
      k++;
      p *= lambda * INV[k]; // a table of 1/k: a multiplication is several times cheaper than a division
      cum += p;
      if (k >= INV_MAX) break; // never reached: with u <= 1 - 2^-32 the sum passes u long before (lambda < 30)
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
