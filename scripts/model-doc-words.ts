/**
 * The words of the generated parts of docs/MODEL.md and docs/MODEL.zh.md, per language: table headers, the small
 * words of the cells and the generated sentences. scripts/model-doc.ts builds every table once and takes its words
 * from here, so the two editions differ in words only, never in what they print.
 */
import type { Lang } from '../src/i18n/messages.ts';

export interface CountsWords {
  total: number;
  sourced: number;
  share: string;
  assumed: number;
  fitted: number;
  uncertainties: number;
  constants: number;
  base: number;
  sectors: number;
  /** the default plan's levers, and their sizes (three each: plan, no new policy, cost) */
  levers: number;
  leverSizes: number;
  leverSourced: number;
  /** lever sizes left out of the counts: a money lever's cost of 1 亿元 per 亿元, a unit identity */
  identities: number;
  policyTotal: number;
  policySourced: number;
  policyUncertain: number;
}

export interface MissWords {
  label: string;
  year: number;
  value: string;
  below: boolean;
  p5: string;
  p95: string;
}

export interface DocWords {
  headers: {
    base: string[];
    sector: string[];
    indicator: (targetYear: number) => string[];
    lever: string[];
    uncertainty: string[];
    constant: string[];
    fitted: string[];
    rebased: string[];
    backcast: string[];
    outOfSample: string[];
    expost: (targetYear: number) => string[];
    calibration: string[];
    median2025: (run: string) => string;
    pMeet: (run: string) => string;
    median2035: (run: string) => string;
  };
  dist: {
    fixed: (v: string) => string;
    uniform: (lo: string, hi: string) => string;
    triangular: (lo: string, hi: string, mode: string) => string;
    normal: (mean: string, sd: string) => string;
  };
  /** a kind of uncertainty: drawn once per path, or a shock every year */
  kind: Record<'path' | 'shock', string>;
  sdMax: (sd: number) => string;
  assumption: string;
  noPlanNumber: string;
  yes: string;
  no: string;
  allTen: string;
  growthOf: (series: string) => string;
  levelOf: (series: string) => string;
  /** a scenario's name in the calibration table's headers */
  run: (id: string) => string;
  startState: {
    label: string;
    value: (output: string, firms: number) => string;
    data: string;
    years: string;
    how: string;
  };
  counts: (c: CountsWords) => string;
  generatedBy: (runs: string, version: string) => string;
  backcastCheck: (cagr: string) => string;
  defensible: string;
  inside: (inside: number, total: number) => string;
  /** the calibration's balance: figures below and above the median of their band */
  balance: (below: number, above: number, total: number) => string;
  verdict: Record<'met' | 'missed' | 'unknown', string>;
  notPublished: string;
  yours: string;
  misses: (m: MissWords[]) => string;
  reasons: string;
  change: (version: string, en: string, zh: string) => string;
}

const en: DocWords = {
  headers: {
    base: ['figure', 'value', 'unit', 'source'],
    sector: ['sector', 'share of output, %', 'value-added ratio, %', 'R&D intensity, %', 'firms', 'source'],
    indicator: (y) => ['key', 'indicator', 'unit', `${y} target`, 'what it is'],
    lever: [
      'key',
      'lever',
      'unit',
      'range',
      'plan scenario',
      'no new policy',
      "plan's own value",
      'cost, 亿元 per unit a year',
      'source',
    ],
    uncertainty: ['key', 'uncertainty', 'unit', 'kind', 'default', 'allowed', 'source or assumption'],
    constant: ['key', 'value', 'unit', 'source or assumption'],
    fitted: ['parameter', 'value', 'data', 'years', 'how'],
    rebased: [
      'parameter',
      'ex-ante (data to 2020)',
      're-based (data to the record)',
      're-based fit: years',
      'source',
    ],
    backcast: ['2020 figure', 'plan', 'model 5 %', 'median', 'model 95 %', 'inside the band'],
    outOfSample: [
      'figure',
      'year',
      'realised, %',
      'compared with',
      'model 5 / 50 / 95 %',
      'percentile',
      'inside',
      'source (confidence)',
      'comparability',
    ],
    expost: (y) => [
      'target',
      'plan',
      `realised ${y}`,
      `ex-ante model ${y}: 5th / 50th / 95th percentile`,
      'percentile',
      'verdict',
    ],
    calibration: ['indicator', 'target'],
    median2025: (r) => `${r}: median 2025`,
    pMeet: (r) => `${r}: P(meet)`,
    median2035: (r) => `${r}: median 2035`,
  },
  dist: {
    fixed: (v) => `fixed ${v}`,
    uniform: (lo, hi) => `uniform ${lo}–${hi}`,
    triangular: (lo, hi, mode) => `triangular ${lo}–${hi}, mode ${mode}`,
    normal: (mean, sd) => `normal, mean ${mean}, sd ${sd}`,
  },
  kind: { path: 'path', shock: 'shock' },
  sdMax: (sd) => `, sd ≤ ${sd}`,
  assumption: '**Assumption.** ',
  noPlanNumber: '— (named, no number)',
  yes: 'yes',
  no: '**no**',
  allTen: 'all ten at once',
  growthOf: (s) => `growth of \`${s}\``,
  levelOf: (s) => `\`${s}\``,
  run: (id) => id,
  startState: {
    label: 'start state 2016',
    value: (output, firms) => `output ${output} 亿元, ${firms} firms`,
    data: "derived (not sourced): the plan's 2020 figures, output deflated at 10 % a year, firms at the net entry of 4 % a year (Hubei 2023), ratios as in 2020",
    years: '2020 (and 2016–2020 growth)',
    how: 'see §1',
  },
  counts: (c) =>
    `**${c.total} parameters: ${c.sourced} sourced (${c.share} %), ${c.assumed} stated assumptions.** ` +
    `"Sourced" means a publication or statistic with its year, a figure derived from them, or a value fitted on data ` +
    `up to 2020 (${c.fitted} of them; see the calibration table). Counted from the tables below by \`npm run docs\`: ` +
    `${c.uncertainties} uncertainties, ${c.constants} structural constants, ${c.base} base figures and ` +
    `${c.sectors} sector rows, and the ${c.leverSizes} lever sizes of the plan's ${c.levers} levers (each lever's ` +
    `plan value, no-new-policy value and cost, but for the ${c.identities} costs that are a unit identity: a money ` +
    `lever costs 1 亿元 of public money per 亿元 of spending by definition, so that cost is neither sourced nor an ` +
    `assumption and is not counted; ${c.leverSourced} of them sourced, the rest assumptions as each ` +
    `lever's source says). Of the ${c.policyTotal} policy effect sizes, ${c.policySourced} are sourced and ` +
    `${c.policyUncertain} are assumptions drawn from a stated range per path, so their uncertainty shows in the bands.`,
  generatedBy: (runs, version) =>
    `Generated by \`npm run docs\`: ${runs} runs per scenario, seed 7, model ${version}.`,
  backcastCheck: (cagr) =>
    `**Back-cast check.** The no-new-policy package run from 2016 gives a median output CAGR 2016–2020 of ` +
    `**${cagr} %** a year (the plan: "more than 10 %").`,
  defensible: [
    'Why these numbers are defensible: output is driven by terminals (77 % of output) following world PC demand, an',
    'AR(1) fitted on 2000–2020 shipments whose booms persist and fade, and by new capacity that land can carry: at',
    "700–1,800 万元 of output per 亩 (parks, not the plan's target) the plan's 830 亩 a year binds in most paths, so",
    'attraction and the fund add little output and the difference between the plan and no new policy comes mostly from',
    'land and factory space. The value-added ratio follows the mix and the assembly margin cycle; it rises where new',
    'chip, sensor and software capacity gains share and falls in a notebook boom. R&D incentives reach R&D through its',
    'price elasticity (1.58–2.05), so the plan moves R&D intensity from 0.6 % to under 1 %: the 5 % target and 100 % of',
    'firms with an R&D institution are out of reach (probability zero), and so is meeting all ten targets at once.',
  ].join('\n'),
  inside: (inside, total) =>
    `**${inside} of ${total} realised figures fall inside the model's 5–95 % band.**`,
  balance: (below, above, total) =>
    `Of the ${total}, ${below} lie below the median of their band and ${above} above it.`,
  verdict: { met: 'met', missed: 'missed', unknown: 'unknown' },
  notPublished: 'not published',
  yours: 'yours',
  misses: (ms) =>
    'Where the model misses, it says so: ' +
    ms
      .map(
        (m) =>
          `${m.label} ${m.year} was ${m.value} %, ${m.below ? 'below' : 'above'} the model's ${m.p5}–${m.p95} %`,
      )
      .join('; ') +
    '.',
  reasons:
    "Reasons the model's growth can differ from these statistics, none of them tuned away: the model's value added is " +
    'nominal and covers NGIT only, while the statistics are real and cover all industry, and the 2021 PC boom ' +
    '(Gartner +9.9 %, pinned) both raises terminal output and, through the margin cycle fitted on 2015–2020, widens assembly ' +
    "margins; the chip cycle follows world chip sales (an AR(1) fitted on 2006–2020), a proxy for the zone's chips " +
    "that the record contradicts, and the chip figures are national unit output or the zone's own.",
  change: (version, en, zh) => `- **${version}**: ${en} (${zh})`,
};

const zh: DocWords = {
  headers: {
    base: ['数据', '数值', '单位', '来源'],
    sector: ['部门', '产值占比 %', '增加值率 %', '研发强度 %', '企业数', '来源'],
    indicator: (y) => ['键名', '指标', '单位', `${y}年目标`, '含义'],
    lever: [
      '键名',
      '政策杠杆',
      '单位',
      '取值范围',
      '规划情景',
      '无新增政策',
      '规划原值',
      '财政成本（每单位每年，亿元）',
      '来源',
    ],
    uncertainty: ['键名', '不确定性参数', '单位', '类型', '默认分布', '允许范围', '来源或假设'],
    constant: ['键名', '数值', '单位', '来源或假设'],
    fitted: ['参数', '数值', '数据', '年份', '方法'],
    rebased: ['参数', '事前校准（数据至2020年）', '重新校准（数据至实际记录）', '重新拟合所用年份', '来源'],
    backcast: ['2020年数据', '规划', '模型 5 %', '中位数', '模型 95 %', '是否在区间内'],
    outOfSample: [
      '指标',
      '年份',
      '实际值 %',
      '对照',
      '模型 5 / 50 / 95 %',
      '百分位',
      '在区间内',
      '来源（可信度）',
      '可比性',
    ],
    expost: (y) => [
      '目标',
      '规划',
      `${y}年实际值`,
      `事前模型 ${y} 年：第 5 / 50 / 95 百分位`,
      '百分位',
      '结论',
    ],
    calibration: ['指标', '目标'],
    median2025: (r) => `${r}：2025年中位数`,
    pMeet: (r) => `${r}：达标概率`,
    median2035: (r) => `${r}：2035年中位数`,
  },
  dist: {
    fixed: (v) => `固定值 ${v}`,
    uniform: (lo, hi) => `均匀分布 ${lo}–${hi}`,
    triangular: (lo, hi, mode) => `三角分布 ${lo}–${hi}，众数 ${mode}`,
    normal: (mean, sd) => `正态分布，均值 ${mean}，标准差 ${sd}`,
  },
  kind: { path: '路径', shock: '冲击' },
  sdMax: (sd) => `，标准差 ≤ ${sd}`,
  assumption: '**假设。** ',
  noPlanNumber: '—（规划提及，未给数值）',
  yes: '是',
  no: '**否**',
  allTen: '十项同时达标',
  growthOf: (s) => `\`${s}\` 的增速`,
  levelOf: (s) => `\`${s}\` 的水平`,
  run: (id) =>
    ({
      plan: '规划情景',
      'no-new-policy': '无新增政策',
      downside: '下行情景',
      'realised-pc-demand': '复盘情景',
    })[id] ?? id,
  startState: {
    label: '2016 年起始状态',
    value: (output, firms) => `产值 ${output} 亿元，企业 ${firms} 家`,
    data: '推算（非来源数据）：规划的 2020 年数据，产值按每年 10 % 倒推，企业数按每年 4 % 的净进入率倒推（湖北 2023），各比率同 2020 年',
    years: '2020（及 2016–2020 年增速）',
    how: '见 §1',
  },
  counts: (c) =>
    `**共 ${c.total} 个参数：${c.sourced} 个有来源（${c.share} %），${c.assumed} 个为明确说明的假设**。` +
    `“有来源”指注明年份的出版物或统计数据、由其推算的数值，或以 2020 年及以前数据拟合的数值（其中 ${c.fitted} 个，` +
    `见校准表）。由 \`npm run docs\` 按下列各表计数：${c.uncertainties} 项不确定性参数、${c.constants} 项结构常数、` +
    `${c.base} 项基数、${c.sectors} 行部门数据，以及规划 ${c.levers} 项政策杠杆的 ${c.leverSizes} 个杠杆数值` +
    `（每项杠杆的规划值、无新增政策值和成本，但不含 ${c.identities} 个属于单位恒等式的成本：资金类杠杆每亿元支出的财政成本按定义为 1 亿元，` +
    `既非有来源的参数也非假设，不计入；其中 ${c.leverSourced} 个有来源，其余按各杠杆来源说明为假设）。${c.policyTotal} 项政策效果参数中，${c.policySourced} 项有来源，` +
    `${c.policyUncertain} 项为按路径从给定区间抽取的假设，因此其不确定性体现在区间带中。`,
  generatedBy: (runs, version) =>
    `由 \`npm run docs\` 生成：每个情景模拟 ${runs} 次，随机种子 7，模型 ${version} 版。`,
  backcastCheck: (cagr) =>
    `**回测检验。** 自 2016 年起运行的无新增政策情景，2016–2020 年产值复合年均增速的中位数为每年 ` +
    `**${cagr} %**（规划：“10%以上”）。`,
  defensible:
    '这些数字为何站得住：产值由终端（占产值 77 %）驱动，终端跟随全球 PC 需求——以 2000–2020 年出货量拟合的 AR(1)，' +
    '繁荣会延续再消退——也由土地所能承载的新增产能驱动：按每亩 700–1,800 万元产值（园区数据，而非规划目标），' +
    '规划每年 830 亩在多数路径中成为约束，因此招商与基金增加的产值很少，规划与无新增政策之间的差距主要来自用地与标准厂房。' +
    '增加值率随产业结构与组装毛利周期变化；新增芯片、传感器与软件产能占比上升时它提高，笔记本繁荣时它下降。' +
    '研发激励通过研发的价格弹性（1.58–2.05）作用于研发，因此规划使研发强度从 0.6 % 升至不到 1 %：' +
    '5 % 的目标与 100 % 企业建有研发机构都无法达到（概率为零），十项目标同时达成也是如此。',
  inside: (inside, total) => `**${total} 个实际值中有 ${inside} 个落在模型的 5–95 % 区间内**。`,
  balance: (below, above, total) =>
    `这 ${total} 个实际值中，${below} 个低于其区间的中位数，${above} 个高于中位数。`,
  verdict: { met: '达成', missed: '未达成', unknown: '未知' },
  notPublished: '未公布',
  yours: '您的数值',
  misses: (ms) =>
    '模型未能覆盖之处如实列出：' +
    ms
      .map(
        (m) =>
          `${m.label} ${m.year} 年为 ${m.value} %，${m.below ? '低于' : '高于'}模型的 ${m.p5}–${m.p95} %`,
      )
      .join('；') +
    '。',
  reasons:
    '模型增速可能与这些统计数据不同的原因（均未通过调参消除）：模型的增加值是名义值，且只涵盖新一代信息技术产业，' +
    '而统计数据是实际值并涵盖全部工业；2021 年的 PC 繁荣（Gartner +9.9 %，已固定）既提高终端产值，又通过以 2015–2020 年数据' +
    '拟合的毛利周期扩大组装毛利；芯片周期跟随全球芯片销售额（以 2006–2020 年拟合的 AR(1)），记录表明它不能代表高新区的芯片，而芯片数据是全国的产量（按块计）或高新区自身的数据。',
  change: (version, _en, zh) => `- **${version}**：${zh}`,
};

export const WORDS: Record<Lang, DocWords> = { en, zh };
