// Types for the seedrandom 3.0.5 subpath 'seedrandom/lib/xor128.js', which @types/seedrandom does not cover.
// The module is CommonJS (`module.exports = impl`), so under ESM it is a default import.
declare module 'seedrandom/lib/xor128.js' {
  interface Xor128State {
    x: number;
    y: number;
    z: number;
    w: number;
  }
  interface Xor128Prng {
    /** Uniform in [0, 1) with 32 bits of randomness. */
    (): number;
    /** Uniform in (0, 1) with 53 bits of randomness. */
    double(): number;
    /** Signed 32-bit integer (the raw generator output). */
    int32(): number;
    quick(): number;
  }
  interface Xor128StatefulPrng extends Xor128Prng {
    state(): Xor128State;
  }
  function xor128(seed: string | number, options: { state: true | Xor128State }): Xor128StatefulPrng;
  function xor128(seed?: string | number, options?: { state?: false }): Xor128Prng;
  export default xor128;
}
