/**
 * The scenario being worked on, kept in localStorage so that a reload does not lose unsaved lever changes: the
 * scenario as loaded (to tell what was modified), where it came from, and the values on screen. Both scenarios
 * pass the scenario schema on the way in; anything unreadable is ignored (and overwritten by the next change).
 * A failed write is not fatal: the work is then only lost on a reload, as before.
 */
import * as z from 'zod';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Source } from './scenario-draft.svelte.ts';

export const WORKING_KEY = 'ngit-sim.working';
export const WORKING_FORMAT = 'ngit-working/1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface Working {
  /** the scenario as loaded, and where it came from */
  base: Scenario;
  source: Source;
  /** the values on screen */
  current: Scenario;
}

const Envelope = z.object({
  format: z.literal(WORKING_FORMAT),
  source: z.enum(['preset', 'link', 'saved', 'file']),
  base: z.unknown(),
  current: z.unknown(),
});

/** Writes the working scenario; false if storage refused it. */
export function keepWorking(storage: StorageLike | null, w: Working): boolean {
  if (!storage) return false;
  try {
    storage.setItem(
      WORKING_KEY,
      JSON.stringify({ format: WORKING_FORMAT, source: w.source, base: w.base, current: w.current }),
    );
    return true;
  } catch {
    return false;
  }
}

/** Reads the working scenario back, or null if there is none or it is not valid. */
export function readWorking(storage: StorageLike | null): Working | null {
  let text: string | null;
  try {
    text = storage?.getItem(WORKING_KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const env = Envelope.safeParse(json);
  if (!env.success) return null;
  const base = parseScenario(env.data.base);
  const current = parseScenario(env.data.current);
  if (!base.ok || !current.ok) return null;
  return { base: base.value, source: env.data.source, current: current.value };
}
