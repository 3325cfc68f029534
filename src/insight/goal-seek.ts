/**
 * Goal seek: the lever package with the lowest public cost a year (publicCostPerYear, src/model/inputs.ts) that
 * reaches P(meet) ≥ p for one indicator, every lever inside its range. Levers that cost nothing (the fund's sector
 * shares) stay at the scenario's values; so do the assumptions. A heuristic, not a proof of optimality; the method
 * (docs/INSIGHT.md):
 *   1. Evaluate the most expensive package (every costly lever at its maximum). If even that misses p, the target is
 *      unreachable: report its P and the remaining distance.
 *   2. Evaluate the cheapest (every costly lever at its minimum). If it reaches p, it is the answer.
 *   3. Bisect on a scale t along the line from the cheapest to the most expensive package for the smallest t that
 *      reaches p (7 halvings, levers on their slider steps).
 *   4. Greedy ascent from the cheapest package: each round tries one quarter-range step up on every costly lever
 *      and takes the step with the most P(meet) gained per 亿元 (the median breaks ties where P does not move);
 *      the step that crosses p is bisected on the lever's slider steps. The cheaper of 3 and 4 goes on.
 *   5. Coordinate descent on cost-effectiveness: for each costly lever, the P lost per 亿元 saved by dropping it to
 *      its minimum; then, least effective first, bisect each lever down (on its slider steps) to the lowest value
 *      that still reaches p.
 * Every evaluation uses the same seed and run count (common random numbers), so P moves only with the levers. The
 * answer is then re-simulated on a fresh seed, and that run's P(meet) ± SE is what is reported.
 */
import type { Indicator } from '../model/indicators.ts';
import { publicCostPerYear, type ModelInputs } from '../model/inputs.ts';
import type { LeverKey } from '../model/parameters.ts';
import { planModel, type LeverPackage, type PlanModel } from '../model/plan.ts';
import { AbortError, type Runner } from '../engine/runner.ts';
import { evaluatePoints, type InsightOptions, type InsightRun, type PointMetrics } from './evaluate.ts';
import { costlyLevers, round4, valueOf } from './levers.ts';

const T_HALVINGS = 7;
/** at most this many greedy steps (four quarter steps per costly lever reach every maximum) */
const ASCENT_ROUNDS = 40;

interface Point {
  levers: LeverPackage;
  m: PointMetrics;
}

export interface GoalSeekResult {
  indicator: Indicator;
  probability: number;
  /** the plan's target (the user's where they set one); null where there is none */
  target: number | null;
  feasible: boolean;
  /** the package found (every lever), or the most expensive package when the target is unreachable */
  levers: LeverPackage;
  costPerYear: number;
  /** P(meet) of `levers` re-simulated on `verifiedSeed`, with its standard error */
  pMeet: number;
  pMeetSE: number;
  verifiedSeed: string | number;
  /** P(meet) of `levers` on the search seed */
  searchPMeet: number;
  /** when unreachable: p − P(meet) at the most expensive package (verified), else 0 */
  distance: number;
  /** variants simulated during the search */
  evaluations: number;
}

/** A seed that shares no chunk seeds with `seed` (a different seed value gives different chunk seeds). */
export function freshSeed(seed: string | number, salt = 1): string | number {
  return typeof seed === 'number' ? (seed + 104729 * salt) % 2 ** 31 : `${seed}/verify-${salt}`;
}

/** `v` moved onto the lever's slider steps from its minimum, upwards, inside the range. */
export function snapUp(pm: PlanModel, k: LeverKey, v: number): number {
  const { min, max, step } = pm.levers[k];
  const steps = Math.ceil((v - min) / step - 1e-9);
  return round4(Math.min(max, min + steps * step));
}

export async function goalSeek(
  runner: Runner,
  scenario: ModelInputs,
  indicator: Indicator,
  probability: number,
  run: InsightRun,
  opts: InsightOptions = {},
): Promise<GoalSeekResult> {
  if (!(probability > 0 && probability < 1))
    throw new RangeError('goal seek: the probability must lie between 0 and 1');
  const pm = planModel(scenario.plan);
  const LEVERS = pm.levers;
  const COSTLY_LEVERS = costlyLevers(pm);
  const cost = (l: LeverPackage) => publicCostPerYear(pm, l);
  const stepsOf = (k: LeverKey) => Math.round((LEVERS[k].max - LEVERS[k].min) / LEVERS[k].step);
  const estimate =
    (3 +
      T_HALVINGS +
      COSTLY_LEVERS.length +
      COSTLY_LEVERS.reduce((a, k) => a + Math.ceil(Math.log2(stepsOf(k) + 1)), 0)) *
    run.runs;
  let evaluations = 0;
  let done = 0;
  const progress = (p: { done: number; total: number }) =>
    opts.onProgress?.({ done: p.done, total: Math.max(p.total, estimate, p.done) });
  /**
   * the figures of packages already simulated, by seed and levers: the steps revisit packages (the cheapest one, a
   * bisection's bounds), and the same package on the same seed gives the same figures, so each is simulated once
   * (`evaluations` still counts every package asked for)
   */
  const known = new Map<string, PointMetrics>();
  const keyOf = (levers: LeverPackage, r: InsightRun) => JSON.stringify([r.seed, r.runs, levers]);
  /** the packages' figures, simulated together (a pool shares their chunks among its workers) */
  const evaluateMany = async (packages: LeverPackage[], r: InsightRun = run): Promise<PointMetrics[]> => {
    const fresh = packages.filter((l) => !known.has(keyOf(l, r)));
    if (opts.signal?.aborted) throw new AbortError();
    const ms = fresh.length
      ? await evaluatePoints(
          runner,
          fresh.map((levers) => ({ ...scenario, levers })),
          indicator,
          r,
          { signal: opts.signal, onProgress: progress },
          { before: done, total: estimate },
        )
      : [];
    fresh.forEach((l, i) => known.set(keyOf(l, r), ms[i]));
    done += fresh.length * r.runs;
    evaluations += packages.length;
    return packages.map((l) => known.get(keyOf(l, r))!);
  };
  const evaluate = async (levers: LeverPackage, r: InsightRun = run): Promise<PointMetrics> =>
    (await evaluateMany([levers], r))[0];
  const meets = (m: PointMetrics) => m.pMeet >= probability;

  const at = (pick: (k: LeverKey) => number): LeverPackage => {
    const l = { ...scenario.levers };
    for (const k of COSTLY_LEVERS) l[k] = pick(k);
    return l;
  };
  const cheapest = at((k) => LEVERS[k].min);
  const dearest = at((k) => LEVERS[k].max);

  const finish = async (
    levers: LeverPackage,
    search: PointMetrics,
    feasible: boolean,
  ): Promise<GoalSeekResult> => {
    const verifiedSeed = freshSeed(run.seed);
    const v = await evaluate(levers, { seed: verifiedSeed, runs: run.runs });
    opts.onProgress?.({ done, total: done });
    return {
      indicator,
      probability,
      target: pm.indicators[indicator].target?.value ?? null,
      feasible,
      levers,
      costPerYear: round4(publicCostPerYear(pm, levers)),
      pMeet: v.pMeet,
      pMeetSE: v.pMeetSE,
      verifiedSeed,
      searchPMeet: search.pMeet,
      distance: feasible ? 0 : Math.max(0, probability - v.pMeet),
      evaluations,
    };
  };

  const top = await evaluate(dearest);
  if (!meets(top)) return finish(dearest, top, false);
  const bottom = await evaluate(cheapest);
  if (meets(bottom)) return finish(cheapest, bottom, true);

  // 3. bisection on the scale t from the cheapest to the dearest package
  const along = (t: number) => at((k) => snapUp(pm, k, LEVERS[k].min + t * (LEVERS[k].max - LEVERS[k].min)));
  let tLo = 0;
  let tHi = 1;
  let best: Point = { levers: dearest, m: top };
  for (let i = 0; i < T_HALVINGS; i++) {
    const t = (tLo + tHi) / 2;
    const levers = along(t);
    const m = await evaluate(levers);
    if (meets(m)) {
      tHi = t;
      best = { levers, m };
    } else tLo = t;
  }

  // 4. greedy ascent from the cheapest package, most cost-effective step first
  const greedy = await ascend({ levers: cheapest, m: bottom });
  if (greedy && cost(greedy.levers) < cost(best.levers)) best = greedy;

  // 5. coordinate descent on cost-effectiveness, least effective lever first
  best = await descend(best);
  return finish(best.levers, best.m, true);

  /** Raises, one quarter-range step at a time, the lever with the most P (or median) per 亿元, until p is reached. */
  async function ascend(start: Point): Promise<Point | null> {
    let x = start;
    for (let round = 0; round < ASCENT_ROUNDS; round++) {
      let pick: { k: LeverKey; levers: LeverPackage; m: PointMetrics; gain: number } | null = null;
      // every lever's step of this round, evaluated together (none depends on another), judged in lever order
      const steps = COSTLY_LEVERS.filter((k) => valueOf(x.levers[k]) < LEVERS[k].max).map((k) => {
        const { min, max } = LEVERS[k];
        const levers = {
          ...x.levers,
          [k]: snapUp(pm, k, Math.min(max, valueOf(x.levers[k]) + (max - min) / 4)),
        };
        return { k, levers };
      });
      const results = await evaluateMany(steps.map((s) => s.levers));
      for (const [i, { k, levers }] of steps.entries()) {
        const m = results[i];
        const extra = cost(levers) - cost(x.levers);
        // P first; where P does not move (far from the target) the median shows the way
        const gain =
          (m.pMeet - x.m.pMeet) / extra + (1e-9 * ((m.p50 ?? 0) - (x.m.p50 ?? 0))) / Math.max(extra, 1e-9);
        if (gain > 0 && (!pick || gain > pick.gain)) pick = { k, levers, m, gain };
      }
      if (!pick) return null;
      if (!meets(pick.m)) {
        x = { levers: pick.levers, m: pick.m };
        continue;
      }
      // overshoot: the lowest step of this lever between x and the pick that reaches p
      const { min, step } = LEVERS[pick.k];
      let lo = Math.round((valueOf(x.levers[pick.k]) - min) / step);
      let hi = Math.round((valueOf(pick.levers[pick.k]) - min) / step);
      let found: Point = { levers: pick.levers, m: pick.m };
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const levers = { ...x.levers, [pick.k]: round4(min + mid * step) };
        const m = await evaluate(levers);
        if (meets(m)) {
          hi = mid;
          found = { levers, m };
        } else lo = mid;
      }
      return found;
    }
    return null;
  }

  /** Least cost-effective lever first, each bisected down to the lowest step that still reaches p. */
  async function descend(start: Point): Promise<Point> {
    let x = start;
    const effect: { k: LeverKey; perYuan: number }[] = [];
    for (const k of COSTLY_LEVERS) {
      const saved = (valueOf(x.levers[k]) - LEVERS[k].min) * LEVERS[k].cost;
      if (saved <= 0) continue;
      const levers = { ...x.levers, [k]: LEVERS[k].min };
      const m = await evaluate(levers);
      if (meets(m)) x = { levers, m };
      else effect.push({ k, perYuan: (x.m.pMeet - m.pMeet) / saved });
    }
    effect.sort((a, b) => a.perYuan - b.perYuan);
    for (const { k } of effect) {
      const { min, step } = LEVERS[k];
      let lo = 0; // steps above the minimum known to miss p
      let hi = Math.round((valueOf(x.levers[k]) - min) / step); // steps known to reach p
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const levers = { ...x.levers, [k]: round4(min + mid * step) };
        const m = await evaluate(levers);
        if (meets(m)) {
          hi = mid;
          x = { levers, m };
        } else lo = mid;
      }
    }
    return x;
  }
}
