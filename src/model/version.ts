/**
 * The model's version and what changed in each. Bump the version whenever an equation, a parameter, a default or
 * the chunk size changes, so that a share link or a saved scenario made with another version is recognised and
 * the user told what changed (docs/MODEL.md prints this log).
 */
export interface ModelChange {
  version: string;
  changes: { zh: string; en: string };
}

export const MODEL_CHANGES: readonly ModelChange[] = [
  {
    version: '1.0.0',
    changes: {
      zh: '首个版本：四部门蒙特卡洛模型，十项规划指标。',
      en: "First version: the four-sector Monte Carlo model of the plan's ten indicators.",
    },
  },
  {
    version: '2.0.0',
    changes: {
      zh:
        '模型2.0：以2020年及以前数据校准（2016年回溯检验覆盖规划2020年各项数据）；全球PC需求改为有记忆的AR(1)（以2000—2020年出货拟合）；' +
        '增加值率取自各部门利润率数据并随需求周期变化，取消无依据的"能力"加成；研发激励按价格弹性（1.58—2.05）作用、扣除24.2%重新归类、' +
        '以"研发翻倍生产率+9%"影响增加值；人才与企业培育效果为显式不确定性；用地产出强度取园区数据（700—1,800万元/亩）；企业按部门计数；' +
        '新增分部门产值、增加值与终端占比。1.x链接与存档中以下假设的取值已删除并改用新默认值：pc_demand（含义改为AR(1)冲击）、firm_entry（不再含新落地项目）、' +
        'capability_va、rd_crowding、rd_new_chips、rd_new_terminals、rd_new_sensors、rd_new_applications（已取消）。',
      en:
        'Model 2.0: calibrated on data up to 2020 (the 2016 back-cast brackets each 2020 figure of the plan); world PC demand is a persistent AR(1) ' +
        'fitted on 2000–2020 shipments; value-added ratios come from sector margins with a demand-driven margin cycle, and the unsourced capability ' +
        'uplift is gone; R&D incentives act through a price elasticity of 1.58–2.05, less 24.2 % relabelling, and reach value added at about 9 % ' +
        'productivity per doubling of R&D; talent and cultivation effects are explicit uncertainties; land yields 700–1,800 万元/亩 (parks, not ' +
        "the plan's target); firms are counted by sector; new series: output and value added by sector and the terminals' share. From 1.x links " +
        'and saved scenarios, values for these assumptions are dropped and the new defaults used: pc_demand (now the AR(1) shock), firm_entry ' +
        '(now excludes new plants), capability_va, rd_crowding, rd_new_chips, rd_new_terminals, rd_new_sensors, rd_new_applications (removed).',
    },
  },
  {
    version: '2.0.1',
    changes: {
      zh:
        '计算提速：泊松计数改为从众数出发的精确逆变换（分布不变，已用卡方检验对照精确概率；同一随机数给出同一计数，' +
        '仅在舍入误差量级的极少数情形不同），汇总按列批量更新。模型方程、参数与默认值均未改变。',
      en:
        'Faster computation: Poisson counts are drawn by exact inversion that starts at the mode (the same distribution, ' +
        'checked by a chi-square test against the exact probabilities; the same random number gives the same count except, ' +
        'very rarely, within rounding error), and summaries are updated column by column. No equation, parameter or default changed.',
    },
  },
  {
    version: '2.0.2',
    changes: {
      zh:
        '计算提速：研发价格效应与研发生产率的幂函数改用exp(y·ln x)计算，产值占比共用一次除法（同一函数，结果仅在末位舍入上不同，极少数路径的计数可能因此改变）；' +
        '泊松计数先查表（计数不变），对数刻度直方图按整数表分箱（分箱与原先逐位相同）。模型方程、参数与默认值均未改变。',
      en:
        "Faster computation: the R&D price effect's and R&D productivity's powers are computed as exp(y·ln x), and the shares of " +
        'output share one division (the same functions; results differ only in the last rounding bit, which can change a count in a ' +
        'rare path); Poisson counts are read from a table first (the same counts), and log-scale histograms bin by an integer table ' +
        '(the same bins, bit for bit). No equation, parameter or default changed.',
    },
  },
  {
    version: '2.1.0',
    changes: {
      zh:
        '抽样设计：模拟改为成对（对偶）抽样——每对中的第二次取第一次全部随机数的镜像（均匀数u变为1−u，正态冲击变号），' +
        '相同次数下达标概率更准（规划情景产值目标约相当于4倍次数的独立模拟）；达标概率的标准误按成对计算，零次达标的95%上限改为3/⌈n/2⌉。' +
        '同一情景、种子与次数的数字与2.0.x不同（抽样不同，分布不变）；模型方程、参数与默认值均未改变。' +
        '增加值及各部门产值与增加值只保留均值，不再给出分位数。',
      en:
        'Sampling design: runs now come in antithetic pairs — the second run of each pair mirrors all random numbers of the first ' +
        '(a uniform u becomes 1 − u, a normal shock changes sign) — so chances are more precise for the same runs (for the plan ' +
        "scenario's output target, about as precise as four times as many independent runs); their standard errors are computed from " +
        'the pairs, and the 95 % bound of a chance no run met is now 3/⌈n/2⌉. The same scenario, seed and runs give other numbers than ' +
        'in 2.0.x (other draws, the same distributions); no equation, parameter or default changed. Value added and each ' +
        "sector's output and value added now give their means only, no percentiles.",
    },
  },
  {
    version: '3.0.0',
    changes: {
      zh:
        '模型3.0：修正2021—2025年复盘中一贯偏高的原因。基金的社会资本只计一次：fund_leverage 改为基金目标规模中的名义社会资本配比（4，政府出资上限20%），' +
        '缺口只由 fund_raised 体现（此前两者相乘，把社会资本的缺口算了两次）。' +
        '组装毛利周期以数据为界：乘数限于 Wistron 2015–2020 年毛利率相对均值的范围（82–118.7 %，此前可在繁荣年份提高 29 %、在萧条年份降向 0）。' +
        '半导体周期改为有记忆的AR(1)（以SIA/WSTS 2006—2020年全球半导体销售额拟合：均值4.1对数百分点，标准差11.3，持续系数−0.26±0.29），可用 pinnedChipDemand 固定。' +
        '复盘情景的PC需求改用Gartner（与拟合同一来源）。' +
        '2.x链接与存档中以下假设的取值已删除并改用新默认值：fund_leverage（含义已改变）、chip_cycle（改为AR(1)的对数增速）。' +
        '两种校准分开命名：事前校准（仅用2020年及以前的数据，2021—2025年规划使用）与重新校准（PC需求与半导体周期的拟合延至实际记录的2025与2024年，2026—2030年规划0.2.0版使用）。',
      en:
        'Model 3.0: the causes of the replay of 2021–2025 running high, fixed. The fund counts private money once: fund_leverage is now the ' +
        "nominal private money per public 元 in the fund's target (4, the 20 % cap on the government's share) and the shortfall is " +
        'fund_raised alone (model 2 multiplied a realised leverage by fund_raised, counting the private shortfall twice). The assembly ' +
        "margin cycle is bounded by data: its multiplier stays within the range of Wistron's 2015–2020 margins around their mean " +
        '(82–118.7 %; it could add 29 % in a boom year and fall towards 0 in a bust). ' +
        'The chip cycle has memory: an AR(1) on log growth fitted on world semiconductor sales 2006–2020 (SIA/WSTS: mean 4.1 log-%, ' +
        'sd 11.3, persistence −0.26 ± 0.29), pinnable with pinnedChipDemand. The replay pins Gartner PC shipments, the source of the fit. ' +
        'From 2.x links and saved scenarios, values for these assumptions are dropped and the new defaults used: fund_leverage (new ' +
        'meaning), chip_cycle (now the AR(1) in log-%). Two calibrations, named and kept apart: ex-ante (data up to 2020 only, the ' +
        '2021–2025 plan) and re-based (world PC demand and the chip cycle fitted on the record to 2025 and 2024, the 2026–2030 plan, ' +
        'version 0.2.0).',
    },
  },
];

/**
 * Assumption keys a scenario of an older major version may carry that this version drops: removed, or kept with a
 * new meaning so that an old value would mean something else. src/scenario/migrate.ts applies it; the change list
 * above names every key, so nothing is dropped silently.
 */
/** The assumptions model 3 redefines: a value set under model 1 or 2 would mean something else now. */
const MODEL_3_DROPS = ['fund_leverage', 'chip_cycle'] as const;

export const DROPPED_ASSUMPTIONS: Record<string, readonly string[]> = {
  '1': [
    'pc_demand',
    'firm_entry',
    'capability_va',
    'rd_crowding',
    'rd_new_chips',
    'rd_new_terminals',
    'rd_new_sensors',
    'rd_new_applications',
    ...MODEL_3_DROPS,
  ],
  '2': MODEL_3_DROPS,
};

export const MODEL_VERSION = MODEL_CHANGES[MODEL_CHANGES.length - 1].version;

/** A version "major.minor.patch" as three numbers, or null when it is not written that way. */
function parseVersion(v: string): [number, number, number] | null {
  const m = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
function compareVersions(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * How the model a scenario was made with stands to this one:
 * - `older`: made before this version; `changes` are the versions since, oldest first (all of them for a version
 *   older than the first one listed);
 * - `newer`: made with a later model than this app has, whose changes this app cannot know (it may not read all of
 *   the scenario, and its numbers may differ);
 * - `unknown`: a version that is not written as major.minor.patch.
 * Null when it is this version or none is stated.
 */
export type VersionGap =
  { kind: 'older'; made: string; changes: ModelChange[] } | { kind: 'newer' | 'unknown'; made: string };

export function versionGap(made: string | undefined, current: string = MODEL_VERSION): VersionGap | null {
  if (!made || made === current) return null;
  const m = parseVersion(made);
  const c = parseVersion(current);
  if (!m || !c) return { kind: 'unknown', made };
  const order = compareVersions(m, c);
  if (order === 0) return null;
  if (order > 0) return { kind: 'newer', made };
  const changes = MODEL_CHANGES.filter((ch) => {
    const v = parseVersion(ch.version);
    return v !== null && compareVersions(v, m) > 0 && compareVersions(v, c) <= 0;
  });
  return { kind: 'older', made, changes };
}
