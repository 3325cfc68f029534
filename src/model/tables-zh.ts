/**
 * Chinese renderings of the model's table texts that have no Chinese half where they are defined: the 2020 base
 * figures' units and sources (base.ts), the sector split's sources, the indicators' notes (indicators.ts), the
 * structural constants' units and sources and what each fitted parameter was fitted on (parameters.ts). The
 * Chinese docs/MODEL.zh.md prints them (scripts/model-doc.ts). As in ./sources-zh.ts, publication titles, author
 * names and every figure stay exactly as in the English text, which remains the reference: change both together.
 * test/unit/model/tables-zh.test.ts checks the keys and that every number of the English text appears here too.
 */
import type { BASE_2020 } from './base.ts';
import type { Indicator } from './indicators.ts';
import type { ConstantKey, UncertaintyKey } from './parameters.ts';
import type { Sector } from './sectors.ts';

interface UnitSource {
  unit: string;
  source: string;
}

export const BASE_ZH: Record<keyof typeof BASE_2020, UnitSource> = {
  output: { unit: '亿元', source: '规划：“2020年达到2259.3亿元”' },
  growth_2016_2020: { unit: '%/年', source: '规划：“2016—2020年产值年均增速保持在10%以上”' },
  firms: { unit: '家', source: '规划：“新一代信息技术规上工业企业36家”' },
  rd_institution_share: { unit: '%', source: '规划：“有研发机构企业占比仅29.8%”' },
  rd_intensity: {
    unit: '占营业收入 %',
    source: '规划：“R&D经费平均投入不足主营业务收入的0.6%”（取其界值）',
  },
  va_ratio: {
    unit: '%',
    source:
      '全区工业增加值 197.15 亿元（2020 年统计年鉴，直管园）÷ 新一代信息技术产值 2259.3 亿元 = 8.73 %；与规划一致：终端增加值率不到 5 %，“不足全区工业企业平均值的60%”',
  },
};

export const SECTOR_SOURCE_ZH: Record<Sector, string> = {
  chips:
    '推算：SK 海力士重庆 2019 年约 123 亿元，2020 年 Q1 增长 72 %（西永微电园报道），推算约 200 亿元，加上其他集成电路与显示企业：13 %（294 亿元）。增加值率与研发强度是使全区合计成立的余项（约 22 %：以封装测试为主，介于 WIOD 中国电子行业的 16.5 % 与晶圆厂之间）',
  terminals:
    '规划：终端占产值 77.4 %；增加值率“不到5%”（取 4.8 %，在 ODM 毛利率加工资的区间内，2015–2020）；龙头企业研发“低于0.4%”；企业：36 家中 53 % 为计算机零部件及整机制造（19 家），另有 3 家通信企业',
  sensors:
    '增加值率：中国计算机和电子行业 16.5 %（WIOD 2014，夏明、彭春燕 2019）。假设：产值占 5 %、企业 3 家，即规划所说 27 % “中高端环节”企业中的其余部分；研发占营业收入 1.5 %',
  applications:
    '假设：工业互联网、人工智能与工业软件在规上工业产值中只占很小一部分；软件增加值率 30 %、研发 3 % 均为假设',
};

export const INDICATOR_NOTE_ZH: Record<Indicator, string> = {
  output: '规上企业新一代信息技术产业总产值；2020 年基数 2259.3 亿元。',
  output_cagr: '自起始年至所示年份的产值复合年均增速；起始年无定义。',
  va_ratio: '增加值 ÷ 产值，各部门按产值加权；2020 年基数 8.73 %。',
  rd_intensity: '企业 R&D 经费 ÷ 营业收入；2020 年基数 0.6 %。',
  rd_institution_share: '建有研发机构的规上新一代信息技术企业占比；2020 年基数 29.8 %；占比不会超过 100 %。',
  innovation_platforms: '2020 年末以来创建的市级及以上创新平台、实验室与研发中心（规划未给出基数）。',
  patent_cagr: '自起始年起发明专利申请量的复合年均增速；起始年无定义。',
  firms: '规模以上新一代信息技术工业企业；2020 年基数 36 家。',
  leading_firms: '2020 年末以来培育或引进的龙头企业。',
  specialised_firms: '2020 年末以来培育或引进的“专精特新”企业。',
};

export const CONSTANT_ZH: Record<ConstantKey, UnitSource> = {
  ramp: {
    unit: '落地当年、次年与第三年新增的产能 %',
    source: '假设：项目在第三年达产（华润微 12 英寸产线，2020 年起投资，约 2022 年底投产）',
  },
  attraction_floor: {
    unit: '亿元/年',
    source: '假设：即使没有招商投入，项目也会到来，如同每年投入 1 亿元（使弹性在投入为 0 时保持有限）',
  },
  attraction_mix: {
    unit: '招引产能 %',
    source:
      '推算：招引产能沿用全区 2020 年的产值结构（终端 77.4 %，规划；其余按 2020 年的部门划分），即以往招商的累积结果。改变这一结构的杠杆是基金投向比例',
  },
  capital_turnover: {
    unit: '每亿元投资满产时的产值（亿元）',
    source: '假设：晶圆厂资本密集（华润微：一条产线 75.5 亿元）；整机组装较轻',
  },
  land_factor: {
    unit: '× 新增用地产出强度（0 = 改用标准厂房）',
    source: '假设：集成电路与终端在新增用地上建设，组装比晶圆厂更密集；传感器与应用租用标准厂房',
  },
  fund_halfsat: {
    unit: '亿元/年',
    source: '假设：基金的有效投放为 20·ln(1 + 基金/20)：好项目会越来越少',
  },
  policy_halfsat: {
    unit: '亿元/年',
    source: '假设：激励通过 1 − exp(−x/5) 作用于研发机构与创新平台（研发本身通过其价格弹性响应）',
  },
  cultivation_halfsat: {
    unit: '亿元/年',
    source: '假设：企业培育通过 1 − exp(−培育投入/1) 发挥作用',
  },
  rd_subsidy_cap: {
    unit: '研发成本 %',
    source:
      '假设：激励最多使每元研发的成本降低一半（加计扣除本身为 75–100 % 的加计比例乘以 15–25 % 的税率，约 11–25 %）',
  },
  spec_from_entries: {
    unit: '新落地传感器与应用企业中被认定为专精特新的 %',
    source: '假设',
  },
  chips_friction_share: {
    unit: '贸易摩擦冲击中波及集成电路的 %（终端承受全部）',
    source: '假设：面向出口的封装测试会受到冲击，但小于整机组装',
  },
};

/** What a fitted parameter was fitted on, in Chinese (the years are the same in both languages). */
export const FITTED_ZH: Partial<Record<UncertaintyKey, { data: string; how: string }>> = {
  pc_demand: {
    data: 'Gartner 全球 PC 出货量（Gartner 缺失的年份用 IDC）',
    how: '对数增长率的最小二乘 AR(1)',
  },
  pc_persistence: { data: 'Gartner 全球 PC 出货量', how: 'AR(1) 系数 ± 一个标准误' },
  terminal_drift: {
    data: '重庆笔记本电脑产量对照 Gartner 全球 PC 出货量',
    how: '两个子时期每年份额提升幅度的区间',
  },
  project_rate: {
    data: '规划所述 2016–2020 年产值增速（“10%以上”）与 2020 年产值 2259.3 亿元',
    how: '回测的增速中位数，全球 PC 需求固定为 Gartner 2017–2020',
  },
  margin_cycle: {
    data: 'Wistron 毛利率（TWSE）与 Gartner PC 出货量',
    how: '最小二乘斜率，相对于平均毛利率；取 0 到估计值的 2 倍',
  },
  inst_hazard: {
    data: '规划给出的 2020 年建有研发机构企业占比（29.8 %）',
    how: '回测区间须包含 29.8 %',
  },
};
