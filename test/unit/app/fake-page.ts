/**
 * A page of a tab for workspace tests: a Workspace on a fake runner, its own session storage, the shared local
 * storage, and an address bar with history entries.
 */
import type { Address } from '../../../src/app/address.ts';
import { SavedScenarios } from '../../../src/app/saved-scenarios.svelte.ts';
import { Simulation } from '../../../src/app/simulation.svelte.ts';
import { Workspace } from '../../../src/app/workspace.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { FakeRunner, fakeClock } from './fake-runner.ts';
import type { MemoryStorage } from './memory-storage.ts';

/** A tab's address bar and its history entries. */
export class FakeAddress implements Address {
  entries: { state: unknown; hash: string }[] = [{ state: null, hash: '' }];
  at = 0;
  hash() {
    return this.entries[this.at].hash;
  }
  state() {
    return this.entries[this.at].state;
  }
  replace(state: unknown, dropHash: boolean) {
    this.entries[this.at] = { state, hash: dropHash ? '' : this.hash() };
  }
  /** a new address in this tab (the entries ahead are gone) */
  go(hash: string) {
    this.entries.splice(this.at + 1);
    this.entries.push({ state: null, hash });
    this.at++;
  }
}

/** A page of a tab opened on `first`: its session storage, the shared storage, and its address. */
export function openPage(
  first: Scenario,
  session: MemoryStorage,
  shared: MemoryStorage,
  address = new FakeAddress(),
) {
  const sim = new Simulation({ runner: () => new FakeRunner(), clock: fakeClock, first });
  const ws = new Workspace(
    sim,
    new SavedScenarios(() => shared),
    () => shared,
    () => session,
  );
  ws.start(address);
  return { sim, ws, work: ws.work, address, draft: sim.draft };
}
export type FakePage = ReturnType<typeof openPage>;
