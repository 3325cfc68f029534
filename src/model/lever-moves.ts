/**
 * Which of the plan's indicators each lever moves in the model: an indicator is listed when its 2035 median changes
 * at all (however little) between the lever's minimum and maximum, the other levers at the plan's values. The list
 * is read off the model, not asserted: test/unit/model/lever-moves.test.ts runs 200 paths at a fixed seed at both
 * ends of each lever and fails when a listed indicator does not move or an unlisted one does. How much a lever
 * moves an indicator is the tornado's job (src/insight), not this list's.
 *
 * The pattern matches docs/MODEL.md: land and space bind capacity (§4) and so output (§3), firms (§7) and, through the
 * sector mix, value added (§5), R&D and patents (§6); the fund and attraction add capacity (§3) where room is left
 * (§4.2); talent and R&D incentives work on R&D, institutions, platforms and patents (§6–§8) but not on output;
 * cultivation on the firm counts (§7, §8). Some effects are tiny (the fund moves the 2035 output median by about
 * 0.01 % at the test's seed, because land binds): listed means "moves", not "moves much".
 */
import type { Indicator } from './indicators.ts';
import type { LeverKey } from './parameters.ts';
import type { PlanModel } from './plan.ts';

const SPACE_FUND_ETC = [
  'output',
  'output_cagr',
  'va_ratio',
  'rd_intensity',
  'rd_institution_share',
  'patent_cagr',
] as const;
const INNOVATION = [
  'va_ratio',
  'rd_intensity',
  'rd_institution_share',
  'innovation_platforms',
  'patent_cagr',
] as const;

/** The 2021–2025 plan's levers (its four fund shares by name). */
export const LEVER_MOVES: Record<string, readonly Indicator[]> = {
  land: [...SPACE_FUND_ETC, 'firms', 'leading_firms'],
  factory_space: [...SPACE_FUND_ETC, 'firms', 'leading_firms', 'specialised_firms'],
  fund: SPACE_FUND_ETC,
  fund_chips: SPACE_FUND_ETC,
  fund_terminals: [...SPACE_FUND_ETC, 'firms'],
  // model 3 counts the fund's private money once (more capital than model 2): the sector shares now place enough
  // firms to move the 2035 median firm count
  fund_sensors: [...SPACE_FUND_ETC, 'firms'],
  fund_applications: [...SPACE_FUND_ETC, 'firms'],
  talent: INNOVATION,
  rd_incentive: INNOVATION,
  // model 3: at this seed the 2035 median firm count (a whole number) no longer moves with attraction alone
  attraction: SPACE_FUND_ETC,
  cultivation: ['va_ratio', 'rd_institution_share', 'firms', 'leading_firms', 'specialised_firms'],
};

/**
 * What a lever of a plan moves: the 2021–2025 plan's list where it has the lever; another plan's fund share moves
 * what the fund moves (read off the 2021–2025 plan; the list is not re-derived for every plan).
 */
export function leverMoves(pm: PlanModel, key: LeverKey): readonly Indicator[] {
  return LEVER_MOVES[key] ?? (pm.fundKeys.includes(key) ? LEVER_MOVES.fund : []);
}
