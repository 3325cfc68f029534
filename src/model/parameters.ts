/**
 * The model's parameters that belong to no plan, in one typed table: the levers' meaning (their sizes are a plan's),
 * the world's uncertainties (kept apart from the levers) and structural constants. Each carries its unit, range, value
 * or distribution and its source or stated assumption. A plan (plans/*.json, ./plan.ts) adds its levers' sizes, its
 * sectors and their margins. docs/MODEL.md is generated from this file and the plan (npm run docs), and a test keeps
 * them equal.
 */
export type Bilingual = { zh: string; en: string };

// ---------------------------------------------------------------------------------------------------------------
// Levers

/**
 * The model's levers, in the order scenarios, links and tables list them. `fund_share` stands for the fund's
 * sector shares: one lever `fund_<sector>` per sector of the plan, in the plan's sector order. What each lever does
 * is the model's (./simulate.ts, docs/MODEL.md §3–§8); its size, range, cost and the plan's words are the plan's
 * (plans/*.json, ./plan.ts).
 */
export const CORE_LEVER_KEYS = [
  'land',
  'factory_space',
  'fund',
  'fund_share',
  'talent',
  'rd_incentive',
  'attraction',
  'cultivation',
] as const;
export type CoreLeverKey = (typeof CORE_LEVER_KEYS)[number];
/** A lever of a plan: a core lever, or the fund's share for one of its sectors (`fund_<sector id>`). */
export type LeverKey = Exclude<CoreLeverKey, 'fund_share'> | `fund_${string}`;
/** Lever values as the kernel reads them: one number per lever (in one period of the plan). */
export type Levers = Record<LeverKey, number>;

export const LEVER_GROUPS = ['space', 'finance', 'talent', 'innovation', 'enterprise'] as const;
export type LeverGroup = (typeof LEVER_GROUPS)[number];

export const LEVER_GROUP: Record<CoreLeverKey, LeverGroup> = {
  land: 'space',
  factory_space: 'space',
  fund: 'finance',
  fund_share: 'finance',
  talent: 'talent',
  rd_incentive: 'innovation',
  attraction: 'enterprise',
  cultivation: 'enterprise',
};

const yi = { zh: '亿元/年', en: '× 100M CNY a year' };
const pct = { zh: '%', en: '%' };

/** The unit the model's equations read each lever in: a plan file states it and must use it (plan-schema.ts). */
export const LEVER_MODEL_UNIT: Record<CoreLeverKey, Bilingual> = {
  land: { zh: '亩/年', en: 'mu a year' },
  factory_space: { zh: '万㎡/年', en: '× 10,000 m² a year' },
  fund: yi,
  fund_share: pct,
  talent: yi,
  rd_incentive: yi,
  attraction: yi,
  cultivation: yi,
};

export interface LeverDef {
  key: LeverKey;
  group: LeverGroup;
  label: Bilingual;
  unit: Bilingual;
  min: number;
  max: number;
  step: number;
  /** the plan scenario's value: one for every period, or one per period of the plan */
  plan: number | number[];
  /** the value of the no-new-policy scenario (per period where it changes) */
  noPolicy: number | number[];
  /** the value the plan itself gives, or null where the plan names the lever without a number */
  planValue: Bilingual | null;
  /** public money, 亿元 per unit of the lever per year; 0 where the lever is not spending */
  cost: number;
  /** one line quoting the plan */
  quote: Bilingual;
  source: string;
  /** the source in Chinese, for the Chinese UI */
  sourceZh: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Uncertainties

export type Dist =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; lo: number; hi: number }
  | { kind: 'triangular'; lo: number; mode: number; hi: number }
  /** a normal shock drawn every year (mean and standard deviation, in the parameter's unit) */
  | { kind: 'normal'; mean: number; sd: number };

/**
 * The world's uncertainties, in table order, which is also the order a path draws the per-path ones. The value-added
 * ratio of each sector's new capacity (`va_new_<sector>`) sits between the two halves: one per sector of the plan,
 * in its sector order (./plan.ts), so that the draws of the 2021–2025 plan keep the order they had before plans
 * became files.
 */
export const UNCERTAINTY_HEAD = [
  'pc_demand',
  'pc_persistence',
  'chip_cycle',
  'chip_persistence',
  'emerging_demand',
  'common_shock',
  'terminal_drift',
  'relocation',
  'friction_prob',
  'friction_size',
  'neighbour_pull',
  'project_rate',
  'project_noise',
  'attraction_elasticity',
  'land_productivity',
  'space_productivity',
  'wait_leave',
  'fund_leverage',
  'fund_raised',
  'fund_additionality',
] as const;
export const UNCERTAINTY_TAIL = [
  'margin_cycle',
  'cultivation_tfp',
  'talent_effect',
  'rd_price_elasticity',
  'rd_relabelling',
  'rd_productivity',
  'patent_elasticity',
  'patent_trend',
  'inst_hazard',
  'inst_new',
  'inst_policy',
  'platform_rate',
  'platform_policy',
  'firm_entry',
  'firm_exit',
  'entry_policy',
  'spec_rate',
  'spec_policy',
  'leading_capacity',
  'leading_policy',
] as const;
export type CoreUncertaintyKey = (typeof UNCERTAINTY_HEAD)[number] | (typeof UNCERTAINTY_TAIL)[number];
/** An uncertainty of a plan: a structural one, or the new-capacity value-added ratio of a sector. */
export type UncertaintyKey = CoreUncertaintyKey | `va_new_${string}`;

export const UNCERTAINTY_GROUPS = [
  'market',
  'risk',
  'projects',
  'fund',
  'value_added',
  'innovation',
  'firms',
] as const;
export type UncertaintyGroup = (typeof UNCERTAINTY_GROUPS)[number];

/** What a fitted parameter was fitted on: the data and the years (docs/MODEL.md prints the calibration table). */
export interface Fitted {
  data: string;
  years: string;
  how: string;
}

export interface UncertaintyDef {
  key: UncertaintyKey;
  group: UncertaintyGroup;
  label: Bilingual;
  unit: Bilingual;
  /** 'path': drawn once per simulated path; 'shock': a normal drawn every year */
  kind: 'path' | 'shock';
  default: Dist;
  /** every value of an edited distribution (bounds, mode, mean) must lie in [min, max]; a shock's sd in [0, sdMax] */
  min: number;
  max: number;
  sdMax?: number;
  source: string;
  /** the source in Chinese, for the Chinese UI (./sources-zh.ts for the structural ones, the plan file for a sector's) */
  sourceZh?: string;
  /** true where no publication or statistic gives the value: a stated assumption with its range */
  assumption: boolean;
  /** set where the value was fitted on data (up to 2020 only) */
  fitted?: Fitted;
}

const pctYr = { zh: '%/年', en: '% a year' };
const ratio = { zh: '倍', en: '×' };
const policyUnit = (en: string, zh: string) => ({ zh: `${zh}（政策饱和时）`, en: `${en} at saturation` });

export const UNCERTAINTIES: Record<CoreUncertaintyKey, UncertaintyDef> = {
  pc_demand: {
    key: 'pc_demand',
    group: 'market',
    label: { zh: '全球PC需求冲击（AR(1)的均值与新息）', en: 'World PC demand: mean growth and yearly shock' },
    unit: { zh: '对数%/年', en: 'log-% a year' },
    kind: 'shock',
    default: { kind: 'normal', mean: 1.58, sd: 5.8 },
    min: -30,
    max: 30,
    sdMax: 40,
    source:
      "Fitted: AR(1) on the log growth of Gartner world PC shipments, 2000–2020 (16 pairs of consecutive years, 2004→2005 to 2019→2020; scripts/fit-demand.ts): long-run mean 1.58 log-% a year, innovation sd 5.8. The year's growth is mean + persistence × (last year's growth − mean) + shock; the start year's growth is the observed one (2020: +5.2 log-%)",
    assumption: false,
    fitted: {
      data: 'Gartner world PC shipments (IDC where Gartner is missing)',
      years: '2000–2020',
      how: 'least squares AR(1) on log growth',
    },
  },
  pc_persistence: {
    key: 'pc_persistence',
    group: 'market',
    label: { zh: 'PC需求增速的持续性', en: 'Persistence of PC demand growth' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 0.49, hi: 0.86 },
    min: -0.9,
    max: 0.95,
    source:
      'Fitted with pc_demand: AR(1) coefficient 0.672, standard error 0.185 (Gartner 2000–2020); drawn per path over ± one standard error, so a boom is followed by more growth than average, then fades',
    assumption: false,
    fitted: {
      data: 'Gartner world PC shipments',
      years: '2000–2020',
      how: 'AR(1) coefficient ± one standard error',
    },
  },
  chip_cycle: {
    key: 'chip_cycle',
    group: 'market',
    label: {
      zh: '半导体周期：AR(1)的均值与新息（全球芯片销售额增速）',
      en: 'Semiconductor cycle: mean growth and yearly shock (world chip sales)',
    },
    unit: { zh: '对数%/年', en: 'log-% a year' },
    kind: 'shock',
    default: { kind: 'normal', mean: 4.1, sd: 11.3 },
    min: -30,
    max: 30,
    sdMax: 40,
    source:
      "Fitted: AR(1) on the log growth of world semiconductor sales (SIA's annual releases of WSTS figures), 2006–2020 (13 pairs of consecutive years, 2007→2008 to 2019→2020; scripts/fit-demand.ts; src/model/chip-sales.ts holds the data): long-run mean 4.1 log-% a year, innovation sd 11.3. The year's growth is mean + persistence × (last year's growth − mean) + shock; the start year's growth is the observed one (2020: +6.5 %). Model 2 assumed 6 % a year and sd 13 with no memory",
    assumption: false,
    fitted: {
      data: 'world semiconductor sales (SIA releases of WSTS figures)',
      years: '2006–2020',
      how: 'least squares AR(1) on log growth',
    },
  },
  chip_persistence: {
    key: 'chip_persistence',
    group: 'market',
    label: { zh: '芯片需求增速的持续性', en: 'Persistence of chip demand growth' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: -0.55, hi: 0.03 },
    min: -0.9,
    max: 0.95,
    source:
      'Fitted with chip_cycle: AR(1) coefficient −0.26, standard error 0.29 (world semiconductor sales 2006–2020); drawn per path over ± one standard error. Negative: a boom year tends to be followed by a weaker one (2010 +31.8 % then +0.4 %; 2017–18 then −12.1 % in 2019), the inventory cycle',
    assumption: false,
    fitted: {
      data: 'world semiconductor sales (SIA releases of WSTS figures)',
      years: '2006–2020',
      how: 'AR(1) coefficient ± one standard error',
    },
  },
  emerging_demand: {
    key: 'emerging_demand',
    group: 'market',
    label: { zh: '传感器与应用市场增速', en: 'Sensor and application market growth' },
    unit: pctYr,
    kind: 'shock',
    default: { kind: 'normal', mean: 8, sd: 8 },
    min: -30,
    max: 40,
    sdMax: 40,
    source:
      'Sensor and software market growth up to 2020, as industry reports give it (reposted, confidence M/L): world sensor market +9.7 % (2016), +12.29 % to 1955 亿美元 (2017; the levels of the two reports disagree), +5.6 % to about 1600 亿美元 (2020; 赛迪顾问: 1606.3 亿美元), and a forecast of "about 8 %" a year to 3284 亿美元 in 2024. The mean 8 % is that forecast and one sd (0–16 %) spans the yearly sensor figures. China\'s software revenue grew faster: +14.2 % (2018) and +13.3 % (2020; industrial software +11.2 %), MIIT statistical bulletins, so for applications the mean may be low. Drawn separately for each of the two sectors',
    assumption: false,
  },
  common_shock: {
    key: 'common_shock',
    group: 'market',
    label: { zh: '部门间共同冲击占比', en: 'Common share of sector shocks' },
    unit: pct,
    kind: 'path',
    default: { kind: 'fixed', value: 30 },
    min: 0,
    max: 100,
    source:
      "Derived from the two fitted demand series (src/model/pc-shipments.ts, chip-sales.ts): the yearly AR(1) shocks of world PC shipments and of world chip sales are correlated 0.48 over 2008–2020 (13 years; ± one standard error 0.20–0.68), their log growths 0.14 over 2007–2020. 30 % of each sector's shock variance common to all four (a correlation of 0.3) lies between the two and inside the shocks' ± one standard error: one economy, one trade climate",
    assumption: false,
  },
  terminal_drift: {
    key: 'terminal_drift',
    group: 'market',
    label: { zh: '终端产品升级与份额增长', en: 'Terminal upgrading and share gains' },
    unit: pctYr,
    kind: 'path',
    default: { kind: 'uniform', lo: 2.7, hi: 5.6 },
    min: -10,
    max: 15,
    source:
      "Derived from data up to 2019: Chongqing's notebooks 61 M (2014, China Daily 2015-01-09), 60.95 M (2017, 市经信委), 64.22 M (2019, 中新社 2020-05) against world PCs 309.3 → 261 → 261.2 M (Gartner): Chongqing gained 5.6 % a year on the world in 2014–17 and 2.7 % a year in 2017–19",
    assumption: false,
    fitted: {
      data: 'Chongqing notebook output against Gartner world PC shipments',
      years: '2014–2019',
      how: 'range of the yearly share gain over the two sub-periods',
    },
  },
  relocation: {
    key: 'relocation',
    group: 'risk',
    label: { zh: '整机组装外迁东南亚', en: 'Relocation of assembly to South-East Asia' },
    unit: pctYr,
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 3 },
    min: 0,
    max: 20,
    source: 'Assumption: the plan names the move of labour-intensive assembly to South-East Asia as a risk',
    assumption: true,
  },
  friction_prob: {
    key: 'friction_prob',
    group: 'risk',
    label: { zh: '贸易摩擦冲击概率', en: 'Chance of a trade-friction shock' },
    unit: pctYr,
    kind: 'path',
    default: { kind: 'fixed', value: 10 },
    min: 0,
    max: 100,
    source:
      'Bounded by the record of 2010–2020: one trade-friction threat to notebooks in the decade, the 15 % US tariff on laptops (Section 301 List 4B) announced for 2019-12-15 (USTR, 2019-08-13) and suspended on 2019-12-13 (CBP CSMS #40984510, the Phase One deal), and none realised: at most one shock a decade, 10 % a year, the upper end of what the record shows. The plan names global trade friction as its first risk',
    assumption: false,
  },
  friction_size: {
    key: 'friction_size',
    group: 'risk',
    label: { zh: '贸易摩擦冲击幅度', en: 'Size of a trade-friction shock' },
    unit: { zh: '% 产值', en: '% of output' },
    kind: 'path',
    default: { kind: 'uniform', lo: 3, hi: 12 },
    min: 0,
    max: 60,
    source:
      'Assumption: a shock cuts terminal output by this much and chip output by half as much, permanently',
    assumption: true,
  },
  neighbour_pull: {
    key: 'neighbour_pull',
    group: 'risk',
    label: { zh: '周边园区分流（成都高新区、两江新区）', en: 'Pull of neighbouring parks' },
    unit: { zh: '% 招商项目', en: '% of attracted projects' },
    kind: 'path',
    default: { kind: 'uniform', lo: 10, hi: 40 },
    min: 0,
    max: 90,
    source: 'Assumption: the plan names Chengdu High-tech Zone and Liangjiang drawing firms and talent away',
    assumption: true,
  },
  project_rate: {
    key: 'project_rate',
    group: 'projects',
    label: { zh: '基准招商项目到达率', en: 'Baseline arrival of new projects' },
    unit: { zh: '% 上年产值/年', en: "% of last year's output a year" },
    kind: 'path',
    default: { kind: 'uniform', lo: 8, hi: 16 },
    min: 0,
    max: 40,
    source:
      "Fitted: capacity (at full ramp) of projects seeking to locate each year at the 2016–2020 attraction effort, before the neighbours' pull; the range makes the 2016 back-cast (world PC demand pinned to Gartner 2017–2020) grow about 10 % a year to 2020 in its median, as the plan says it did",
    assumption: false,
    fitted: {
      data: 'the plan\'s 2016–2020 output growth ("above 10 % a year") and 2020 output 2259.3 亿元',
      years: '2016–2020',
      how: 'back-cast median growth, PC demand pinned to Gartner 2017–2020',
    },
  },
  project_noise: {
    key: 'project_noise',
    group: 'projects',
    label: { zh: '项目到达年度波动', en: 'Year-to-year lumpiness of projects' },
    unit: { zh: '% (对数标准差)', en: '% (log sd)' },
    kind: 'path',
    default: { kind: 'fixed', value: 30 },
    min: 0,
    max: 100,
    source:
      'Assumption: big projects arrive in lumps (华润微 75.5 亿元 in one line); lognormal, mean preserved',
    assumption: true,
  },
  attraction_elasticity: {
    key: 'attraction_elasticity',
    group: 'projects',
    label: { zh: '招商投入弹性', en: 'Elasticity of projects to attraction spending' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 0.3, hi: 0.7 },
    min: 0,
    max: 1,
    source: 'Assumption: diminishing returns; doubling attraction spending raises arrivals by 2^elasticity',
    assumption: true,
  },
  land_productivity: {
    key: 'land_productivity',
    group: 'projects',
    label: { zh: '新增用地产出强度', en: 'Output per mu of new land' },
    unit: { zh: '亿元/亩', en: '× 100M CNY per mu' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0.07, hi: 0.18 },
    min: 0.02,
    max: 1,
    source:
      "Parks, not the plan's target: 两江新区 entry threshold for electronics 700–1,000 万元 of output per 亩 (2013); national development zones' high-tech output 1,483–1,778 万元/亩 (2009–11, Ministry of Land and Resources). Range 700–1,800 万元/亩 at full ramp. The plan's own 1,241 亿元 on 4,000–4,300 亩 would need 2,900–3,100 万元/亩: the model does not assume it",
    assumption: false,
  },
  space_productivity: {
    key: 'space_productivity',
    group: 'projects',
    label: { zh: '标准厂房产出强度', en: 'Output per 10,000 m² of factory space' },
    unit: { zh: '亿元/万㎡', en: '× 100M CNY per 10,000 m²' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0.3, hi: 3 },
    min: 0.05,
    max: 10,
    source:
      "Derived: the model's output per 亩 of new land, 700–1,800 万元 (land_productivity), on 666.7 m² at plot ratios from the national minimum for electronics, 1.0 (the national standard of industrial plot ratios, as reposted), to 2.21 (Shanghai's first 97 工业上楼 projects) is about 4,750–27,000 元 of output per m² of floor a year; those Shanghai projects plan 1,830 万元/亩 at a plot ratio of 2.21, about 12,400 元/m² (界面新闻, 2024, figures to end-2023). In Chongqing, 重庆西部电子电路产业园 (荣昌) had let all of its 42 万㎡ of standard factory space and expected 20 亿元 of output the next year, about 4,760 元/m² in its first year (视觉重庆 photo report, via a repost, date not shown). The range 3,000–30,000 元/m² (0.3–3 亿元 per 10,000 m²) for small sensor and software firms covers these",
    assumption: false,
  },
  wait_leave: {
    key: 'wait_leave',
    group: 'projects',
    label: { zh: '等待用地项目流失率', en: 'Projects waiting for land that go elsewhere' },
    unit: pctYr,
    kind: 'path',
    default: { kind: 'uniform', lo: 15, hi: 50 },
    min: 0,
    max: 100,
    source:
      "Bounded by data: of the projects signed at Yunnan's provincial investment events in the first half of 2015 and placed in parks, 82 % had kept their contracts and 32 % had landed by 2015-10-30 (Yunnan's investment promotion website, invest.yn.gov.cn): 18 % lost within 4–10 months, about 21–45 % a year, inside the range. A project that finds no land or space waits; this share of the waiting queue leaves each year",
    assumption: false,
  },
  fund_leverage: {
    key: 'fund_leverage',
    group: 'fund',
    label: {
      zh: '基金目标规模中每份财政出资对应的社会资本（名义）',
      en: "Private money per public 100M CNY in the fund's target (nominal)",
    },
    unit: ratio,
    kind: 'path',
    default: { kind: 'fixed', value: 4 },
    min: 0,
    max: 10,
    source:
      "Government share capped at 20 % of a guidance fund (财预〔2015〕210号, 2015): a target of 5 per public 1, nominal 1:4. The shortfall is counted once, in fund_raised (a share of a target that counts the private money), so the fund invests public × (1 + this) × fund_raised; model 2 drew a realised 0.5–4 here and also applied fund_raised, counting the private shortfall twice. Big Fund I's about 1:2 by end-2015 against its 1:4 plan (Big Fund reports) is 3 of a target of 5, 60 % raised, inside fund_raised's range",
    assumption: false,
  },
  fund_raised: {
    key: 'fund_raised',
    group: 'fund',
    label: { zh: '基金实际募集比例', en: 'Share of the fund actually raised' },
    unit: pct,
    kind: 'path',
    default: { kind: 'triangular', lo: 26, mode: 43, hi: 75 },
    min: 0,
    max: 100,
    source:
      'By Q1 2020 guidance funds had raised 43 % of their target (CSET 2021); by 2021 only 26 % reached their target size (Wei, Ang & Jia, China Quarterly 2023)',
    assumption: false,
  },
  fund_additionality: {
    key: 'fund_additionality',
    group: 'fund',
    label: { zh: '基金项目的新增性', en: 'Additionality of fund-backed projects' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 30, hi: 90 },
    min: 0,
    max: 100,
    source:
      'Assumption: part of what the fund backs would have come anyway. The fund builds capacity only (fixed assets), never productivity: guidance-fund investment raised fixed assets but not sales, labour productivity or R&D intensity (RIETI DP 22-E-110, 2022)',
    assumption: true,
  },
  margin_cycle: {
    key: 'margin_cycle',
    group: 'value_added',
    label: { zh: '组装毛利随需求的周期弹性', en: 'Assembly margin cycle with demand' },
    unit: { zh: '相对变化/单位对数增速', en: 'relative change per unit of log growth' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 2.4 },
    min: 0,
    max: 10,
    source:
      "Fitted: Wistron's gross margin 2015–2020 (TWSE filings) against Gartner PC log growth: +0.056 points per log-% (standard error 0.056) on a 4.63 % mean, i.e. 1.2 relative (se 1.2); drawn over the estimate ± one standard error, 0–2.4. A terminal's value-added ratio is multiplied by 1 + this × (demand growth − its mean), bounded by margin_cycle_bounds: within the range the margins were observed in",
    assumption: false,
    fitted: {
      data: 'Wistron gross margin (TWSE) and Gartner PC shipments',
      years: '2015–2020',
      how: 'least squares slope, relative to the mean margin; the estimate ± one standard error',
    },
  },
  cultivation_tfp: {
    key: 'cultivation_tfp',
    group: 'value_added',
    label: { zh: '企业培育对传感器与应用增加值的作用', en: 'Value added gained by cultivated small firms' },
    unit: policyUnit('% of sensor and application value added', '传感器与应用增加值 %'),
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 10 },
    min: 0,
    max: 50,
    source:
      '专精特新 recognition raises TFP (difference-in-differences 2016–21, 伍中信等 2023) but no magnitude is published: an explicit uncertainty from none to 10 % of the value added of sensors and applications (the small-firm sectors), relative to the 2016–2020 effort',
    assumption: true,
  },
  talent_effect: {
    key: 'talent_effect',
    group: 'innovation',
    label: { zh: '人才政策实际效果', en: 'How well the talent programme works' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 1 },
    min: 0,
    max: 2,
    source:
      "Each 亿元 of talent spending works as this many 亿元 of R&D incentive: returnee scientists' output +27 %, mostly from funding and team size (Science 379:62, 2023); city talent policies had no significant innovation effect in central and western cities (270 cities 2009–18, 财经问题研究 2021(6)): anywhere from none to full",
    assumption: false,
  },
  rd_price_elasticity: {
    key: 'rd_price_elasticity',
    group: 'innovation',
    label: { zh: '研发投入对税后成本的弹性', en: 'Elasticity of R&D to its after-subsidy cost' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 1.58, hi: 2.05 },
    min: 0,
    max: 5,
    source:
      'R&D super-deduction: elasticity 1.58 after the 2013 reform (manufacturing 1.69, SMEs 1.71) and 2.05 after 2016 (Qian, Zhan & Pan, China & World Economy 2022). The incentive lowers the cost of a 元 of R&D by incentive ÷ own R&D (at most 50 %)',
    assumption: false,
  },
  rd_relabelling: {
    key: 'rd_relabelling',
    group: 'innovation',
    label: { zh: '研发费用“重新归类”比例', en: 'Share of induced R&D that is relabelling' },
    unit: pct,
    kind: 'path',
    default: { kind: 'fixed', value: 24.2 },
    min: 0,
    max: 100,
    source:
      'At the InnoCom notch 24.2 % of reported R&D is relabelled other spending (Chen, Liu, Suárez Serrato & Xu, AER 2021): it counts in R&D intensity but raises no productivity',
    assumption: false,
  },
  rd_productivity: {
    key: 'rd_productivity',
    group: 'innovation',
    label: { zh: '研发翻倍带来的生产率提升', en: 'Productivity gained per doubling of real R&D' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 6, hi: 12 },
    min: 0,
    max: 40,
    source:
      'Doubling R&D raises productivity about 9 % (Chen, Liu, Suárez Serrato & Xu, AER 2021); ±3 points for the transfer to this zone is an assumption. The channel to value added: value added × (real R&D ÷ R&D without new incentives)^log2(1 + this)',
    assumption: false,
  },
  patent_elasticity: {
    key: 'patent_elasticity',
    group: 'innovation',
    label: { zh: '专利对研发投入的弹性', en: 'Elasticity of patents to R&D spending' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 0.3, hi: 0.7 },
    min: 0,
    max: 2,
    source:
      "Panel estimates of the elasticity of patents to R&D are about 0.5–0.7 (Hausman, Hall & Griliches, Econometrica 52(4):909–938, 1984, as summarised in MethodAtlas's replication lab); the relation is close to proportional across firms and weaker within a firm over time (Pakes & Griliches, NBER WP 561, 1980: within-firm partial R² 0.2–0.3 against 0.8 or more across firms; Griliches, Journal of Economic Literature 28:1661–1707, 1990). The range 0.3–0.7 takes the panel estimates as its upper half and extends below them for year-to-year changes within one region",
    assumption: false,
  },
  patent_trend: {
    key: 'patent_trend',
    group: 'innovation',
    label: { zh: '专利申请趋势与波动', en: 'Patent trend and noise' },
    unit: pctYr,
    kind: 'shock',
    default: { kind: 'normal', mean: 0, sd: 10 },
    min: -20,
    max: 20,
    sdMax: 50,
    source:
      "Derived from national figures 2017–2020: domestic invention-patent applications 1,245,709 → 1,393,815 → 1,243,568 → 1,344,817 (CNIPA, China Intellectual Property Statistical Yearbook 2022, table 1-2) against R&D spending +11.8 %, +12.5 % and +10.2 % a year (NBS, MOST and MOF, 全国科技经费投入统计公报 2018–2020, nominal): at an elasticity of 0.3–0.7 the applications' own movement averaged −0.7 to −5.1 log-% a year (standard error about 7) with an sd of about 12.5 (3 years). Mean 0 and sd 10 lie within what these years can tell; the zone's own patent series before 2020 was not found",
    assumption: false,
  },
  inst_hazard: {
    key: 'inst_hazard',
    group: 'innovation',
    label: { zh: '企业新建研发机构速度', en: 'Firms setting up an R&D institution' },
    unit: { zh: '% 未建企业/年', en: '% of firms without one, a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 2 },
    min: 0,
    max: 100,
    source:
      'Calibrated: without new policy few firms add an institution. The 2016 back-cast starts at the 2020 share (29.8 %, no earlier figure found), so a no-new-policy rate that keeps it near 29.8 % over 2016–2020 is 0–2 % a year (model 1.0 used 2–6 %, which pushed the 2020 share to 42–51 %)',
    assumption: false,
    fitted: {
      data: "the plan's 2020 share of firms with an R&D institution (29.8 %)",
      years: '2016–2020',
      how: 'back-cast band must contain 29.8 %',
    },
  },
  inst_new: {
    key: 'inst_new',
    group: 'innovation',
    label: { zh: '新进入企业建有研发机构比例', en: 'New firms arriving with an R&D institution' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 20, hi: 40 },
    min: 0,
    max: 100,
    source:
      "Derived from the plan: attracted firms have an institution about as often as the zone's 2020 firms (29.8 %, the plan), ±10 points. Above-size industrial firms with an R&D institution in Fujian 2019 (Fujian Statistical Yearbook 2020, table 15-4): large firms 172 of 451 (38 %), medium 408 of 2538 (16 %), all 1703 of 18365 (9.3 %); attracted projects are mostly large, and the range covers the zone's share and that of large firms",
    assumption: false,
  },
  inst_policy: {
    key: 'inst_policy',
    group: 'innovation',
    label: { zh: '研发激励对建立研发机构的作用', en: 'R&D institutions added by incentives' },
    unit: policyUnit('% of firms without one, a year', '未建企业 %/年'),
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 20 },
    min: 0,
    max: 100,
    source:
      'Assumption, explicit and wide (was the fixed cap inst_policy_max): incentives add from nothing to 20 % a year to the rate at which firms set up an R&D institution, through 1 − exp(−incentive ÷ 5 亿元), relative to the 2016–2020 effort',
    assumption: true,
  },
  platform_rate: {
    key: 'platform_rate',
    group: 'innovation',
    label: { zh: '创新平台基准创建速度', en: 'Platforms created without new policy' },
    unit: { zh: '个/年', en: 'platforms a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 1, hi: 2 },
    min: 0,
    max: 20,
    source:
      "Assumption: the zone already hosts research institutes (北大重庆大数据研究院 and others); the zone's platform count before 2020 was not found",
    assumption: true,
  },
  platform_policy: {
    key: 'platform_policy',
    group: 'innovation',
    label: { zh: '研发激励新增创新平台', en: 'Platforms added by incentives' },
    unit: policyUnit('platforms a year', '个/年'),
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 3 },
    min: 0,
    max: 20,
    source:
      'Assumption, explicit and wide (was the fixed cap platform_policy_max): incentives and talent add from 0 to 3 platforms a year at saturation, relative to the 2016–2020 effort',
    assumption: true,
  },
  firm_entry: {
    key: 'firm_entry',
    group: 'firms',
    label: { zh: '企业升规入统率（不含新落地项目）', en: 'Firms growing above the size threshold' },
    unit: { zh: '% 企业数/年', en: '% of firms a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 2, hi: 6 },
    min: 0,
    max: 50,
    source:
      "Derived: above-size firms enter about 11 % a year at reclassification (Hubei statistics 2023: 1,847 entered in January–February on 16,269 firms, 770 net, so 1,077 left: 11.4 % and 6.6 %; 湖北日报 via a repost), which includes new plants; the model counts those separately (one firm per placed project of the sector's 2020 average size, about 5–8 % a year), leaving 2–6 % for firms growing above the threshold",
    assumption: false,
  },
  firm_exit: {
    key: 'firm_exit',
    group: 'firms',
    label: { zh: '企业退出率', en: 'Firm exit rate' },
    unit: { zh: '% 企业数/年', en: '% of firms a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 5, hi: 9 },
    min: 0,
    max: 50,
    source:
      "Above-size firms leave about 7 % a year (Hubei statistics 2023); Chongqing new firms' 3-year survival 83 % (about 6 % a year, 重庆市统计局 2022)",
    assumption: false,
  },
  entry_policy: {
    key: 'entry_policy',
    group: 'firms',
    label: { zh: '企业培育提高升规率', en: 'Extra firms growing above the threshold' },
    unit: policyUnit('% more firms growing above the threshold', '升规率增加 %'),
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 30 },
    min: 0,
    max: 200,
    source:
      'Assumption, explicit and wide (was the fixed cap entry_policy_max): cultivation (雏鹰/瞪羚) raises the rate of firms growing above the threshold by 0–30 % at saturation, relative to the 2016–2020 effort',
    assumption: true,
  },
  spec_rate: {
    key: 'spec_rate',
    group: 'firms',
    label: { zh: '“专精特新”基准认定速度', en: 'Specialised firms recognised without new policy' },
    unit: { zh: '家/年', en: 'firms a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 1.1, hi: 3.4 },
    min: 0,
    max: 50,
    source:
      "Derived from Chongqing's recognition batches: 229 firms (2018, 渝经信发〔2018〕102号) and 186 + 20 + 10 (2019, 市经信委 2019-12-17), about 220 a year. The zone's NGIT share: 36 of about 7,000 above-size industrial firms in Chongqing (0.5 %, 1.1 a year) up to its share of electronics firms (36 of 639, 2019) times electronics' 27 % of industry (3.4 a year)",
    assumption: false,
  },
  spec_policy: {
    key: 'spec_policy',
    group: 'firms',
    label: { zh: '企业培育新增“专精特新”', en: 'Specialised firms added by cultivation' },
    unit: policyUnit('firms a year', '家/年'),
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 5 },
    min: 0,
    max: 50,
    source:
      'Assumption, explicit and wide (was the fixed cap spec_policy_max): cultivation adds 0–5 recognitions a year at saturation, relative to the 2016–2020 effort',
    assumption: true,
  },
  leading_capacity: {
    key: 'leading_capacity',
    group: 'firms',
    label: { zh: '每家龙头企业对应新增产能', en: 'New capacity per leading firm' },
    unit: { zh: '亿元', en: '× 100M CNY' },
    kind: 'path',
    default: { kind: 'uniform', lo: 300, hi: 600 },
    min: 50,
    max: 5000,
    source:
      "Assumption, informed by the zone's leading firms up to 2020, which spread wider than the range (160–1,044 亿元): Quanta Chongqing 573 亿元 of output (2016; a report of the signing of Quanta's third phase, 2017, via a repost) and 1,044.14 亿元 in January–November 2020 (华龙网 2020-12-25); the six Taiwanese notebook makers in Chongqing 1827 亿元 of revenue together, about 305 亿元 each (2018 Chongqing top-100 list, 中国台湾网 2018-11-09); SK hynix Chongqing planned 160 亿元 for 2020 (西永微电园 after the first quarter of 2020, via a repost). The range 300–600 亿元 of new capacity per leading firm covers the notebook makers; a chip leader is smaller, Quanta in 2020 larger",
    assumption: true,
  },
  leading_policy: {
    key: 'leading_policy',
    group: 'firms',
    label: { zh: '企业培育新增龙头企业', en: 'Leading firms added by cultivation' },
    unit: policyUnit('firms a year', '家/年'),
    kind: 'path',
    default: { kind: 'uniform', lo: 0, hi: 0.6 },
    min: 0,
    max: 10,
    source:
      'Assumption, explicit and wide (was the fixed cap leading_policy_max): cultivation (listing, M&A) grows up to one incumbent into a leading firm every year or two at saturation',
    assumption: true,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Structural constants

export interface ConstantDef {
  value: number | number[];
  unit: string;
  source: string;
  assumption: boolean;
}

export const CONSTANTS = {
  ramp: {
    value: [25, 45, 30],
    unit: '% of capacity added in the placement year, the next and the one after',
    source:
      "Assumption: a project reaches full output in its third year (华润微's 12-inch line, invested from 2020, ran from about end-2022)",
    assumption: true,
  },
  attraction_floor: {
    value: 1,
    unit: '亿元/年',
    source:
      'Assumption: projects arrive even with no attraction spending, as if 1 亿元 a year were spent (keeps the elasticity finite at 0)',
    assumption: true,
  },
  fund_halfsat: {
    value: 20,
    unit: '亿元/年',
    source: "Assumption: the fund's effective deployment is 20·ln(1 + fund/20): good deals run out",
    assumption: true,
  },
  policy_halfsat: {
    value: 5,
    unit: '亿元/年',
    source:
      'Assumption: incentives act on institutions and platforms through 1 − exp(−x/5) (R&D itself responds through its price elasticity)',
    assumption: true,
  },
  cultivation_halfsat: {
    value: 1,
    unit: '亿元/年',
    source: 'Assumption: cultivation acts through 1 − exp(−cultivation/1)',
    assumption: true,
  },
  rd_subsidy_cap: {
    value: 50,
    unit: '% of the cost of R&D',
    source:
      'Assumption: incentives can lower the cost of a 元 of R&D by at most half (the super-deduction itself was worth 75–100 % extra deduction at a 15–25 % tax rate, about 11–25 %)',
    assumption: true,
  },
  margin_cycle_bounds: {
    value: [82, 118.7],
    unit: "% of a terminal's value-added ratio at normal margins: the margin cycle's lowest and highest multiplier",
    source:
      "Fitted (scripts/fit-demand.ts): Wistron's gross margin 2015–2020 ranged 3.8–5.5 % around its 4.63 % mean (TWSE filings), 82–118.7 % of the mean; the cycle never moves a terminal's ratio outside the range the margins were observed in (model 2 let it fall to 0 in a bust and rise 29 % in a boom)",
    assumption: false,
  },
  spec_from_entries: {
    value: 20,
    unit: '% of new sensor and application firms recognised as 专精特新',
    source: 'Assumption',
    assumption: true,
  },
} satisfies Record<string, ConstantDef>;
export type ConstantKey = keyof typeof CONSTANTS;
