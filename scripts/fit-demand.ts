/**
 * npx tsx scripts/fit-demand.ts — fits the demand and margin parameters on data up to 2020 only, and prints the
 * estimates that src/model/parameters.ts uses (a test re-runs the fits and checks the table carries these numbers).
 *
 * 1. World PC demand: AR(1) on the log growth of Gartner world PC shipments, g_t = μ + φ (g_{t−1} − μ) + ε_t,
 *    by least squares on every pair of consecutive growths in 2000–2020 (src/model/pc-shipments.ts).
 * 3. The chip cycle: the same AR(1) on the log growth of world semiconductor sales 2006–2020 (src/model/chip-sales.ts).
 * 2. Notebook assembly margin cycle: Wistron's gross margin 2015–2020 (TWSE filings) regressed on the same year's PC
 *    log growth; the slope relative to the mean margin is how much a terminal's value-added ratio moves per unit
 *    of demand growth, drawn over the estimate ± one standard error; the margins' lowest and highest year (as multiples
 *    of the mean) bound the cycle's multiplier.
 */
import { fitAr1, fitChipAr1, fitMarginCycle } from '../src/model/fit.ts';

const ar = fitAr1();
const m = fitMarginCycle();
const ch = fitChipAr1();
const f = (x: number) => x.toFixed(3);
console.log(`PC demand AR(1) on log growth, ${ar.pairs} pairs (${ar.years}):`);
console.log(
  `  mu ${f(ar.mu)} log-% a year, phi ${f(ar.phi)} (se ${f(ar.phiSe)}), innovation sd ${f(ar.sigma)}`,
);
console.log(`Margin cycle (Wistron gross margin 2015–2020 on PC log growth), ${m.n} years:`);
console.log(
  `  slope ${f(m.slope)} (se ${f(m.slopeSe)}) points per log-%, mean margin ${f(m.mean)} %, relative ${f(m.relative)} ` +
    `(se ${f(m.relativeSe)}) per log-%; margins ${f(m.lo)}–${f(m.hi)} × the mean`,
);
console.log(
  `Chip cycle AR(1) on log growth of world semiconductor sales (SIA/WSTS), ${ch.pairs} pairs (${ch.years}):`,
);
console.log(
  `  mu ${f(ch.mu)} log-% a year, phi ${f(ch.phi)} (se ${f(ch.phiSe)}), innovation sd ${f(ch.sigma)}`,
);
