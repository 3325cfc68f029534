/** A validated scenario becomes the model's inputs: assumptions it does not set keep the table's defaults. */
import { defaultUncertainties, type ModelInputs } from '../model/inputs.ts';
import { UNCERTAINTY_KEYS } from '../model/parameters.ts';
import type { Scenario } from './schema.ts';

export function toInputs(s: Scenario): ModelInputs {
  const uncertainties = defaultUncertainties();
  for (const k of UNCERTAINTY_KEYS) {
    const d = s.assumptions[k];
    if (d) uncertainties[k] = { ...d };
  }
  const pinned: Record<number, number> = {};
  for (const [y, g] of Object.entries(s.pinnedPcDemand)) pinned[Number(y)] = g;
  return { startYear: s.startYear, levers: { ...s.levers }, uncertainties, pinnedPcDemand: pinned };
}
