/**
 * World PC shipments up to 2020, the only demand data the model is fitted on (scripts/fit-demand.ts fits the AR(1)
 * of ./parameters.ts `pc_demand` and `pc_persistence` on it, and the kernel reads the start year's growth from it).
 * Later years are NOT here: the realised 2021–2025 series enters only the replay scenario (realised-pc-demand.json).
 *
 * Source: Gartner annual PC shipment press releases as collected in ../shared/MODEL-BRIEF.md ("More facts up to
 * 2020"): Gartner figures, IDC where Gartner is missing. 2002 is missing (no figure found), so the growths of 2002 and
 * 2003 are not used; 2009 is the midpoint of 305.8–308.3; 2014 is 2013 × (1 − 2.1 %) (IDC's change, derived);
 * 2016 and 2017 are "about" figures (confidence M/L).
 */
export interface Shipment {
  year: number;
  /** million units */
  units: number;
  note: string;
}

export const PC_SHIPMENTS: readonly Shipment[] = [
  { year: 2000, units: 134.3, note: 'Gartner' },
  { year: 2001, units: 128.1, note: 'Gartner' },
  { year: 2003, units: 169.1, note: 'Gartner' },
  { year: 2004, units: 189.0, note: 'Gartner' },
  { year: 2005, units: 218.5, note: 'Gartner' },
  { year: 2006, units: 231.5, note: 'Gartner' },
  { year: 2007, units: 264, note: 'Gartner' },
  { year: 2008, units: 291, note: 'Gartner, restated' },
  { year: 2009, units: 307.05, note: 'Gartner 305.8–308.3, midpoint' },
  { year: 2010, units: 350.9, note: 'Gartner' },
  { year: 2011, units: 365.4, note: 'Gartner' },
  { year: 2012, units: 352.7, note: 'Gartner' },
  { year: 2013, units: 315.9, note: 'Gartner' },
  { year: 2014, units: 315.9 * (1 - 0.021), note: 'derived: 2013 × (1 − 2.1 %), IDC change' },
  { year: 2015, units: 288.7, note: 'Gartner' },
  { year: 2016, units: 270, note: 'Gartner, about' },
  { year: 2017, units: 261, note: 'Gartner, about' },
  { year: 2018, units: 259.8, note: 'Gartner' },
  { year: 2019, units: 261.2, note: 'Gartner' },
  { year: 2020, units: 275, note: 'Gartner' },
];

/** Log growth of shipments in `year` (×100, i.e. log-%), or NaN where a year is missing. */
export function pcLogGrowth(year: number): number {
  const a = PC_SHIPMENTS.find((s) => s.year === year - 1);
  const b = PC_SHIPMENTS.find((s) => s.year === year);
  return a && b ? 100 * Math.log(b.units / a.units) : NaN;
}

/**
 * World PC shipment growth after 2020, % (Gartner, the source the AR(1) is fitted on, as the replay scenario
 * realised-pc-demand.json pins them: 2021 +9.9 % on Gartner's restated 2020, 2022 −16.2 %, 2023 −14.8 %, 2024 +1.3 %,
 * 2025 +9.1 %; the record of H12 gives each release). Never used in a fit: only as the observed growth of
 * the start year of a plan whose base year is after 2020 (the AR(1)'s starting point), where PC_SHIPMENTS ends.
 */
export const PC_GROWTH_AFTER_2020: Readonly<Record<number, number>> = {
  2021: 9.9,
  2022: -16.2,
  2023: -14.8,
  2024: 1.3,
  2025: 9.1,
};

/** The observed log growth (log-%) of a path's start year: from the fitted series, or after 2020 from the record. */
export function startYearGrowth(year: number): number {
  const g = pcLogGrowth(year);
  if (g === g) return g;
  const after = PC_GROWTH_AFTER_2020[year];
  return after === undefined ? NaN : 100 * Math.log(1 + after / 100);
}
