/**
 * Realised figures for 2021–2025, for the out-of-sample check of the replay scenario (realised-pc-demand.json).
 * The model is NEVER fitted or tuned on these: they are what it is tested against. docs/MODEL.md prints a table of
 * figure, source, the model's 5/50/95 % and whether the figure falls inside; the app draws them on the replay charts.
 *
 * Every figure is a year-on-year growth in %, compared with the growth of the named series between `year − 1` and
 * `year` in each path. Comparability is stated, because none of these is exactly the model's quantity: the zone's
 * statistics cover all industry (not only NGIT) in a wider area, and official value-added growth is real (constant
 * prices) while the model's is nominal. Confidence: H an official page, M a repost or mirror of one, L a secondary site.
 */
import type { Series } from './series.ts';

export interface RealisedFigure {
  key: string;
  label: { zh: string; en: string };
  year: number;
  /** year-on-year growth, % */
  value: number;
  unit: '% a year';
  /** the model series whose year-on-year growth it is compared with */
  series: Series;
  source: string;
  confidence: 'H' | 'M' | 'L';
  comparability: string;
}

export const REALISED: readonly RealisedFigure[] = [
  {
    key: 'zone_industrial_va_2021',
    label: { zh: '科学城核心区规上工业增加值增速', en: 'Zone industrial value added, growth' },
    year: 2021,
    value: 15.3,
    unit: '% a year',
    series: 'value_added',
    source:
      '重庆高新区 release of 2022-01-25: 西部(重庆)科学城核心区 2021年规上工业增加值同比增长15.3% (reposted by daluzixun.com)',
    confidence: 'M',
    comparability:
      'all above-size industry of the science city core (wider than the 2020 直管园), real growth; the model: NGIT value added, nominal',
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
    source:
      'Derived: 93,852,900 notebooks in 2021 (重庆市统计局, report on industry since the 18th Party Congress, 2022-09-30, via iid.sg) against 64.22 M in 2019 (中新社 2020-05): +20.9 % a year over two years',
    confidence: 'M',
    comparability:
      "units for all Chongqing, averaged over 2020 and 2021; the model: the zone's terminal output in 亿元, 2021 over 2020",
  },
  {
    key: 'china_ic_units_2022',
    label: { zh: '全国集成电路产量增速', en: 'China IC output (units), growth' },
    year: 2022,
    value: -11.6,
    unit: '% a year',
    series: 'output_chips',
    source: 'MIIT, 2022年电子信息制造业运行情况 (2023-02, reported by C114 and 讯石光通讯网 2023-02-07)',
    confidence: 'M',
    comparability:
      "national unit output of integrated circuits, not Chongqing or the zone; the model: the zone's chip output in 亿元",
  },
  {
    key: 'chongqing_industrial_va_2023',
    label: { zh: '重庆规上工业增加值增速', en: 'Chongqing industrial value added, growth' },
    year: 2023,
    value: 6.6,
    unit: '% a year',
    series: 'value_added',
    source: '市经济和信息化委员会 at the city industry conference, 中新网 2024-01-20',
    confidence: 'H',
    comparability:
      "all Chongqing above-size industry, real growth; the model: the zone's NGIT value added, nominal",
  },
  {
    key: 'zone_industrial_va_2024',
    label: { zh: '科学城重庆高新区规上工业增加值增速', en: 'Zone industrial value added, growth' },
    year: 2024,
    value: 7.8,
    unit: '% a year',
    series: 'value_added',
    source:
      '西部科学城重庆高新区 2024年经济社会发展情况及2025年重点工作 (gxq.cq.gov.cn, 2025): 规上工业增加值增长7.8%',
    confidence: 'H',
    comparability: 'all above-size industry of the zone, real growth; the model: NGIT value added, nominal',
  },
];
