/**
 * A plan: the data that makes the model about one zone's plan — its base year and base figures, its sectors, its
 * targets and the sizes of its levers. Plans are JSON files (plans/*.json, docs/PLANS.md), validated at the boundary
 * by src/scenario/plan-schema.ts; this module holds their type and compiles one into what the model, the statistics
 * and the app read (`planModel`): the lever and assumption tables, the series a path writes and the indicators with
 * their targets. The equations and the structural parameters that belong to no plan stay in the code
 * (./simulate.ts, ./parameters.ts).
 */
import { INDICATOR_SHAPES, INDICATORS, type Indicator, type IndicatorDef } from './indicators.ts';
import {
  CORE_LEVER_KEYS,
  LEVER_GROUP,
  LEVER_MODEL_UNIT,
  UNCERTAINTIES,
  UNCERTAINTY_HEAD,
  UNCERTAINTY_TAIL,
  type Bilingual,
  type CoreLeverKey,
  type Dist,
  type LeverDef,
  type LeverKey,
  type UncertaintyDef,
  type UncertaintyKey,
} from './parameters.ts';
import { SOURCE_ZH } from './sources-zh.ts';
import { CALIBRATION, type Calibration } from './calibration.ts';

export const PLAN_FORMAT = 'ngit-plan/1';

/** How a figure is known: from a publication, computed from published ones, estimated by the model, or typed by a user. */
export type FigureStatus = 'published' | 'derived' | 'estimated' | 'user';
/** H: an official page; M: a repost or mirror of one; L: a secondary site (./record.ts, CONFIDENCE). */
export type Confidence = 'H' | 'M' | 'L';

/** The base figures a plan gives for its base year, each the zone total the model starts from. */
export const BASE_FIGURES = ['output', 'firms', 'rd_institution_share', 'rd_intensity', 'va_ratio'] as const;
export type BaseFigureKey = (typeof BASE_FIGURES)[number];

export interface BaseFigure {
  /** the value the model starts from; where `range` is given, the middle of what is drawn */
  value: number;
  /** not published: each path draws its base uniformly in [lo, hi] (the model says so wherever it shows the base) */
  range?: { lo: number; hi: number };
  unit: string;
  status: FigureStatus;
  confidence?: Confidence;
  source: string;
  /** the source in Chinese */
  sourceZh: string;
}

/** What a sector's incumbents follow (docs/MODEL.md §3.1): world PC demand, the chip cycle, or emerging demand. */
export type DemandKind = 'pc' | 'chips' | 'emerging';

export interface PlanSector {
  id: string;
  label: Bilingual;
  base: {
    /** % of base-year output */
    outputShare: number;
    /** % of the sector's output; 'residual' (one sector at most) makes the zone total hold exactly */
    vaRatio: number | 'residual';
    /** R&D spending, % of revenue; 'residual' as for vaRatio */
    rdIntensity: number | 'residual';
    /** above-size firms in the base year */
    firms: number;
    source: string;
    sourceZh: string;
    assumption: boolean;
  };
  demand: DemandKind;
  /** new capacity builds on industrial land or rents standard factory space (docs/MODEL.md §4) */
  space: 'land' | 'factory';
  /** × the output per mu of new land (land sectors only) */
  landFactor?: number;
  /** 亿元 of output at full ramp per 亿元 invested */
  capitalTurnover: number;
  /** % of attracted capacity that goes to the sector */
  attractionMix: number;
  /** % of a trade-friction shock that hits the sector */
  frictionShare: number;
  /** small firms: cultivation's value-added effect and 专精特新 recognition of new firms apply */
  smallFirms: boolean;
  /** the value-added ratio of new capacity: an uncertainty of its own (key va_new_<id>) */
  newValueAdded: {
    label: Bilingual;
    default: Dist;
    min: number;
    max: number;
    source: string;
    sourceZh: string;
    assumption: boolean;
  };
  /** the fund's share for the sector: a lever of its own (key fund_<id>), % */
  fundShare: PlanLeverCommon & { plan: LeverValue; noPolicy: LeverValue };
}

/** A lever's value: one number for every period, or one per period of the plan. */
export type LeverValue = number | number[];
/** A package: every lever of a plan with its value (or values by period). */
export type LeverPackage = Record<LeverKey, LeverValue>;

interface PlanLeverCommon {
  label: Bilingual;
  min: number;
  max: number;
  step: number;
  quote: Bilingual;
  source: string;
  sourceZh: string;
}

export interface PlanLever extends PlanLeverCommon {
  unit: Bilingual;
  plan: LeverValue;
  noPolicy: LeverValue;
  /** what the document itself gives, or null where it names the lever without a number */
  planValue: Bilingual | null;
  /** public money, 亿元 per unit of the lever per year; 0 where the lever is not spending */
  cost: number;
  /** which of plan, noPolicy and cost are stated assumptions (the rest are sourced); absent: not said */
  assumed?: LeverSize[];
}

/** A lever's three sizes, each sourced or a stated assumption. */
export const LEVER_SIZES = ['plan', 'noPolicy', 'cost'] as const;
export type LeverSize = (typeof LEVER_SIZES)[number];
/** Whether a lever's size is a stated assumption: named in `assumed`, or not said (a lever without `assumed`). */
export const leverSizeAssumed = (l: PlanLever, size: LeverSize) => l.assumed?.includes(size) ?? true;
/**
 * Whether a lever's size is a unit identity, not a parameter: a lever that is itself public money (the model reads it
 * in 亿元 a year) costs 1 亿元 of public money per 亿元 of spending by definition. Such a size is neither sourced nor a
 * stated assumption, and the parameter counts of docs/MODEL.md leave it out. A money lever whose file says another
 * cost (a co-financed programme, say) is a parameter again.
 */
export const leverSizeIsIdentity = (l: PlanLever, size: LeverSize) =>
  size === 'cost' &&
  l.cost === 1 &&
  l.unit.zh === LEVER_MODEL_UNIT.fund.zh &&
  l.unit.en === LEVER_MODEL_UNIT.fund.en;

export interface PlanTarget {
  value: number;
  direction: 'atLeast' | 'atMost';
  /** published: the document's; illustrative: made by a stated rule where none is published; user: typed by a user */
  status: 'published' | 'illustrative' | 'user';
  quote: Bilingual;
  /** how an illustrative target was made */
  rule?: Bilingual;
}

export interface PlanPeriod {
  from: number;
  to: number;
  label: Bilingual;
}

export type BinningSpec = { scale: 'linear' | 'log'; lo: number; hi: number };
export type BinnedAux = 'value_added' | 'sector_output' | 'sector_value_added';

export interface Plan {
  $schema?: string;
  format: typeof PLAN_FORMAT;
  id: string;
  version: string;
  title: Bilingual;
  /** the plan in a line, for the app's subtitle: "“十四五”规划（2021—2025）与2035年远景" */
  shortTitle: Bilingual;
  issuer: Bilingual;
  document: {
    name: Bilingual;
    number: string | null;
    date: string | null;
    url: string | null;
    note?: Bilingual;
  };
  zone: Bilingual;
  industry: Bilingual;
  /** what the tool is about, for the app's title: the zone's industry, "重庆高新区新一代信息技术产业" */
  subject: Bilingual;
  baseYear: number;
  targetYear: number;
  endYear: number;
  /** the model calibration the plan runs on (./calibration.ts); none named: `ex-ante` */
  calibration?: Calibration;
  periods: PlanPeriod[];
  base: Record<BaseFigureKey, BaseFigure>;
  /** output growth a year before the base year, for a start before it (the back-cast): from `from` to the base year */
  priorGrowth: BaseFigure & { from: number };
  sectorParameters: Record<
    'landFactor' | 'capitalTurnover' | 'attractionMix' | 'frictionShare',
    { unit: string; unitZh: string; source: string; sourceZh: string; assumption: boolean }
  >;
  sectors: PlanSector[];
  /** an indicator without a target is left out */
  targets: Partial<Record<Indicator, PlanTarget>>;
  levers: Record<Exclude<CoreLeverKey, 'fund_share'>, PlanLever>;
  /** histogram ranges where the defaults (scaled from the base) do not fit */
  binning?: Partial<Record<Indicator | BinnedAux, BinningSpec>>;
}

/** How a scenario, a result or a partial names its plan: the plan's id and version. */
export interface PlanRef {
  id: string;
  version: string;
}
export const planRef = (plan: Plan): PlanRef => ({ id: plan.id, version: plan.version });

/** A sector as the kernel reads it: the plan's row with the residual ratios filled in. */
export interface SectorModel {
  id: string;
  index: number;
  label: Bilingual;
  outputShare: number;
  vaRatio: number;
  rdIntensity: number;
  firms: number;
  demand: DemandKind;
  land: boolean;
  landFactor: number;
  capitalTurnover: number;
  attractionMix: number;
  frictionShare: number;
  smallFirms: boolean;
  fundKey: LeverKey;
  vaKey: UncertaintyKey;
}

export interface PlanModel {
  plan: Plan;
  id: string;
  version: string;
  baseYear: number;
  targetYear: number;
  endYear: number;
  /** the calibration its structural parameters come from (./calibration.ts) */
  calibration: Calibration;
  /** earliest start year a scenario of this plan may have (a back-cast from before the base year) */
  minStartYear: number;
  sectors: SectorModel[];
  leverKeys: LeverKey[];
  levers: Record<LeverKey, LeverDef>;
  /** the fund's sector-share levers, in sector order */
  fundKeys: LeverKey[];
  uncertaintyKeys: UncertaintyKey[];
  uncertainties: Record<UncertaintyKey, UncertaintyDef>;
  /** per-path uncertainties, in the order a path draws them (one uniform each: common random numbers) */
  pathKeys: UncertaintyKey[];
  /** series a path writes: the ten indicators, value added, each sector's output and value added, the terminals' share */
  series: string[];
  seriesIndex: Record<string, number>;
  indicators: Record<Indicator, IndicatorDef>;
}

/** A back-cast may start up to this many years before the base year (the 2016 back-cast of a 2020 base). */
export const MAX_BACKCAST_YEARS = 4;

export const fundKeyOf = (sectorId: string): LeverKey => `fund_${sectorId}`;
export const vaKeyOf = (sectorId: string): UncertaintyKey => `va_new_${sectorId}`;

/**
 * The sector table with residuals filled in: a 'residual' ratio is the one that makes the zone total
 * (base va_ratio or rd_intensity) hold exactly, given the other sectors' shares and ratios.
 */
function residual(plan: Plan, key: 'vaRatio' | 'rdIntensity', total: number): number[] {
  const values = plan.sectors.map((s) => s.base[key]);
  const at = values.indexOf('residual');
  let others = 0;
  plan.sectors.forEach((s, i) => {
    if (i !== at) others += s.base.outputShare * (values[i] as number);
  });
  return values.map((v, i) =>
    i === at ? (total * 100 - others) / plan.sectors[at].base.outputShare : (v as number),
  );
}

/** The sectors with the residual ratios of the given zone totals (the plan's, or a path's drawn base). */
export function sectorRatios(plan: Plan, vaRatio: number, rdIntensity: number) {
  return {
    vaRatio: residual(plan, 'vaRatio', vaRatio),
    rdIntensity: residual(plan, 'rdIntensity', rdIntensity),
  };
}

/** Default histogram ranges for a plan whose file gives none, scaled from its base (docs/PLANS.md, "binning"). */
function defaultBinning(plan: Plan, k: Indicator | BinnedAux): BinningSpec {
  const out = plan.base.output.range?.hi ?? plan.base.output.value;
  const firms = plan.base.firms.range?.hi ?? plan.base.firms.value;
  const years = plan.endYear - plan.baseYear + MAX_BACKCAST_YEARS;
  // a count's bins are 1/m wide with lo = −width/2, so that each whole number sits in the middle of a bin
  const counts = (hi: number) => {
    const width = Math.max(1, Math.ceil(hi / 1000)) / (hi <= 100 ? 10 : hi <= 200 ? 5 : hi <= 500 ? 2 : 1);
    return { scale: 'linear' as const, lo: -width / 2, hi: 1000 * width - width / 2 };
  };
  const pow10 = (x: number) => Math.pow(10, Math.round(Math.log10(x)));
  switch (k) {
    case 'output':
      return { scale: 'log', lo: pow10(out / 10), hi: pow10(out * 10) * 3 };
    case 'value_added':
      return { scale: 'log', lo: pow10(out / 200), hi: pow10(out * 5) };
    case 'sector_output':
      return { scale: 'log', lo: pow10(out / 2000), hi: pow10(out * 10) * 3 };
    case 'sector_value_added':
      return { scale: 'log', lo: pow10(out / 20000), hi: pow10(out * 5) };
    case 'firms':
      return counts(firms * 25);
    case 'innovation_platforms':
      return counts(20 * years);
    case 'leading_firms':
      return counts(5 * years);
    case 'specialised_firms':
      return counts(25 * years);
    default:
      return INDICATOR_SHAPES[k].binning;
  }
}

export function binningOf(plan: Plan, k: Indicator | BinnedAux): BinningSpec {
  return plan.binning?.[k] ?? defaultBinning(plan, k);
}

const cache = new WeakMap<Plan, PlanModel>();

/** Compiles a validated plan once (cached per plan object). */
export function planModel(plan: Plan): PlanModel {
  const hit = cache.get(plan);
  if (hit) return hit;
  const ratios = sectorRatios(plan, plan.base.va_ratio.value, plan.base.rd_intensity.value);
  const sectors: SectorModel[] = plan.sectors.map((s, index) => ({
    id: s.id,
    index,
    label: s.label,
    outputShare: s.base.outputShare,
    vaRatio: ratios.vaRatio[index],
    rdIntensity: ratios.rdIntensity[index],
    firms: s.base.firms,
    demand: s.demand,
    land: s.space === 'land',
    landFactor: s.landFactor ?? 0,
    capitalTurnover: s.capitalTurnover,
    attractionMix: s.attractionMix,
    frictionShare: s.frictionShare,
    smallFirms: s.smallFirms,
    fundKey: fundKeyOf(s.id),
    vaKey: vaKeyOf(s.id),
  }));

  const levers = {} as Record<LeverKey, LeverDef>;
  const leverKeys: LeverKey[] = [];
  const addLever = (key: LeverKey, group: LeverDef['group'], l: PlanLever) => {
    leverKeys.push(key);
    // which sizes are assumptions is for the documentation's counts, not the model: the lever's definition leaves it out
    const { assumed: _assumed, ...def } = l;
    levers[key] = { key, group, ...def };
  };
  for (const k of CORE_LEVER_KEYS) {
    if (k === 'fund_share') {
      for (const s of plan.sectors) {
        const f = s.fundShare;
        addLever(fundKeyOf(s.id), LEVER_GROUP.fund_share, {
          ...f,
          unit: LEVER_MODEL_UNIT.fund_share,
          planValue: null,
          cost: 0,
        });
      }
    } else addLever(k, LEVER_GROUP[k], plan.levers[k]);
  }

  const uncertainties = {} as Record<UncertaintyKey, UncertaintyDef>;
  const uncertaintyKeys: UncertaintyKey[] = [];
  const calibration = CALIBRATION[plan.calibration ?? 'ex-ante'];
  const structural = (
    k: (typeof UNCERTAINTY_HEAD)[number] | (typeof UNCERTAINTY_TAIL)[number],
  ): UncertaintyDef => {
    const c = calibration.values[k];
    return c ? { ...UNCERTAINTIES[k], ...c } : { ...UNCERTAINTIES[k], sourceZh: SOURCE_ZH[k] };
  };
  for (const k of UNCERTAINTY_HEAD) {
    uncertaintyKeys.push(k);
    uncertainties[k] = structural(k);
  }
  for (const s of plan.sectors) {
    const key = vaKeyOf(s.id);
    const v = s.newValueAdded;
    uncertaintyKeys.push(key);
    uncertainties[key] = {
      key,
      group: 'value_added',
      label: v.label,
      unit: { zh: '%', en: '%' },
      kind: 'path',
      default: v.default,
      min: v.min,
      max: v.max,
      source: v.source,
      sourceZh: v.sourceZh,
      assumption: v.assumption,
    };
  }
  for (const k of UNCERTAINTY_TAIL) {
    uncertaintyKeys.push(k);
    uncertainties[k] = structural(k);
  }

  const series = [
    ...INDICATORS,
    'value_added',
    ...sectors.map((s) => `output_${s.id}`),
    ...sectors.map((s) => `va_${s.id}`),
    'terminals_share',
  ];
  const indicators = Object.fromEntries(
    INDICATORS.map((k) => [
      k,
      { ...INDICATOR_SHAPES[k], key: k, target: plan.targets[k] ?? null, binning: binningOf(plan, k) },
    ]),
  ) as Record<Indicator, IndicatorDef>;

  const model: PlanModel = {
    plan,
    id: plan.id,
    version: plan.version,
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    endYear: plan.endYear,
    calibration: calibration.id,
    minStartYear: plan.baseYear - MAX_BACKCAST_YEARS,
    sectors,
    leverKeys,
    levers,
    fundKeys: sectors.map((s) => s.fundKey),
    uncertaintyKeys,
    uncertainties,
    pathKeys: uncertaintyKeys.filter((k) => uncertainties[k].kind === 'path'),
    series,
    seriesIndex: Object.fromEntries(series.map((k, i) => [k, i])),
    indicators,
  };
  cache.set(plan, model);
  return model;
}

/** The period of the plan a calendar year falls in (years before the first period count as the first). */
export function periodIndex(plan: Plan, year: number): number {
  const i = plan.periods.findIndex((p) => year <= p.to);
  return i < 0 ? plan.periods.length - 1 : i;
}

/** A lever's value in period `p`. */
export const leverIn = (v: LeverValue, p: number): number => (typeof v === 'number' ? v : v[p]);
