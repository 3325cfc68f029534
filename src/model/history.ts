/**
 * Realised figures for 2021–2025, for the out-of-sample check of the replay scenario (realised-pc-demand.json).
 * The model is NEVER fitted or tuned on these: they are what it is tested against. docs/MODEL.md prints a table of
 * figure, source, the model's 5/50/95 % and whether the figure falls inside; the app draws them on the replay charts.
 *
 * Every figure is a year-on-year growth in %, compared with the growth of the named series between `year − 1` and
 * `year` in each path. Comparability is stated, because none of these is exactly the model's quantity: the zone's
 * statistics cover all industry (not only NGIT) in a wider area, and official value-added growth is real (constant
 * prices) while the model's is nominal. Each figure's confidence letter is explained by CONFIDENCE below.
 * Source and comparability are in both languages (the history-check panel shows the UI's one, docs/MODEL.md the
 * English): every figure and date of the English text is in the Chinese too, and the English uses English units
 * (test/unit/model/history.test.ts). Change both together.
 */

/** What a figure's confidence letter means, in both languages (the panel and docs/MODEL.md print the words). */
export const CONFIDENCE: Record<'H' | 'M' | 'L', { zh: string; en: string }> = {
  H: { zh: '高：官方页面', en: 'high: an official page' },
  M: { zh: '中：官方页面的转载或镜像', en: 'medium: a repost or mirror of an official page' },
  L: { zh: '低：二手网站', en: 'low: a secondary site' },
};

export interface RealisedFigure {
  key: string;
  label: { zh: string; en: string };
  year: number;
  /** year-on-year growth, % */
  value: number;
  unit: '% a year';
  /** the model series whose year-on-year growth it is compared with */
  series: string;
  /** where the figure was published; publication names stay in their language, English text in English units */
  source: { zh: string; en: string };
  confidence: 'H' | 'M' | 'L';
  /** how the figure differs from the model's quantity */
  comparability: { zh: string; en: string };
}

export const REALISED: readonly RealisedFigure[] = [
  {
    key: 'zone_industrial_va_2021',
    label: { zh: '科学城核心区规上工业增加值增速', en: 'Zone industrial value added, growth' },
    year: 2021,
    value: 15.3,
    unit: '% a year',
    series: 'value_added',
    source: {
      zh: '重庆高新区 2022-01-25 发布：西部(重庆)科学城核心区 2021年规上工业增加值同比增长15.3%（daluzixun.com 转载）',
      en: 'Release of 重庆高新区 (the Chongqing High-tech Zone), 2022-01-25: above-size industrial value added of the 西部(重庆)科学城 (Western (Chongqing) Science City) core area grew 15.3 % year on year in 2021 (reposted by daluzixun.com)',
    },
    confidence: 'M',
    comparability: {
      zh: '科学城核心区全部规上工业（范围大于2020年的直管园），实际增速；模型：新一代信息技术产业增加值，名义增速',
      en: "all above-size industry of the science city's core area (wider than the zone's directly administered park, 直管园, of 2020), real growth; the model: NGIT value added, nominal",
    },
  },
  {
    key: 'chongqing_notebooks_2021',
    label: {
      zh: '重庆笔记本电脑产量增速（2019—2021年均）',
      en: 'Chongqing notebook output, growth (2019–21 a year)',
    },
    year: 2021,
    value: 100 * (Math.sqrt(93.8529 / 64.22) - 1),
    unit: '% a year',
    series: 'output_terminals',
    source: {
      zh: '推算：2021年笔记本电脑产量93,852,900台（重庆市统计局关于党的十八大以来工业发展的报告，2022-09-30，经 iid.sg 转引），2019年为6422万台（中新社 2020-05）：两年间年均增长20.9%',
      en: 'Derived: 93,852,900 notebooks in 2021 (重庆市统计局, the Chongqing Municipal Bureau of Statistics: report on industry since the 18th Party Congress, 2022-09-30, via iid.sg) against 64.22 million in 2019 (中新社, China News Service, 2020-05): +20.9 % a year over two years',
    },
    confidence: 'M',
    comparability: {
      zh: '全重庆的产量（台数），为2020年和2021年两年的平均；模型：高新区终端产值（亿元），2021年相对2020年',
      en: "units for all Chongqing, averaged over 2020 and 2021; the model: the zone's terminal output value (100M CNY), 2021 over 2020",
    },
  },
  {
    key: 'china_ic_units_2022',
    label: { zh: '全国集成电路产量增速', en: 'China IC output (units), growth' },
    year: 2022,
    value: -11.6,
    unit: '% a year',
    series: 'output_chips',
    source: {
      zh: '工业和信息化部《2022年电子信息制造业运行情况》（2023-02，C114 与讯石光通讯网 2023-02-07 报道）',
      en: 'MIIT (the Ministry of Industry and Information Technology), 2022年电子信息制造业运行情况 (its report on the electronic information manufacturing industry in 2022; 2023-02, reported by C114 and 讯石光通讯网, an optical-communications news site, 2023-02-07)',
    },
    confidence: 'M',
    comparability: {
      zh: '全国集成电路产量（按块计），并非重庆或高新区；模型：高新区芯片产值（亿元）',
      en: "national unit output of integrated circuits, not Chongqing or the zone; the model: the zone's chip output value (100M CNY)",
    },
  },
  {
    key: 'chongqing_industrial_va_2023',
    label: { zh: '重庆规上工业增加值增速', en: 'Chongqing industrial value added, growth' },
    year: 2023,
    value: 6.6,
    unit: '% a year',
    series: 'value_added',
    source: {
      zh: '市经济和信息化委员会在全市工业大会上公布，中新网 2024-01-20',
      en: "市经济和信息化委员会 (Chongqing's Commission of Economy and Information Technology) at the city's industry conference, reported by 中新网 (chinanews.com) 2024-01-20",
    },
    confidence: 'H',
    comparability: {
      zh: '全重庆规上工业，实际增速；模型：高新区新一代信息技术产业增加值，名义增速',
      en: "all Chongqing above-size industry, real growth; the model: the zone's NGIT value added, nominal",
    },
  },
  {
    key: 'zone_industrial_va_2024',
    label: { zh: '科学城重庆高新区规上工业增加值增速', en: 'Zone industrial value added, growth' },
    year: 2024,
    value: 7.8,
    unit: '% a year',
    series: 'value_added',
    source: {
      zh: '《西部科学城重庆高新区 2024年经济社会发展情况及2025年重点工作》（gxq.cq.gov.cn，2025）：规上工业增加值增长7.8%',
      en: "西部科学城重庆高新区 2024年经济社会发展情况及2025年重点工作 (the zone's report on its economy and society in 2024 and its key work for 2025; gxq.cq.gov.cn, 2025): above-size industrial value added grew 7.8 %",
    },
    confidence: 'H',
    comparability: {
      zh: '高新区全部规上工业，实际增速；模型：新一代信息技术产业增加值，名义增速',
      en: 'all above-size industry of the zone, real growth; the model: NGIT value added, nominal',
    },
  },
];
