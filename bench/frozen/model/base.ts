/**
 * The plan's base figures for the end of 2020 and the assumptions that split them across the four sectors.
 * Every number here is either quoted from the plan (../shared/plan/FACTS.md) or marked as an assumption;
 * docs/MODEL.md is generated from this file and ./parameters.ts.
 */
import { SECTORS, type Sector } from './sectors.ts';

export interface Fact {
  value: number;
  unit: string;
  source: string;
}

/** The plan's own 2020 figures (二、现状与问题). */
export const BASE_2020 = {
  output: { value: 2259.3, unit: '亿元', source: 'Plan: "2020年达到2259.3亿元"' },
  growth_2016_2020: { value: 10, unit: '% a year', source: 'Plan: "2016—2020年产值年均增速保持在10%以上"' },
  firms: { value: 36, unit: '家', source: 'Plan: "新一代信息技术规上工业企业36家"' },
  rd_institution_share: { value: 29.8, unit: '%', source: 'Plan: "有研发机构企业占比仅29.8%"' },
  rd_intensity: {
    value: 0.6,
    unit: '% of revenue',
    source: 'Plan: "R&D经费平均投入不足主营业务收入的0.6%" (taken at its bound)',
  },
  va_ratio: {
    value: (197.15 / 2259.3) * 100,
    unit: '%',
    source:
      'Zone industrial value added 197.15 亿元 (2020 statistical yearbook, 直管园) ÷ NGIT output 2259.3 亿元 = 8.73 %; consistent with the plan: terminals below 5 % are "under 60 % of the zone average"',
  },
} satisfies Record<string, Fact>;

export interface SectorBase {
  /** share of 2020 output, % */
  outputShare: number;
  /** value-added ratio of 2020 output, % */
  vaRatio: number;
  /** R&D expenditure as % of 2020 revenue */
  rdIntensity: number;
  /** above-size firms in 2020 (the model counts firms by sector from here) */
  firms: number;
  source: string;
  /** true where a figure of the row is a stated assumption rather than the plan's, a statistic or derived */
  assumption: boolean;
}

/**
 * The 2020 split. Terminals' output share and value-added ratio are the plan's; the chips row is the residual that
 * makes the zone totals (value-added ratio 8.73 %, R&D intensity 0.6 %) hold exactly.
 */
export const SECTOR_BASE_INPUT: Record<Exclude<Sector, 'chips'>, SectorBase> & {
  chips: Omit<SectorBase, 'vaRatio' | 'rdIntensity'>;
} = {
  terminals: {
    outputShare: 77.4,
    vaRatio: 4.8,
    rdIntensity: 0.4,
    firms: 22,
    source:
      'Plan: terminals 77.4 % of output; value-added ratio "不到5%" (4.8 %, inside the ODM range of gross margin plus wages, 2015–2020); leading firms\' R&D "低于0.4%"; firms: 53 % of 36 are computer parts and whole machines (19) plus 3 communications firms',
    assumption: false,
  },
  chips: {
    outputShare: 13.0,
    firms: 6,
    source:
      'Derived: SK hynix Chongqing about 123 亿元 in 2019 and +72 % in Q1 2020 (西永微电园 reports) suggests about 200 亿元, plus other IC and display firms: 13 % (294 亿元). Value-added ratio and R&D intensity are the residuals that make the zone totals hold (about 22 %: a packaging-and-test base, between WIOD China electronics 16.5 % and a fab)',
    assumption: false,
  },
  sensors: {
    outputShare: 5.0,
    vaRatio: 16.5,
    rdIntensity: 1.5,
    firms: 3,
    source:
      'Value-added ratio: China computers and electronics 16.5 % (WIOD 2014, 夏明、彭春燕 2019). Assumption: 5 % of output and 3 firms, the rest of the plan\'s 27 % "mid-to-high-end" firms; R&D 1.5 % of revenue',
    assumption: true,
  },
  applications: {
    outputShare: 4.6,
    vaRatio: 30,
    rdIntensity: 3.0,
    firms: 5,
    source:
      'Assumption: industrial internet, AI and industrial software are a small part of above-size industrial output; software value-added ratio 30 % and R&D 3 % assumed',
    assumption: true,
  },
};

function chipsResidual(total: number, key: 'vaRatio' | 'rdIntensity'): number {
  const s = SECTOR_BASE_INPUT;
  const others =
    s.terminals.outputShare * s.terminals[key] +
    s.sensors.outputShare * s.sensors[key] +
    s.applications.outputShare * s.applications[key];
  return (total * 100 - others) / s.chips.outputShare;
}

/** The full 2020 sector table, chips' residuals filled in. */
export const SECTOR_BASE: Record<Sector, SectorBase> = {
  chips: {
    ...SECTOR_BASE_INPUT.chips,
    vaRatio: chipsResidual(BASE_2020.va_ratio.value, 'vaRatio'),
    rdIntensity: chipsResidual(BASE_2020.rd_intensity.value, 'rdIntensity'),
  },
  terminals: SECTOR_BASE_INPUT.terminals,
  sensors: SECTOR_BASE_INPUT.sensors,
  applications: SECTOR_BASE_INPUT.applications,
};

/** Counts the plan calls "累计" (cumulative) start at 0 at the end of 2020: the plan counts them over 2021–2025. */
export const CUMULATIVE_FROM = 2020;

/**
 * The start state of a path. For 2020 it is the plan's base exactly. For an earlier start (the 2016 back-cast) it
 * is DERIVED, not sourced (the zone's own 2016 statistics for NGIT were not found): output is 2020 output deflated
 * at the plan's 10 % a year; the sector shares, value-added ratios, R&D intensities and the share of firms with an
 * R&D institution are those of 2020 (ODM margins were flat over 2015–2020: Wistron 3.8–5.5 %); the firm count is 2020's
 * 36 deflated at the net entry of above-size firms, 11 % in less 7 % out a year (Hubei statistics 2023), split by
 * sector in the 2020 proportions by largest remainder.
 */
/** Net entry of above-size firms, % a year: about 11 % in and 7 % out (Hubei statistics 2023). */
export const NET_FIRM_ENTRY = 4;

export interface StartState {
  output: number;
  firms: Record<Sector, number>;
}

export function startState(startYear: number): StartState {
  const back = Math.pow(1 + BASE_2020.growth_2016_2020.value / 100, 2020 - startYear);
  const output = BASE_2020.output.value / back;
  const total = Math.round(BASE_2020.firms.value / Math.pow(1 + NET_FIRM_ENTRY / 100, 2020 - startYear));
  const exact = SECTORS.map((s) => (SECTOR_BASE[s].firms * total) / BASE_2020.firms.value);
  const firms = exact.map(Math.floor);
  let left = total - firms.reduce((a, b) => a + b, 0);
  const order = SECTORS.map((_, i) => i).sort((a, b) => exact[b] - firms[b] - (exact[a] - firms[a]) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    firms[i]++;
    left--;
  }
  return {
    output,
    firms: Object.fromEntries(SECTORS.map((s, i) => [s, firms[i]])) as Record<Sector, number>,
  };
}
