/**
 * The plan's base figures for the end of 2020 and the assumptions that split them across the four sectors.
 * Every number here is either quoted from the plan (../shared/plan/FACTS.md) or marked as an assumption;
 * docs/MODEL.md is generated from this file and ./parameters.ts.
 */
import type { Sector } from './sectors.ts';

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
  /** above-size firms in 2020 (descriptive: the model counts firms in total) */
  firms: number;
  source: string;
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
      'Plan: terminals 77.4 % of output; value-added ratio "不到5%" (4.8 % assumed); leading firms\' R&D "低于0.4%"; firms: 53 % of 36 are computer parts and whole machines (19) plus 3 communications firms (assumption)',
  },
  chips: {
    outputShare: 13.0,
    firms: 6,
    source:
      'Assumption: SK hynix Chongqing about 123 亿元 in 2019 and +72 % in Q1 2020 (西永微电园) suggests about 200 亿元, plus other IC and display firms: 13 % (294 亿元). Value-added ratio and R&D intensity are residuals (a back-end packaging and test base)',
  },
  sensors: {
    outputShare: 5.0,
    vaRatio: 20,
    rdIntensity: 1.5,
    firms: 3,
    source:
      'Assumption: the rest of the plan\'s 27 % "mid-to-high-end" firms; value-added ratio and R&D intensity not given anywhere (the brief says so): 20 % and 1.5 % chosen, widen them as uncertainties',
  },
  applications: {
    outputShare: 4.6,
    vaRatio: 30,
    rdIntensity: 3.0,
    firms: 5,
    source:
      'Assumption: industrial internet, AI and industrial software are a small part of above-size industrial output; software value-added ratio 30 % and R&D 3 % assumed',
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
