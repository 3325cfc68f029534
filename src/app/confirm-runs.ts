/**
 * A share link decides how many runs the visitor's browser makes. Up to CONFIRM_RUNS_ABOVE a link runs at once;
 * above it (a link may ask for up to 10,000,000, minutes of every core) the app shows the request and runs nothing
 * until the visitor agrees, or opens the scenario with the app's usual run count instead.
 */
import type { Scenario } from '../scenario/schema.ts';

/** Assumption: 1,000,000 runs take about 10–20 s on a 2-core office PC (npm run bench); more needs a yes. */
export const CONFIRM_RUNS_ABOVE = 1_000_000;
/** What a visitor who declines gets: the app's own default run count. */
export const DECLINED_RUNS = 20_000;

export function needsRunConfirmation(s: Pick<Scenario, 'runs'>): boolean {
  return s.runs > CONFIRM_RUNS_ABOVE;
}

/** The scenario as opened after the visitor declined the link's run count. */
export function withDeclinedRuns<S extends Pick<Scenario, 'runs'>>(s: S): S {
  return { ...s, runs: Math.min(s.runs, DECLINED_RUNS) };
}
