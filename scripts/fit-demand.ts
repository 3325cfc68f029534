/**
 * npx tsx scripts/fit-demand.ts — fits the demand and margin parameters on data up to 2020 only, and prints the
 * estimates that src/model/parameters.ts uses (a test re-runs the fits and checks the table carries these numbers).
 *
 * 1. World PC demand: AR(1) on the log growth of Gartner world PC shipments, g_t = μ + φ (g_{t−1} − μ) + ε_t,
 *    by least squares on every pair of consecutive growths in 2000–2020 (src/model/pc-shipments.ts).
 * 2. Notebook assembly margin cycle: Wistron's gross margin 2015–2020 (TWSE filings) regressed on the same year's PC
 *    log growth; the slope relative to the mean margin is how much a terminal's value-added ratio moves per unit
 *    of demand growth.
 */
import { fitAr1, fitMarginCycle } from '../src/model/fit.ts';

const ar = fitAr1();
const m = fitMarginCycle();
const f = (x: number) => x.toFixed(3);
console.log(`PC demand AR(1) on log growth, ${ar.pairs} pairs (${ar.years}):`);
console.log(
  `  mu ${f(ar.mu)} log-% a year, phi ${f(ar.phi)} (se ${f(ar.phiSe)}), innovation sd ${f(ar.sigma)}`,
);
console.log(`Margin cycle (Wistron gross margin 2015–2020 on PC log growth), ${m.n} years:`);
console.log(
  `  slope ${f(m.slope)} points per log-%, mean margin ${f(m.mean)} %, relative ${f(m.relative)} per log-%`,
);
