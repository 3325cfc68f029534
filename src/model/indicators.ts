/**
 * The plan's ten indicators (表4 "十四五"新一代信息技术产业发展主要目标), their 2025 targets and units.
 * This is the one place the targets live: the CLI, the scorecard and the docs read them from here.
 */
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

export interface IndicatorDef {
  key: Indicator;
  label: { zh: string; en: string };
  unit: { zh: string; en: string };
  /** the 2025 target; met when the value is at least this */
  target: number;
  /** whole numbers (firm and platform counts) */
  integer: boolean;
  /**
   * How the statistics bin it (HISTOGRAM_BINS bins): a positive open range on a log scale, a bounded one linearly.
   * Counts use a bin width of 1/m with lo = -width/2, so that every whole number sits in the middle of a bin.
   */
  binning: { scale: 'linear' | 'log'; lo: number; hi: number };
  /** what the number is, in one sentence, and what the model assumes about its base */
  note: string;
}

export const INDICATOR_DEFS: Record<Indicator, IndicatorDef> = {
  output: {
    key: 'output',
    label: { zh: '产业规模（产值）', en: 'Output' },
    unit: { zh: '亿元', en: '× 100M CNY' },
    target: 3500,
    integer: false,
    binning: { scale: 'log', lo: 300, hi: 30000 },
    note: 'NGIT gross output of above-size firms; 2020 base 2259.3 亿元.',
  },
  output_cagr: {
    key: 'output_cagr',
    label: { zh: '产值年均增速', en: 'Output growth (CAGR)' },
    unit: { zh: '%', en: '% a year' },
    target: 10,
    integer: false,
    binning: { scale: 'linear', lo: -30, hi: 50 },
    note: 'Compound annual growth of output from the start year to the year shown; undefined in the start year.',
  },
  va_ratio: {
    key: 'va_ratio',
    label: { zh: '制造业增加值率', en: 'Value-added ratio' },
    unit: { zh: '%', en: '%' },
    target: 10,
    integer: false,
    binning: { scale: 'linear', lo: 0, hi: 60 },
    note: 'Value added ÷ output, output-weighted over the sectors; 2020 base 8.73 %.',
  },
  rd_intensity: {
    key: 'rd_intensity',
    label: { zh: 'R&D经费占营业收入比重', en: 'R&D intensity' },
    unit: { zh: '%', en: '% of revenue' },
    target: 5,
    integer: false,
    binning: { scale: 'linear', lo: 0, hi: 20 },
    note: "Firms' R&D expenditure ÷ revenue; 2020 base 0.6 %.",
  },
  rd_institution_share: {
    key: 'rd_institution_share',
    label: { zh: '规上企业建有研发机构占比', en: 'Firms with an R&D institution' },
    unit: { zh: '%', en: '% of firms' },
    target: 100,
    integer: false,
    binning: { scale: 'linear', lo: 0, hi: 100 },
    note: 'Share of above-size NGIT firms with an R&D institution; 2020 base 29.8 %; a share never passes 100 %.',
  },
  innovation_platforms: {
    key: 'innovation_platforms',
    label: { zh: '累计市级及以上创新平台', en: 'Innovation platforms (cumulative)' },
    unit: { zh: '个', en: 'platforms' },
    target: 15,
    integer: true,
    binning: { scale: 'linear', lo: -0.1, hi: 199.9 },
    note: 'Municipal-or-higher platforms, labs and R&D centres created since the end of 2020 (the plan gives no base).',
  },
  patent_cagr: {
    key: 'patent_cagr',
    label: { zh: '发明专利申请量年均增速', en: 'Invention-patent growth (CAGR)' },
    unit: { zh: '%', en: '% a year' },
    target: 10,
    integer: false,
    binning: { scale: 'linear', lo: -30, hi: 50 },
    note: 'Compound annual growth of invention-patent applications from the start year; undefined in the start year.',
  },
  firms: {
    key: 'firms',
    label: { zh: '规上企业数量', en: 'Above-size firms' },
    unit: { zh: '家', en: 'firms' },
    target: 100,
    integer: true,
    binning: { scale: 'linear', lo: -0.5, hi: 999.5 },
    note: 'Above-designated-size NGIT industrial firms; 2020 base 36.',
  },
  leading_firms: {
    key: 'leading_firms',
    label: { zh: '累计培育引进龙头企业', en: 'Leading firms (cumulative)' },
    unit: { zh: '家', en: 'firms' },
    target: 5,
    integer: true,
    binning: { scale: 'linear', lo: -0.05, hi: 99.95 },
    note: 'Leading firms cultivated or brought in since the end of 2020.',
  },
  specialised_firms: {
    key: 'specialised_firms',
    label: { zh: '累计“专精特新”企业', en: '"Specialised & innovative" firms (cumulative)' },
    unit: { zh: '家', en: 'firms' },
    target: 30,
    integer: true,
    binning: { scale: 'linear', lo: -0.25, hi: 499.75 },
    note: '专精特新 firms cultivated or brought in since the end of 2020.',
  },
};

export const TARGET_YEAR = 2025;
export const HISTOGRAM_BINS = 1000;
export const END_YEAR = 2035;
