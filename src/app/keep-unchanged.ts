/**
 * A new result that keeps the parts of the previous one whose numbers did not change (the years, an indicator's
 * band and chances), as the same objects: the charts and rows that read only those parts see nothing new and are not
 * redrawn (Svelte compares a prop with the one before by identity). The numbers are the new result's either way.
 */
import type { IndicatorResult, SimulationResult } from '../engine/result.ts';
import { INDICATORS } from '../model/indicators.ts';

const sameList = (a: readonly (number | null)[], b: readonly (number | null)[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

function sameIndicator(a: IndicatorResult, b: IndicatorResult): boolean {
  return (
    a.unit === b.unit &&
    a.target === b.target &&
    a.targetYear === b.targetYear &&
    Object.is(a.pMeet, b.pMeet) &&
    Object.is(a.pMeetSE, b.pMeetSE) &&
    sameList(a.mean, b.mean) &&
    sameList(a.p5, b.p5) &&
    sameList(a.p25, b.p25) &&
    sameList(a.p50, b.p50) &&
    sameList(a.p75, b.p75) &&
    sameList(a.p95, b.p95)
  );
}

/** `next`, with the years and each indicator of `prev` where their numbers are the same. */
export function keepUnchanged(prev: SimulationResult | null, next: SimulationResult): SimulationResult {
  if (!prev) return next;
  const years = sameList(prev.years, next.years) ? prev.years : next.years;
  const indicators = { ...next.indicators };
  let kept = years === prev.years;
  for (const key of INDICATORS) {
    const was = prev.indicators[key];
    if (was && sameIndicator(was, next.indicators[key])) {
      indicators[key] = was;
      kept = true;
    }
  }
  return kept ? { ...next, years, indicators } : next;
}
