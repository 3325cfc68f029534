/**
 * Chinese renderings of the model's table texts that have no Chinese half where they are defined: the English unit
 * phrases of a plan's base figures, the indicators' notes (indicators.ts), the structural constants' units and
 * sources and what each fitted parameter was fitted on (parameters.ts). A plan's own texts (its base figures' and
 * sectors' sources, its sector parameters) carry their Chinese in the plan file. The Chinese docs/MODEL.zh.md prints
 * them (scripts/model-doc.ts). As in ./sources-zh.ts, publication titles, author names and every figure stay exactly
 * as in the English text, which remains the reference: change both together. test/unit/model/tables-zh.test.ts
 * checks the keys and that every number of the English text appears here too.
 */
import type { Indicator } from './indicators.ts';
import type { ConstantKey, UncertaintyKey } from './parameters.ts';

interface UnitSource {
  unit: string;
  source: string;
}

/** English unit phrases of the plan's base figures, in Chinese (units already Chinese need no entry). */
export const UNIT_ZH: Record<string, string> = {
  '% a year': '%/年',
  '% of revenue': '占营业收入 %',
};

export const INDICATOR_NOTE_ZH: Record<Indicator, string> = {
  output: '规上企业的本产业总产值。',
  output_cagr: '自起始年至所示年份的产值复合年均增速；起始年无定义。',
  va_ratio: '增加值 ÷ 产值，各部门按产值加权。',
  rd_intensity: '企业 R&D 经费 ÷ 营业收入。',
  rd_institution_share: '建有研发机构的规上企业占比；占比不会超过 100 %。',
  innovation_platforms: '基年末以来创建的市级及以上创新平台、实验室与研发中心（规划未给出存量）。',
  patent_cagr: '自起始年起发明专利申请量的复合年均增速；起始年无定义。',
  firms: '本产业规模以上工业企业。',
  leading_firms: '基年末以来培育或引进的龙头企业。',
  specialised_firms: '基年末以来培育或引进的“专精特新”企业。',
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
  margin_cycle_bounds: {
    unit: '终端正常毛利下增加值率的 %：毛利周期乘数的下限与上限',
    source:
      '拟合（scripts/fit-demand.ts）：Wistron 2015–2020 年毛利率在 3.8–5.5 % 之间，均值 4.63 %（TWSE 公告），即均值的 82–118.7 %；毛利周期不会使终端增加值率超出毛利率实际出现过的范围（模型 2 允许其在萧条时降到 0、在繁荣时提高 29 %）',
  },
  spec_from_entries: {
    unit: '新落地传感器与应用企业中被认定为专精特新的 %',
    source: '假设',
  },
};

/** What a fitted parameter was fitted on, in Chinese (the years are the same in both languages). */
export const FITTED_ZH: Partial<Record<UncertaintyKey, { data: string; how: string }>> = {
  pc_demand: {
    data: 'Gartner 全球 PC 出货量（Gartner 缺失的年份用 IDC）',
    how: '对数增长率的最小二乘 AR(1)',
  },
  chip_cycle: { data: '全球半导体销售额（SIA 发布的 WSTS 数据）', how: '对数增长率的最小二乘 AR(1)' },
  chip_persistence: { data: '全球半导体销售额（SIA 发布的 WSTS 数据）', how: 'AR(1) 系数 ± 一个标准误' },
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
    how: '最小二乘斜率，相对于平均毛利率；估计值 ± 一个标准误',
  },
  inst_hazard: {
    data: '规划给出的 2020 年建有研发机构企业占比（29.8 %）',
    how: '回测区间须包含 29.8 %',
  },
};
