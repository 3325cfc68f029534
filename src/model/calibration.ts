/**
 * The model's two calibrations, kept apart and named (issue 20, item 3). A plan names the one it runs on
 * (`calibration` in its file; a plan that names none is ex-ante):
 *
 * - `ex-ante`: every fitted parameter fitted on data up to 2020 only (./fit.ts, scripts/fit-demand.ts; the values are
 *   ./parameters.ts'). It is the honest test of the 2021–2025 plan: nothing it knows was seen after the plan's base
 *   year, so the ex-post check of that plan measures the model, not its hindsight.
 * - `rebased`: the same fits on the same series carried on to the latest year in the record (record/realised.json:
 *   Gartner's world PC shipments 2021–2025, SIA's world semiconductor sales 2021–2024), for plans whose base year is
 *   later (the 2026–2030 plan). scripts/fit-rebased.ts prints the fits; test/unit/model/calibration-fit.test.ts checks
 *   that the table below carries what it prints. Only the parameters named here differ from ex-ante; every other
 *   parameter is the same in both.
 *
 * What the re-based fit does not do: it does not fit the zone's own record (its value-added growth 2021–2024 sits
 * low in the ex-ante bands, docs/MODEL.md "Out of sample"), because those figures cover all of the zone's industry,
 * not its NGIT industry, and are real where the model is nominal: no parameter of the zone is moved to match them.
 */
import type { Bilingual, Dist, Fitted, UncertaintyKey } from './parameters.ts';

export const CALIBRATIONS = ['ex-ante', 'rebased'] as const;
export type Calibration = (typeof CALIBRATIONS)[number];

/** A parameter as a calibration sets it: its distribution, its source in both languages and what it was fitted on. */
export interface CalibratedValue {
  default: Dist;
  source: string;
  sourceZh: string;
  fitted: Fitted;
}

export interface CalibrationDef {
  id: Calibration;
  /** the last year of data any fitted parameter has seen */
  fittedTo: number;
  label: Bilingual;
  /** the parameters that differ from ./parameters.ts (ex-ante: none) */
  values: Partial<Record<UncertaintyKey, CalibratedValue>>;
}

const PC_DATA =
  'Gartner world PC shipments (IDC where Gartner is missing up to 2020); 2021–2025 from the record';
const CHIP_DATA = 'world semiconductor sales (SIA releases of WSTS figures); 2021–2024 from the record';

export const CALIBRATION: Record<Calibration, CalibrationDef> = {
  'ex-ante': {
    id: 'ex-ante',
    fittedTo: 2020,
    label: { zh: '事前校准（仅用2020年及以前的数据拟合）', en: 'ex-ante (fitted on data up to 2020 only)' },
    values: {},
  },
  rebased: {
    id: 'rebased',
    fittedTo: 2025,
    label: { zh: '重新校准（拟合数据延至2025年）', en: 're-based (fitted on data up to 2025)' },
    values: {
      pc_demand: {
        default: { kind: 'normal', mean: 0.99, sd: 8.2 },
        source:
          "Re-based fit: AR(1) on the log growth of Gartner world PC shipments, 2000–2025 (21 pairs of consecutive years, 2004→2005 to 2024→2025; 2021–2025 are the record's world_pc_gartner_*; scripts/fit-rebased.ts): long-run mean 0.99 log-% a year, innovation sd 8.2 (ex-ante, to 2020: 1.58 and 5.8). The 2022–2023 slump (−16.2 %, −14.8 %) widens the shock and lowers the mean",
        sourceZh:
          '重新校准拟合：对Gartner全球PC出货量对数增速作AR(1)回归，2000—2025年（21对相邻年份，2004→2005至2024→2025；2021—2025年取自实际记录 world_pc_gartner_*；scripts/fit-rebased.ts）：长期均值每年0.99个对数百分点，新息标准差8.2（事前校准至2020年：1.58与5.8）。2022—2023年的下滑（−16.2%、−14.8%）使冲击变宽、均值降低',
        fitted: { data: PC_DATA, years: '2000–2025', how: 'least squares AR(1) on log growth' },
      },
      pc_persistence: {
        default: { kind: 'uniform', lo: 0.31, hi: 0.7 },
        source:
          'Re-based fit with pc_demand: AR(1) coefficient 0.507, standard error 0.195 (Gartner 2000–2025); drawn per path over ± one standard error (ex-ante, to 2020: 0.672 ± 0.185)',
        sourceZh:
          '与 pc_demand 一并重新拟合：AR(1)系数0.507，标准误0.195（Gartner 2000—2025年）；每条路径在±一个标准误内抽取（事前校准至2020年：0.672±0.185）',
        fitted: { data: PC_DATA, years: '2000–2025', how: 'AR(1) coefficient ± one standard error' },
      },
      chip_cycle: {
        default: { kind: 'normal', mean: 5.08, sd: 11.7 },
        source:
          "Re-based fit: AR(1) on the log growth of world semiconductor sales (SIA's releases of WSTS figures), 2006–2024 (17 pairs, 2007→2008 to 2023→2024; 2021–2024 are the record's world_semis_sia_*; scripts/fit-rebased.ts): long-run mean 5.08 log-% a year, innovation sd 11.7 (ex-ante, to 2020: 4.1 and 11.3)",
        sourceZh:
          '重新校准拟合：对全球半导体销售额（SIA发布的WSTS数据）对数增速作AR(1)回归，2006—2024年（17对相邻年份，2007→2008至2023→2024；2021—2024年取自实际记录 world_semis_sia_*；scripts/fit-rebased.ts）：长期均值每年5.08个对数百分点，新息标准差11.7（事前校准至2020年：4.1与11.3）',
        fitted: { data: CHIP_DATA, years: '2006–2024', how: 'least squares AR(1) on log growth' },
      },
      chip_persistence: {
        default: { kind: 'uniform', lo: -0.52, hi: 0 },
        source:
          'Re-based fit with chip_cycle: AR(1) coefficient −0.26, standard error 0.26 (world semiconductor sales 2006–2024); drawn per path over ± one standard error (ex-ante, to 2020: −0.26 ± 0.29)',
        sourceZh:
          '与 chip_cycle 一并重新拟合：AR(1)系数−0.26，标准误0.26（全球半导体销售额2006—2024年）；每条路径在±一个标准误内抽取（事前校准至2020年：−0.26±0.29）',
        fitted: { data: CHIP_DATA, years: '2006–2024', how: 'AR(1) coefficient ± one standard error' },
      },
    },
  },
};
