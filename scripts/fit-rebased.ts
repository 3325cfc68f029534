/**
 * npx tsx scripts/fit-rebased.ts — the re-based calibration's fits (src/model/calibration.ts, `rebased`): the same
 * AR(1) fits as scripts/fit-demand.ts on the same series, carried on with the record's later years
 * (record/realised.json: Gartner's world PC shipment growth 2021–2025, SIA's world semiconductor sales 2021–2024).
 * test/unit/model/calibration-fit.test.ts runs these fits and checks that the calibration table carries them.
 */
import { fitAr1, fitChipAr1, fitChipAr1Rebased, fitPcAr1Rebased, type Ar1Fit } from '../src/model/fit.ts';

const f = (x: number) => x.toFixed(3);
const line = (name: string, a: Ar1Fit) =>
  `  ${name}: ${a.pairs} pairs (${a.years}): mu ${f(a.mu)} log-% a year, phi ${f(a.phi)} (se ${f(a.phiSe)}), ` +
  `innovation sd ${f(a.sigma)}; persistence drawn over ${f(a.phi - a.phiSe)}…${f(a.phi + a.phiSe)}`;
console.log('PC demand AR(1) on log growth (Gartner):');
console.log(line('ex-ante, to 2020', fitAr1()));
console.log(line('re-based, to the record', fitPcAr1Rebased()));
console.log('Chip cycle AR(1) on log growth (SIA/WSTS world semiconductor sales):');
console.log(line('ex-ante, to 2020', fitChipAr1()));
console.log(line('re-based, to the record', fitChipAr1Rebased()));
