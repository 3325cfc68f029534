/**
 * World PC shipments up to 2020, the only demand data the model is fitted on (scripts/fit-demand.ts fits the AR(1)
 * of ./parameters.ts `pc_demand` and `pc_persistence` on it, and the kernel reads the start year's growth from it).
 * Later years are NOT here: they are in the record (./record.ts), and enter only the replay scenario
 * (realised-pc-demand.json) and the start year of a plan based after 2020.
 *
 * Source: Gartner annual PC shipment press releases as collected in ../shared/MODEL-BRIEF.md ("More facts up to
 * 2020"): Gartner figures, IDC where Gartner is missing. 2002 is missing (no figure found), so the growths of 2002 and
 * 2003 are not used; 2009 is the midpoint of 305.8–308.3; 2014 is 2013 × (1 − 2.1 %) (IDC's change, derived);
 * 2016 and 2017 are "about" figures (confidence M/L).
 */
import { REPLAY_PC_GROWTH } from './record.ts';

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
 * The observed log growth (log-%) of a path's start year: from the fitted series, or after 2020 from the record (the
 * growth the replay scenario pins, record/realised.json `replayPins`: Gartner 2021–2025, the source of the fit).
 * Never used in a fit: only as the AR(1)'s starting point for a plan whose base year is after 2020.
 */
export function startYearGrowth(year: number): number {
  const g = pcLogGrowth(year);
  if (g === g) return g;
  const after = REPLAY_PC_GROWTH[year];
  return after === undefined ? NaN : 100 * Math.log(1 + after / 100);
}
