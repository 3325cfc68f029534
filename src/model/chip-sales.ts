/**
 * World semiconductor sales up to 2020, the data the chip cycle is fitted on (./fit.ts `fitChipAr1`, printed by
 * scripts/fit-demand.ts: ./parameters.ts `chip_cycle` and `chip_persistence`). Later years are in the record
 * (record/realised.json, `world_semis_sia_*`): the replay scenario pins them and the re-based fit reads them.
 *
 * Source: the Semiconductor Industry Association's annual press releases (figures compiled by WSTS, the World
 * Semiconductor Trade Statistics organisation), each giving the year's sales and its change on the year before:
 * 2007 $255.6 bn, +3.2 % on $247.7 bn (SIA, Business Wire 2008-02-01); 2008 $248.6 bn, −2.8 % (SIA via betanews,
 * 2009-02-03); 2009 $226.3 bn, −9 % (SIA via evertiq, 2010-02-01); 2010 $298.3 bn, +31.8 % (SIA via softpedia,
 * 2011-02-01); 2012 $291.6 bn, −2.7 % on 2011's $299.5 bn (SIA 2013-02-04, semiconductors.org); 2014 $335.8 bn,
 * +9.9 % on 2013's $305.6 bn (SIA, 2015-02, via semiconductor-digest.com); 2016 $338.9 bn, +1.1 % on 2015 (SIA,
 * PR Newswire 2017-02-02); 2017 $412.2 bn, +21.6 % (SIA via evertiq, 2018-02-06); 2018 $468.8 bn, +13.7 % (SIA,
 * PR Newswire 2019-02-04); 2020 $439.0 bn, +6.5 % on 2019's $412.3 bn (SIA, PR Newswire 2021-02-01).
 * Growth is taken as each release states it (each on the year before as then restated); 2011, 2013, 2015 and 2019
 * are derived from the levels the next release gives (2015: $338.9 bn ÷ 1.011 = $335.2 bn).
 */
import { RECORD_DATA } from './record.ts';

export interface ChipSales {
  year: number;
  /** growth on the year before as published (or derived), % */
  growth: number;
  note: string;
}

export const CHIP_SALES: readonly ChipSales[] = [
  { year: 2007, growth: 3.2, note: 'SIA 2008-02-01: $255.6 bn' },
  { year: 2008, growth: -2.8, note: 'betanews 2009-02-03: $248.6 bn' },
  { year: 2009, growth: -9.0, note: 'SIA 2010-02-01: $226.3 bn' },
  { year: 2010, growth: 31.8, note: 'softpedia 2011-02-01: $298.3 bn' },
  { year: 2011, growth: 100 * (299.5 / 298.3 - 1), note: 'derived: $299.5 bn (SIA 2013-02-04) on $298.3 bn' },
  { year: 2012, growth: -2.7, note: 'SIA 2013-02-04: $291.6 bn' },
  { year: 2013, growth: 100 * (305.6 / 291.6 - 1), note: 'derived: $305.6 bn (SIA 2015-02) on $291.6 bn' },
  { year: 2014, growth: 9.9, note: 'SIA 2015-02: $335.8 bn' },
  { year: 2015, growth: 100 * (338.9 / 1.011 / 335.8 - 1), note: 'derived: $338.9 bn ÷ 1.011 on $335.8 bn' },
  { year: 2016, growth: 1.1, note: 'SIA 2017-02-02: $338.9 bn' },
  { year: 2017, growth: 21.6, note: 'evertiq 2018-02-06: $412.2 bn' },
  { year: 2018, growth: 13.7, note: 'SIA 2019-02-04: $468.8 bn' },
  { year: 2019, growth: 100 * (412.3 / 468.8 - 1), note: 'derived: $412.3 bn (SIA 2021-02-01) on $468.8 bn' },
  { year: 2020, growth: 6.5, note: 'SIA 2021-02-01: $439.0 bn' },
];

/** Log growth of world chip sales in `year` (×100, log-%), or NaN where the series has no such year. */
export function chipLogGrowth(year: number): number {
  const s = CHIP_SALES.find((c) => c.year === year);
  return s ? 100 * Math.log(1 + s.growth / 100) : NaN;
}

/**
 * The observed log growth (log-%) of world chip sales in a path's start year: the fitted series, or after 2020 the
 * record's SIA figure (`world_semis_sia_<year>`); NaN where neither has the year (the AR(1) then starts at its mean).
 */
export function chipStartGrowth(year: number): number {
  const g = chipLogGrowth(year);
  if (g === g) return g;
  const f = RECORD_DATA.figures.find((x) => x.key === `world_semis_sia_${year}`);
  return f ? 100 * Math.log(1 + f.value / 100) : NaN;
}
