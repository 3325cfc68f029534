/**
 * Writes plans/cq-ngit-2026-2030.json: the illustrative 2026–2030 plan, made from the 2021–2025 plan file and the
 * model's replay of 2021–2025 (scripts/estimate-base.ts). It is how the file was made, kept so that every estimated
 * figure and every illustrative target can be traced to its rule (docs/PLANS.md, "The 2026–2030 plan"), and rerun
 * after a model change moves the estimated base (test/unit/plans/estimate-base.test.ts says when):
 *
 *   npx tsx scripts/make-plan-2026.ts
 *
 * The texts written here are the file's; edit them here, not in the JSON, or the next run undoes the edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { Plan } from '../src/model/plan.ts';
import { estimateBase } from './estimate-base.ts';

const file = new URL('../plans/cq-ngit-2026-2030.json', import.meta.url);
const old = JSON.parse(
  readFileSync(new URL('../plans/cq-ngit-2021-2025.json', import.meta.url), 'utf8'),
) as Plan;
const e = estimateBase();
const est = (k: keyof typeof e.figures, unit: string, what: string, whatZh: string) => ({
  value: e.figures[k].value,
  range: { lo: e.figures[k].lo, hi: e.figures[k].hi },
  unit,
  status: 'estimated',
  source: `Estimated, not published: ${what} in 2025 in the model's replay of 2021–2025 (model ${e.model}, scenarios/realised-pc-demand.json, ${e.runs.toLocaleString('en')} runs, seed ${e.seed}; scripts/estimate-base.ts): median ${e.figures[k].value}, 5–95 % band ${e.figures[k].lo}–${e.figures[k].hi}, which each path draws its base from. The zone published no 2025 figure for its NGIT industry (../shared/MODEL-BRIEF.md, "After 2020"); the realised record says the replay runs high (issue 20), so read this base as an upper-leaning estimate and type the zone's figure where you hold it`,
  sourceZh: `估计值，未公布：模型复盘2021—2025年（模型 ${e.model}，scenarios/realised-pc-demand.json，${e.runs.toLocaleString('en')} 次模拟，随机种子 ${e.seed}；scripts/estimate-base.ts）中 2025 年的${whatZh}：中位数 ${e.figures[k].value}，5%—95% 区间 ${e.figures[k].lo}—${e.figures[k].hi}，每条路径在此区间内抽取其基数。高新区未公布其新一代信息技术产业 2025 年数据（../shared/MODEL-BRIEF.md“2020年以后”）；实际记录表明复盘偏高（议题 20），因此应把该基数视为偏高的估计，掌握高新区数据时请输入实际数字`,
});
const labels: Record<string, { zh: string; en: string }> = {
  chips: { zh: '集成电路（含功率半导体）', en: 'Integrated circuits (incl. power semiconductors)' },
  terminals: { zh: '新型智能终端', en: 'New smart terminals' },
  sensors: { zh: '核心器件与传感器', en: 'Core components and sensors' },
  applications: { zh: '软件与信息服务（工业部分）', en: 'Software and IT services (industrial part)' },
};
const sectors = old.sectors.map((s) => {
  const es = e.sectors[s.id];
  const base = {
    outputShare: es.outputShare,
    vaRatio: s.base.vaRatio === 'residual' ? 'residual' : es.vaRatio,
    rdIntensity: s.base.rdIntensity,
    firms: es.firms,
    source:
      `Estimated: the sector's share of the replay's mean 2025 output (${es.outputShare} %) and, but for the residual sector, ` +
      `its mean value added ÷ output (${es.vaRatio} %, margins of the 2025 PC upswing included); firms in proportion to the ` +
      `2020 firms grown with the sector's output, adding up to the median ${e.figures.firms.value} (scripts/estimate-base.ts). ` +
      `R&D intensity as in the 2021–2025 plan (no later figure found). ` +
      (s.id === 'chips'
        ? 'Value-added ratio and R&D intensity are the residuals that make the zone totals hold'
        : ''),
    sourceZh:
      `估计值：该部门占复盘 2025 年平均产值的比重（${es.outputShare} %），以及（余项部门除外）其平均增加值 ÷ 产值（${es.vaRatio} %，含 2025 年 PC 回升期的利润率）；` +
      `企业数按 2020 年各部门企业数随其产值增长的比例分配，合计为中位数 ${e.figures.firms.value} 家（scripts/estimate-base.ts）。` +
      `研发强度沿用 2021—2025 年规划（未找到更新的数据）。` +
      (s.id === 'chips' ? '增加值率与研发强度为使全区合计成立的余项' : ''),
    assumption: false,
  };
  return { ...s, label: labels[s.id], base };
});
const rule = (zh: string, en: string) => ({ zh, en });
const ill = (value: number, zh: string, en: string, rzh: string, ren: string) => ({
  value,
  direction: 'atLeast',
  status: 'illustrative',
  quote: { zh, en },
  rule: rule(rzh, ren),
});
const none = { zh: '未公布2026—2030年目标', en: 'no 2026–2030 target published' };
const out = Math.round(e.figures.output.value * 1.1 ** 5);
const va = Math.round((e.figures.va_ratio.value + (10 - 8.73)) * 10) / 10;
const firms = e.figures.firms.value + 64;
const levers = Object.fromEntries(
  Object.entries(old.levers).map(([k, l]) => [
    k,
    {
      ...l,
      planValue: null,
      quote: {
        zh: `未公布2026—2030年数值；沿用2021—2025年规划值（${l.quote.zh}）`,
        en: `No 2026–2030 figure published; the 2021–2025 plan's value carried on (${l.quote.en})`,
      },
      noPolicy: l.plan,
      // no 2026–2030 figure is published: carrying on the 2021–2025 values is an assumption, and so is the cost
      assumed: ['plan', 'noPolicy', 'cost'],
      source: `No 2026–2030 figure published: the plan's package and no new policy are both the 2021–2025 plan's value carried on (${l.plan}), so the policy effects are measured against the 2021–2025 effort (an assumption: the model's fitted rates hold at that effort; issue 20 re-bases them). The 2021–2025 plan's source: ${l.source}`,
      sourceZh: `未公布2026—2030年数值：规划方案与无新增政策均沿用2021—2025年规划值（${l.plan}），政策效果以2021—2025年的投入为基准（假设：模型拟合的速率在该投入水平下仍成立；见议题20的重新校准）。2021—2025年规划的来源：${l.sourceZh}`,
    },
  ]),
);
for (const s of sectors) {
  s.fundShare = {
    ...s.fundShare,
    noPolicy: s.fundShare.plan,
    quote: {
      zh: '未公布2026—2030年基金投向；沿用2021—2025年的假设',
      en: "No 2026–2030 fund split published; the 2021–2025 plan's assumption carried on",
    },
  };
}
const plan = {
  $schema: './plan.schema.json',
  format: 'ngit-plan/1',
  id: 'cq-ngit-2026-2030',
  version: '0.2.0',
  title: {
    zh: '重庆高新区新一代信息技术产业“十五五”示意规划（2026—2030年，展望2035年）',
    en: 'Chongqing High-tech Zone NGIT industry, an illustrative 15th Five-Year plan (2026–2030, outlook to 2035)',
  },
  shortTitle: {
    zh: '“十五五”示意规划（2026—2030）与2035年远景',
    en: 'Illustrative 15th Five-Year Plan (2026–2030) with an outlook to 2035',
  },
  issuer: {
    zh: '本工具（非官方）：据重庆高新区公开资料编制',
    en: "This tool (not official), from the zone's published material",
  },
  document: {
    name: {
      zh: '（未发布）重庆高新区新一代信息技术产业“十五五”规划',
      en: "(not published) the zone's NGIT plan for 2026–2030",
    },
    number: null,
    date: null,
    url: null,
    note: {
      zh: '截至2026年12月，未找到重庆高新区2026—2030年新一代信息技术（或电子信息）产业的目标，也未找到其2021—2025年产值与2025年数据。本文件中的目标均为示意（按所注规则推算），基年数据均为模型复盘的估计值。参考：《重庆高新区融入成渝地区双城经济圈建设行动计划（2023—2027年）》（渝高新发〔2023〕8号，gxq.cq.gov.cn，2023-06）；“3238”产业体系（cqrb.cn，2024-12-26）。',
      en: "As of December 2026 no 2026–2030 targets of the zone for its NGIT (or electronics) industry were found, nor its NGIT output for 2021–2025 or its 2025 figures. Every target here is illustrative (made by the stated rule) and every base figure is estimated by the model's replay. See: the zone's action plan for 2023–2027 (渝高新发〔2023〕8号, gxq.cq.gov.cn, 2023-06); the '3238' industry grouping (cqrb.cn, 2024-12-26).",
    },
  },
  zone: old.zone,
  industry: old.industry,
  subject: old.subject,
  baseYear: 2025,
  targetYear: 2030,
  endYear: 2035,
  calibration: 'rebased',
  periods: [
    { from: 2026, to: 2030, label: { zh: '规划期 2026—2030', en: 'plan period 2026–2030' } },
    { from: 2031, to: 2035, label: { zh: '展望期 2031—2035', en: 'outlook 2031–2035' } },
  ],
  base: {
    output: est('output', '亿元', 'NGIT output', '新一代信息技术产业产值'),
    firms: est('firms', '家', 'the count of above-size NGIT firms', '规上新一代信息技术企业数'),
    rd_institution_share: est(
      'rd_institution_share',
      '%',
      'the share of firms with an R&D institution',
      '建有研发机构企业占比',
    ),
    rd_intensity: est(
      'rd_intensity',
      '% of revenue',
      "firms' R&D spending ÷ revenue",
      '企业研发经费占营业收入比重',
    ),
    va_ratio: est('va_ratio', '%', 'value added ÷ output', '增加值率'),
  },
  priorGrowth: {
    value: Math.round(100 * ((e.figures.output.value / old.base.output.value) ** (1 / 5) - 1) * 10) / 10,
    unit: '% a year',
    from: 2021,
    status: 'estimated',
    source: `Estimated: the compound growth from the 2021–2025 plan's 2020 base (2259.3 亿元) to the estimated 2025 median (${e.figures.output.value} 亿元); used only by a start before 2025 (a back-cast)`,
    sourceZh: `估计值：从 2021—2025 年规划的 2020 年基数（2259.3 亿元）到 2025 年估计中位数（${e.figures.output.value} 亿元）的复合增速；仅用于 2025 年以前的起始年（回测）`,
  },
  sectorParameters: old.sectorParameters,
  sectors,
  targets: {
    output: ill(
      out,
      '未公布；示意：沿用“十四五”年均增长10%',
      "none published; illustrative: the 2021–2025 plan's 10 % a year carried on",
      `示意：2025年估计基数（中位数${e.figures.output.value}亿元）按每年10%增长5年`,
      `illustrative: the estimated 2025 base (median ${e.figures.output.value} 亿元) grown 10 % a year for five years`,
    ),
    output_cagr: ill(
      10,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划的年均增长10%目标',
      "illustrative: the 2021–2025 plan's 10 % a year target carried on",
    ),
    va_ratio: ill(
      va,
      none.zh,
      none.en,
      `示意：2025年估计值（${e.figures.va_ratio.value}%）加上2021—2025年规划的提升幅度（8.73%→10%，+1.27个百分点）`,
      `illustrative: the estimated 2025 value (${e.figures.va_ratio.value} %) plus the 2021–2025 plan's rise (8.73 % → 10 %, +1.27 points)`,
    ),
    rd_intensity: ill(
      5,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划的5%目标（未达成）。未采用：2023—2027年行动计划“研发投入强度5.7%”为全区研发占GDP比重，与本指标（产业研发占营业收入比重）口径不同',
      "illustrative: the 2021–2025 plan's 5 % target kept (not met). Not used: the 2023–2027 action plan's 'R&D spending 5.7 % of GDP' is zone-wide R&D over GDP, not this indicator (the industry's R&D over its revenue)",
    ),
    rd_institution_share: ill(
      100,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划的100%目标',
      "illustrative: the 2021–2025 plan's 100 % target kept",
    ),
    innovation_platforms: ill(
      15,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划：五年累计15个',
      'illustrative: as the 2021–2025 plan, 15 over five years',
    ),
    patent_cagr: ill(
      10,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划的年均增长10%',
      "illustrative: the 2021–2025 plan's 10 % a year carried on",
    ),
    firms: ill(
      firms,
      none.zh,
      none.en,
      `示意：2025年估计值（中位数${e.figures.firms.value}家）加上2021—2025年规划的增量（36→100，+64家）。未采用：2023—2027年行动计划“高新技术企业1000家以上”为全区高新技术企业，不是规上新一代信息技术工业企业`,
      `illustrative: the estimated 2025 value (median ${e.figures.firms.value}) plus the 2021–2025 plan's increase (36 → 100, +64). Not used: the 2023–2027 action plan's 'more than 1,000 high-tech firms' counts the whole zone's high-tech firms, not above-size NGIT industrial firms`,
    ),
    leading_firms: ill(
      5,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划：五年累计5家',
      'illustrative: as the 2021–2025 plan, 5 over five years',
    ),
    specialised_firms: ill(
      30,
      none.zh,
      none.en,
      '示意：沿用2021—2025年规划：五年累计30家',
      'illustrative: as the 2021–2025 plan, 30 over five years',
    ),
  },
  levers,
  binning: old.binning,
};
const options = { ...(await resolveConfig(file.pathname)), filepath: file.pathname };
writeFileSync(file, await format(JSON.stringify(plan, null, 2), options));
console.log(`wrote ${file.pathname} (model ${e.model}, base output ${e.figures.output.value} 亿元)`);
