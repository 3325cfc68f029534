/**
 * Every parameter of the model in one typed table: levers (the user's policy), uncertainties (the world's, kept apart
 * from the levers) and structural constants. Each carries its unit, range, value or distribution and its source or
 * stated assumption. docs/MODEL.md is generated from this file (npm run docs), and a test keeps the two equal.
 */
import type { Sector } from './sectors.ts';

export type Bilingual = { zh: string; en: string };

// ---------------------------------------------------------------------------------------------------------------
// Levers

export const LEVER_KEYS = [
  'land',
  'factory_space',
  'fund',
  'fund_chips',
  'fund_terminals',
  'fund_sensors',
  'fund_applications',
  'talent',
  'rd_incentive',
  'attraction',
  'cultivation',
] as const;
export type LeverKey = (typeof LEVER_KEYS)[number];
export type Levers = Record<LeverKey, number>;

export const LEVER_GROUPS = ['space', 'finance', 'talent', 'innovation', 'enterprise'] as const;
export type LeverGroup = (typeof LEVER_GROUPS)[number];

export interface LeverDef {
  key: LeverKey;
  group: LeverGroup;
  label: Bilingual;
  unit: Bilingual;
  min: number;
  max: number;
  step: number;
  /** the plan scenario's value (scenarios/plan.json repeats it; a test keeps them equal) */
  default: number;
  /** the value of the no-new-policy scenario: the 2016–2020 effort continued */
  noPolicy: number;
  /** the value the plan itself gives, or null where the plan names the lever without a number */
  planValue: string | null;
  /** public money, 亿元 per unit of the lever per year; 0 where the lever is not spending */
  cost: number;
  /** one line quoting the plan */
  quote: Bilingual;
  source: string;
}

const yi = { zh: '亿元/年', en: '亿元 (100M CNY) a year' };
const pct = { zh: '%', en: '%' };

export const LEVERS: Record<LeverKey, LeverDef> = {
  land: {
    key: 'land',
    group: 'space',
    label: { zh: '新开发工业用地', en: 'New industrial land' },
    unit: { zh: '亩/年', en: 'mu a year' },
    min: 0,
    max: 2000,
    step: 10,
    default: 830,
    noPolicy: 500,
    planValue: '4000–4300 亩 over 2021–2025 (800–860 亩 a year)',
    cost: 0.003,
    quote: {
      zh: '力争"十四五"期间新开发工业用地约4000—4300亩',
      en: 'Develop about 4,000–4,300 mu of new industrial land in 2021–2025',
    },
    source:
      'Plan value: midpoint 4150 亩 ÷ 5 years. No-new-policy 500 亩/年 and cost 30 万元/亩 of land servicing are assumptions (the plan gives neither)',
  },
  factory_space: {
    key: 'factory_space',
    group: 'space',
    label: { zh: '新建标准厂房', en: 'New standard factory space' },
    unit: { zh: '万㎡/年', en: '10,000 m² a year' },
    min: 0,
    max: 30,
    step: 0.2,
    default: 8.2,
    noPolicy: 4,
    planValue: '32–50 万㎡ over 2021–2025 (6.4–10 万㎡ a year)',
    cost: 0.25,
    quote: {
      zh: '新建标准厂房约32—50万平方米',
      en: 'Build about 320,000–500,000 m² of standard factory space',
    },
    source:
      'Plan value: midpoint 41 万㎡ ÷ 5 years. No-new-policy 4 万㎡/年 and cost 2500 元/㎡ of construction are assumptions',
  },
  fund: {
    key: 'fund',
    group: 'finance',
    label: { zh: '产业发展专项基金（财政出资）', en: 'Industry fund (public contribution)' },
    unit: yi,
    min: 0,
    max: 50,
    step: 0.5,
    default: 10,
    noPolicy: 0,
    planValue: null,
    cost: 1,
    quote: {
      zh: '设立新一代信息技术产业发展专项基金，引入PE、VC、天使投资',
      en: 'Set up an NGIT special fund and bring in PE, VC and angel co-investment',
    },
    source: 'The plan gives no size: 10 亿元 a year (50 亿元 over the period) is an assumption',
  },
  fund_chips: {
    key: 'fund_chips',
    group: 'finance',
    label: { zh: '基金投向：集成电路', en: 'Fund share: chips' },
    unit: pct,
    min: 0,
    max: 100,
    step: 5,
    default: 40,
    noPolicy: 40,
    planValue: null,
    cost: 0,
    quote: { zh: '强"芯"引领', en: '"Chips lead" is the plan\'s first focus' },
    source: 'Assumption: the plan leads with chips; the four fund shares must add up to 100 %',
  },
  fund_terminals: {
    key: 'fund_terminals',
    group: 'finance',
    label: { zh: '基金投向：智能终端', en: 'Fund share: terminals' },
    unit: pct,
    min: 0,
    max: 100,
    step: 5,
    default: 20,
    noPolicy: 20,
    planValue: null,
    cost: 0,
    quote: { zh: '聚"端"带动', en: '"Terminals drive"' },
    source: 'Assumption',
  },
  fund_sensors: {
    key: 'fund_sensors',
    group: 'finance',
    label: { zh: '基金投向：传感器', en: 'Fund share: sensors' },
    unit: pct,
    min: 0,
    max: 100,
    step: 5,
    default: 20,
    noPolicy: 20,
    planValue: null,
    cost: 0,
    quote: { zh: '培育"新极"', en: '"New pole": sensors' },
    source: 'Assumption',
  },
  fund_applications: {
    key: 'fund_applications',
    group: 'finance',
    label: { zh: '基金投向：应用', en: 'Fund share: applications' },
    unit: pct,
    min: 0,
    max: 100,
    step: 5,
    default: 20,
    noPolicy: 20,
    planValue: null,
    cost: 0,
    quote: { zh: '延伸"应用"', en: '"Extend applications"' },
    source: 'Assumption',
  },
  talent: {
    key: 'talent',
    group: 'talent',
    label: { zh: '"金凤凰"人才政策投入', en: '"Golden Phoenix" talent programme' },
    unit: yi,
    min: 0,
    max: 10,
    step: 0.1,
    default: 2,
    noPolicy: 0.5,
    planValue: null,
    cost: 1,
    quote: {
      zh: '全面落实"金凤凰"人才政策，打造"人才特区"',
      en: 'Fully implement the Golden Phoenix talent policy',
    },
    source:
      'The plan gives no budget: 2 亿元 a year (plan) and 0.5 亿元 a year (policy before 2021) are assumptions',
  },
  rd_incentive: {
    key: 'rd_incentive',
    group: 'innovation',
    label: { zh: '研发投入与创新平台补助', en: 'R&D and platform incentives' },
    unit: yi,
    min: 0,
    max: 20,
    step: 0.1,
    default: 3,
    noPolicy: 1,
    planValue: 'target: R&D 5 % of revenue',
    cost: 1,
    quote: { zh: '鼓励引导企业加大研发投入', en: 'Encourage firms to raise R&D spending' },
    source: 'The plan gives no budget: 3 亿元 a year (plan) and 1 亿元 a year (before) are assumptions',
  },
  attraction: {
    key: 'attraction',
    group: 'enterprise',
    label: { zh: '精准招商投入', en: 'Investment attraction (招商)' },
    unit: yi,
    min: 0,
    max: 20,
    step: 0.1,
    default: 5,
    noPolicy: 3,
    planValue: null,
    cost: 1,
    quote: {
      zh: '瞄准日本、韩国、台湾及京津冀、长三角、粤港澳大湾区精准招商',
      en: "Targeted attraction from Japan, Korea, Taiwan and China's eastern clusters",
    },
    source:
      'The plan gives no budget: 3 亿元 a year of incentives in 2016–2020 and 5 亿元 a year under the plan are assumptions',
  },
  cultivation: {
    key: 'cultivation',
    group: 'enterprise',
    label: { zh: '企业培育（专精特新、上市）', en: 'Enterprise cultivation' },
    unit: yi,
    min: 0,
    max: 10,
    step: 0.1,
    default: 1,
    noPolicy: 0.3,
    planValue: 'targets: 5 leading firms, 30 专精特新 firms',
    cost: 1,
    quote: {
      zh: '支持重点企业"专精特新"发展，建立上市企业储备库',
      en: 'Support specialised firms and listings',
    },
    source: 'The plan gives no budget: 1 亿元 a year (plan) and 0.3 亿元 a year (before) are assumptions',
  },
};

export const FUND_SPLIT: Record<Sector, LeverKey> = {
  chips: 'fund_chips',
  terminals: 'fund_terminals',
  sensors: 'fund_sensors',
  applications: 'fund_applications',
};

// ---------------------------------------------------------------------------------------------------------------
// Uncertainties

export type Dist =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; lo: number; hi: number }
  | { kind: 'triangular'; lo: number; mode: number; hi: number }
  /** a normal shock drawn every year (mean and standard deviation, in the parameter's unit) */
  | { kind: 'normal'; mean: number; sd: number };

export const UNCERTAINTY_KEYS = [
  'pc_demand',
  'chip_cycle',
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
  'va_new_chips',
  'va_new_terminals',
  'va_new_sensors',
  'va_new_applications',
  'capability_va',
  'talent_effect',
  'rd_crowding',
  'rd_new_chips',
  'rd_new_terminals',
  'rd_new_sensors',
  'rd_new_applications',
  'patent_elasticity',
  'patent_trend',
  'inst_hazard',
  'inst_new',
  'platform_rate',
  'firm_entry',
  'firm_exit',
  'spec_rate',
  'leading_capacity',
] as const;
export type UncertaintyKey = (typeof UNCERTAINTY_KEYS)[number];

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
  assumption: boolean;
}

const pctYr = { zh: '%/年', en: '% a year' };
const ratio = { zh: '倍', en: '×' };

export const UNCERTAINTIES: Record<UncertaintyKey, UncertaintyDef> = {
  pc_demand: {
    key: 'pc_demand',
    group: 'market',
    label: { zh: '全球PC（笔电）需求增速', en: 'World PC demand growth' },
    unit: pctYr,
    kind: 'shock',
    default: { kind: 'normal', mean: 1.4, sd: 12.5 },
    min: -30,
    max: 30,
    sdMax: 40,
    source:
      'IDC/Gartner world PC shipments, annual changes 2019–2025: +2.7, +13.1, +14.8, −16.5, −14, +1.0, +9 %: mean 1.4 %, standard deviation 12.5 % (the level was flat: 266.7 M in 2019, 262.7 M in 2024)',
    assumption: false,
  },
  chip_cycle: {
    key: 'chip_cycle',
    group: 'market',
    label: { zh: '半导体周期（芯片需求增速）', en: 'Semiconductor cycle (chip demand growth)' },
    unit: pctYr,
    kind: 'shock',
    default: { kind: 'normal', mean: 6, sd: 13 },
    min: -30,
    max: 30,
    sdMax: 40,
    source:
      'Assumption: the chip market grows about 6 % a year through swings of −12 % to +26 %; SK hynix Chongqing rose 72 % in Q1 2020',
    assumption: true,
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
      'Assumption: sensors, industrial internet and industrial software grow faster and more steadily than PCs; drawn separately for each of the two sectors',
    assumption: true,
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
      "Assumption: 30 % of each sector's shock variance is a shock common to all four (correlation 0.3): one economy, one trade climate",
    assumption: true,
  },
  terminal_drift: {
    key: 'terminal_drift',
    group: 'market',
    label: { zh: '终端产品升级与份额增长', en: 'Terminal upgrading and share gains' },
    unit: pctYr,
    kind: 'path',
    default: { kind: 'uniform', lo: 2, hi: 6 },
    min: -10,
    max: 15,
    source:
      "Assumption, calibrated: Chongqing's notebooks rose from 61 M (2017) to 94 M (2021) while world PCs were flat until 2020; the zone grew more than 10 % a year in 2016–2020",
    assumption: true,
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
    source: 'Assumption: one shock a decade; the plan names global trade friction as its first risk',
    assumption: true,
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
    default: { kind: 'uniform', lo: 9, hi: 15 },
    min: 0,
    max: 40,
    source:
      "Assumption, calibrated: capacity (at full ramp) of projects seeking to locate each year at the 2016–2020 attraction effort, before the neighbours' pull; set so that the no-new-policy run from 2016 grows about 10 % a year",
    assumption: true,
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
    unit: { zh: '亿元/亩', en: '亿元 per mu' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0.18, hi: 0.32 },
    min: 0.02,
    max: 1,
    source:
      "National development zones: high-tech output 1,483–1,778 万元/亩 (2009–11, Ministry of Land and Resources); the plan's 1,241 亿元 increment on 4,000–4,300 亩 implies 2,900–3,100 万元/亩. Range 1,800–3,200 万元/亩 at full ramp",
    assumption: false,
  },
  space_productivity: {
    key: 'space_productivity',
    group: 'projects',
    label: { zh: '标准厂房产出强度', en: 'Output per 10,000 m² of factory space' },
    unit: { zh: '亿元/万㎡', en: '亿元 per 10,000 m²' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0.5, hi: 2 },
    min: 0.05,
    max: 10,
    source:
      'Assumption (no source gives it): 5,000–20,000 元 of output per m² a year for small sensor and software firms',
    assumption: true,
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
      'Assumption: a project that finds no land or space waits; this share of the waiting queue leaves each year',
    assumption: true,
  },
  fund_leverage: {
    key: 'fund_leverage',
    group: 'fund',
    label: { zh: '基金社会资本撬动比', en: 'Private co-investment per public 亿元' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'triangular', lo: 0.5, mode: 2, hi: 4 },
    min: 0,
    max: 10,
    source:
      'Government share capped at 20 % (nominal 1:4, 财预〔2015〕210号); Big Fund I reached about 1:2 against a 1:4 plan',
    assumption: false,
  },
  fund_raised: {
    key: 'fund_raised',
    group: 'fund',
    label: { zh: '基金实际募集比例', en: 'Share of the fund actually raised' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 25, hi: 75 },
    min: 0,
    max: 100,
    source:
      'In Q1 2020 guidance funds had raised 43 % of target; by 2021 only 26 % reached their target size (Wei, Ang & Jia 2023; CSET 2021)',
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
    source: 'Assumption: part of what the fund backs would have come anyway',
    assumption: true,
  },
  va_new_chips: {
    key: 'va_new_chips',
    group: 'value_added',
    label: { zh: '新增集成电路产能增加值率', en: 'Value-added ratio of new chip capacity' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 20, hi: 45 },
    min: 0,
    max: 90,
    source:
      'SMIC EBITDA 60 % of revenue (2023): a fab adds 60 % or more; packaging and test and design add less. New capacity mixes them (华润微 featured-process fab, packaging and test)',
    assumption: false,
  },
  va_new_terminals: {
    key: 'va_new_terminals',
    group: 'value_added',
    label: { zh: '新增终端产能增加值率', en: 'Value-added ratio of new terminal capacity' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 4, hi: 8 },
    min: 0,
    max: 50,
    source:
      'Notebook ODM gross margins: Inventec 5.1–5.2 % (2023–24), Quanta 4.7–6.2 % (2017–20): assembly adds 4–8 %',
    assumption: false,
  },
  va_new_sensors: {
    key: 'va_new_sensors',
    group: 'value_added',
    label: { zh: '新增传感器产能增加值率', en: 'Value-added ratio of new sensor capacity' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 18, hi: 32 },
    min: 0,
    max: 90,
    source: 'Assumption (no source gives it): between assembly and a fab',
    assumption: true,
  },
  va_new_applications: {
    key: 'va_new_applications',
    group: 'value_added',
    label: { zh: '新增应用软件增加值率', en: 'Value-added ratio of new applications' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 25, hi: 45 },
    min: 0,
    max: 90,
    source:
      'Assumption (no source gives it): software and services are labour-intensive and add much of their revenue',
    assumption: true,
  },
  capability_va: {
    key: 'capability_va',
    group: 'value_added',
    label: { zh: '创新能力对增加值率的弹性', en: 'Value added gained per unit of capability' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 0.2, hi: 0.5 },
    min: 0,
    max: 2,
    source: 'Assumption: R&D and talent raise value added within each sector; see the capability stock below',
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
      "Returnee scientists' output +27 %, mostly from funding and team size (Science 379:62, 2023); city talent policies had no significant innovation effect in central and western cities (270 cities, 财经问题研究 2021(6)): anywhere from none to full",
    assumption: false,
  },
  rd_crowding: {
    key: 'rd_crowding',
    group: 'innovation',
    label: { zh: '研发补助撬动企业研发', en: 'Firm R&D induced per 亿元 of incentive' },
    unit: ratio,
    kind: 'path',
    default: { kind: 'uniform', lo: 0.5, hi: 1.5 },
    min: 0,
    max: 5,
    source:
      'Assumption: subsidies add about their own amount of firm R&D, from partial crowding-out to crowding-in',
    assumption: true,
  },
  rd_new_chips: {
    key: 'rd_new_chips',
    group: 'innovation',
    label: { zh: '新增集成电路产能研发强度', en: 'R&D intensity of new chip capacity' },
    unit: { zh: '% 营收', en: '% of revenue' },
    kind: 'path',
    default: { kind: 'uniform', lo: 2, hi: 6 },
    min: 0,
    max: 30,
    source: 'Assumption: design houses and featured-process fabs spend more on R&D than a back-end plant',
    assumption: true,
  },
  rd_new_terminals: {
    key: 'rd_new_terminals',
    group: 'innovation',
    label: { zh: '新增终端产能研发强度', en: 'R&D intensity of new terminal capacity' },
    unit: { zh: '% 营收', en: '% of revenue' },
    kind: 'path',
    default: { kind: 'uniform', lo: 0.4, hi: 1.5 },
    min: 0,
    max: 30,
    source:
      "Assumption: the plan's leading assemblers spend under 0.4 %; wearables, VR/AR and 5G devices more",
    assumption: true,
  },
  rd_new_sensors: {
    key: 'rd_new_sensors',
    group: 'innovation',
    label: { zh: '新增传感器产能研发强度', en: 'R&D intensity of new sensor capacity' },
    unit: { zh: '% 营收', en: '% of revenue' },
    kind: 'path',
    default: { kind: 'uniform', lo: 1.5, hi: 5 },
    min: 0,
    max: 30,
    source: 'Assumption',
    assumption: true,
  },
  rd_new_applications: {
    key: 'rd_new_applications',
    group: 'innovation',
    label: { zh: '新增应用软件研发强度', en: 'R&D intensity of new applications' },
    unit: { zh: '% 营收', en: '% of revenue' },
    kind: 'path',
    default: { kind: 'uniform', lo: 3, hi: 8 },
    min: 0,
    max: 30,
    source: 'Assumption',
    assumption: true,
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
      'Assumption: cross-section patent–R&D elasticities are near 0.5–1; year-to-year within one region they are lower',
    assumption: true,
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
      'Assumption: applications move with R&D spending, plus 10 % noise a year and no trend of their own',
    assumption: true,
  },
  inst_hazard: {
    key: 'inst_hazard',
    group: 'innovation',
    label: { zh: '企业新建研发机构速度', en: 'Firms setting up an R&D institution' },
    unit: { zh: '% 未建企业/年', en: '% of firms without one, a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 2, hi: 6 },
    min: 0,
    max: 100,
    source: 'Assumption: without new policy, few firms add an institution (29.8 % had one in 2020)',
    assumption: true,
  },
  inst_new: {
    key: 'inst_new',
    group: 'innovation',
    label: { zh: '新进入企业建有研发机构比例', en: 'New firms arriving with an R&D institution' },
    unit: pct,
    kind: 'path',
    default: { kind: 'uniform', lo: 30, hi: 60 },
    min: 0,
    max: 100,
    source: 'Assumption: attracted firms are more often high-tech (30 % of firms were high-tech in 2020)',
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
    source: 'Assumption: the zone already hosts research institutes (北大重庆大数据研究院 and others)',
    assumption: true,
  },
  firm_entry: {
    key: 'firm_entry',
    group: 'firms',
    label: { zh: '企业升规入统率', en: 'Firms growing above the size threshold' },
    unit: { zh: '% 企业数/年', en: '% of firms a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 9, hi: 13 },
    min: 0,
    max: 50,
    source: 'Above-size firms enter about 11 % a year at reclassification (Hubei statistics 2023)',
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
      "Above-size firms leave about 7 % a year (Hubei 2023); Chongqing new firms' 3-year survival 83 % (about 6 % a year)",
    assumption: false,
  },
  spec_rate: {
    key: 'spec_rate',
    group: 'firms',
    label: { zh: '"专精特新"基准认定速度', en: 'Specialised firms recognised without new policy' },
    unit: { zh: '家/年', en: 'firms a year' },
    kind: 'path',
    default: { kind: 'uniform', lo: 1.5, hi: 3.5 },
    min: 0,
    max: 50,
    source: "Assumption: a few recognitions a year from the zone's small-firm base",
    assumption: true,
  },
  leading_capacity: {
    key: 'leading_capacity',
    group: 'firms',
    label: { zh: '每家龙头企业对应新增产能', en: 'New capacity per leading firm' },
    unit: { zh: '亿元', en: '亿元' },
    kind: 'path',
    default: { kind: 'uniform', lo: 300, hi: 600 },
    min: 50,
    max: 5000,
    source: 'Assumption: a "百亿级" leading firm comes with a few hundred 亿元 of new capacity',
    assumption: true,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Structural constants

export interface ConstantDef {
  value: number | Record<Sector, number> | number[];
  unit: string;
  source: string;
}

const sectors = (chips: number, terminals: number, sensors: number, applications: number) => ({
  chips,
  terminals,
  sensors,
  applications,
});

export const CONSTANTS = {
  ramp: {
    value: [25, 45, 30],
    unit: '% of capacity added in the placement year, the next and the one after',
    source: 'Assumption: a project reaches full output in its third year',
  },
  attraction_floor: {
    value: 1,
    unit: '亿元/年',
    source:
      'Assumption: projects arrive even with no attraction spending, as if 1 亿元 a year were spent (keeps the elasticity finite at 0)',
  },
  attraction_mix: {
    value: sectors(20, 55, 12.5, 12.5),
    unit: '% of attracted capacity',
    source:
      "Assumption: attracted capacity still leans to terminals, with chips second (the plan's 招商 list)",
  },
  capital_turnover: {
    value: sectors(0.6, 2.0, 1.0, 1.2),
    unit: '亿元 of output at full ramp per 亿元 invested',
    source: 'Assumption: fabs are capital-heavy (华润微: 75.5 亿元 for one line); assembly is light',
  },
  land_factor: {
    value: sectors(0.8, 1.3, 0, 0),
    unit: '× the output per mu of new land (0 = uses factory space instead)',
    source:
      'Assumption: chips and terminals build on new land, assembly more densely than fabs; sensors and applications rent standard factory space',
  },
  firm_size: {
    value: sectors(40, 60, 5, 4),
    unit: '亿元 of full-ramp capacity per new above-size firm',
    source:
      'Assumption: attracted terminal and chip projects are large; sensor and software firms small. Calibrated so that firms grow by a handful a year, as the 36 firms of 2020 after five years of 10 % output growth suggest',
  },
  fund_halfsat: {
    value: 20,
    unit: '亿元/年',
    source: "Assumption: the fund's effective deployment is 20·ln(1 + fund/20): good deals run out",
  },
  policy_halfsat: {
    value: 5,
    unit: '亿元/年',
    source: 'Assumption: R&D and talent spending act through 1 − exp(−x/5) or ln(1 + x/5)',
  },
  talent_halfsat: {
    value: 2,
    unit: '亿元/年',
    source: 'Assumption: talent spending acts through ln(1 + talent/2)',
  },
  cultivation_halfsat: {
    value: 1,
    unit: '亿元/年',
    source: 'Assumption: cultivation acts through 1 − exp(−cultivation/1)',
  },
  capability_decay: { value: 15, unit: '%/年', source: 'Assumption: know-how and people depreciate' },
  capability_gain: {
    value: 5,
    unit: '% capability per unit of ln(1 + spending/half-saturation) a year',
    source: "Assumption: with the plan's talent and R&D spending, capability reaches about +15 % by 2025",
  },
  inst_policy_max: {
    value: 20,
    unit: '% of firms without an institution a year, at saturation',
    source: 'Assumption: incentives can at most add this to the yearly rate of setting up R&D institutions',
  },
  platform_policy_max: {
    value: 3,
    unit: 'platforms a year at saturation',
    source: 'Assumption: incentives and talent can at most add 3 platforms a year',
  },
  spec_policy_max: {
    value: 5,
    unit: 'firms a year at saturation',
    source: 'Assumption: cultivation can at most add 5 specialised firms a year',
  },
  leading_policy_max: {
    value: 0.6,
    unit: 'firms a year at saturation',
    source:
      'Assumption: cultivation (listing, M&A) can grow an incumbent into a leading firm every year or two',
  },
  entry_policy_max: {
    value: 30,
    unit: '% more firms growing above the threshold, at saturation',
    source: 'Assumption: cultivation (雏鹰/瞪羚) raises the rate of firms growing above the size threshold',
  },
  spec_from_entries: {
    value: 20,
    unit: '% of new sensor and application firms recognised as 专精特新',
    source: 'Assumption',
  },
  chips_friction_share: {
    value: 50,
    unit: '% of a trade-friction shock that hits chips (terminals take it all)',
    source: 'Assumption: packaging and test for export is exposed, less than assembly',
  },
} satisfies Record<string, ConstantDef>;
export type ConstantKey = keyof typeof CONSTANTS;
