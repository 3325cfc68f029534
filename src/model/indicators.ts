/**
 * The model's ten indicators (the 2021–2025 plan's 表4, "十四五"新一代信息技术产业发展主要目标): what each measures, its
 * unit and how it is binned. Their targets are a plan's (plans/*.json): ./plan.ts adds them to make IndicatorDef.
 */
import type { PlanTarget } from './plan.ts';

export const INDICATORS = [
  'output',
  'output_cagr',
  'va_ratio',
  'rd_intensity',
  'rd_institution_share',
  'innovation_platforms',
  'patent_cagr',
  'firms',
  'leading_firms',
  'specialised_firms',
] as const;
export type Indicator = (typeof INDICATORS)[number];

export interface IndicatorShape {
  label: { zh: string; en: string };
  unit: { zh: string; en: string };
  /** whole numbers (firm and platform counts) */
  integer: boolean;
  /**
   * How the statistics bin it (HISTOGRAM_BINS bins): a positive open range on a log scale, a bounded one linearly.
   * Counts use a bin width of 1/m with lo = -width/2, so that every whole number sits in the middle of a bin. The
   * scale-dependent ones (output and the counts) take the plan's range (./plan.ts, binningOf).
   */
  binning: { scale: 'linear' | 'log'; lo: number; hi: number };
  /** what the number is, in one sentence */
  note: string;
}

export interface IndicatorDef extends IndicatorShape {
  key: Indicator;
  /** the plan's target for its target year, or null where it sets none */
  target: PlanTarget | null;
}

export const INDICATOR_SHAPES: Record<Indicator, IndicatorShape> = {
  output: {
    label: { zh: '产业规模（产值）', en: 'Output' },
    unit: { zh: '亿元', en: '× 100M CNY' },
    integer: false,
    binning: { scale: 'log', lo: 300, hi: 30000 },
    note: "Gross output of the plan's industry, above-size firms.",
  },
  output_cagr: {
    label: { zh: '产值年均增速', en: 'Output growth (CAGR)' },
    unit: { zh: '%', en: '% a year' },
    integer: false,
    binning: { scale: 'linear', lo: -30, hi: 50 },
    note: 'Compound annual growth of output from the start year to the year shown; undefined in the start year.',
  },
  va_ratio: {
    label: { zh: '制造业增加值率', en: 'Value-added ratio' },
    unit: { zh: '%', en: '%' },
    integer: false,
    binning: { scale: 'linear', lo: 0, hi: 60 },
    note: 'Value added ÷ output, output-weighted over the sectors.',
  },
  rd_intensity: {
    label: { zh: 'R&D经费占营业收入比重', en: 'R&D intensity' },
    unit: { zh: '%', en: '% of revenue' },
    integer: false,
    binning: { scale: 'linear', lo: 0, hi: 20 },
    note: "Firms' R&D expenditure ÷ revenue.",
  },
  rd_institution_share: {
    label: { zh: '规上企业建有研发机构占比', en: 'Firms with an R&D institution' },
    unit: { zh: '%', en: '% of firms' },
    integer: false,
    binning: { scale: 'linear', lo: 0, hi: 100 },
    note: 'Share of above-size firms with an R&D institution; a share never passes 100 %.',
  },
  innovation_platforms: {
    label: { zh: '累计市级及以上创新平台', en: 'Innovation platforms (cumulative)' },
    unit: { zh: '个', en: 'platforms' },
    integer: true,
    binning: { scale: 'linear', lo: -0.1, hi: 199.9 },
    note: 'Municipal-or-higher platforms, labs and R&D centres created since the end of the base year (the plan gives no stock).',
  },
  patent_cagr: {
    label: { zh: '发明专利申请量年均增速', en: 'Invention-patent growth (CAGR)' },
    unit: { zh: '%', en: '% a year' },
    integer: false,
    binning: { scale: 'linear', lo: -30, hi: 50 },
    note: 'Compound annual growth of invention-patent applications from the start year; undefined in the start year.',
  },
  firms: {
    label: { zh: '规上企业数量', en: 'Above-size firms' },
    unit: { zh: '家', en: 'firms' },
    integer: true,
    binning: { scale: 'linear', lo: -0.5, hi: 999.5 },
    note: 'Above-designated-size industrial firms of the industry.',
  },
  leading_firms: {
    label: { zh: '累计培育引进龙头企业', en: 'Leading firms (cumulative)' },
    unit: { zh: '家', en: 'firms' },
    integer: true,
    binning: { scale: 'linear', lo: -0.05, hi: 99.95 },
    note: 'Leading firms cultivated or brought in since the end of the base year.',
  },
  specialised_firms: {
    label: { zh: '累计“专精特新”企业', en: '"Specialised & innovative" firms (cumulative)' },
    unit: { zh: '家', en: 'firms' },
    integer: true,
    binning: { scale: 'linear', lo: -0.25, hi: 499.75 },
    note: '专精特新 firms cultivated or brought in since the end of the base year.',
  },
};

export const HISTOGRAM_BINS = 1000;
