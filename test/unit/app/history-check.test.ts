/**
 * The app's history check: the page's chunked computation gives exactly the numbers of docs/MODEL.md's check,
 * runs only for the replay scenario, at most HISTORY_MAX_RUNS paths, and a newer request wins.
 */
import { describe, expect, it, vi } from 'vitest';
import { HistoryCheck, HISTORY_MAX_RUNS, REPLAY_ID } from '../../../src/app/history-check.svelte.ts';
import { checkableFigures, checkFigures, checkFiguresAsync } from '../../../src/engine/history-check.ts';
import type { RunRequest } from '../../../src/engine/runner.ts';
import { COMPARABLE_FIGURES as REALISED } from '../../../src/scenario/record.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario } from '../../helpers.ts';

const replay = toInputs(loadScenario('realised-pc-demand.json'));
const req = (runs: number, seed = 7): RunRequest => ({ inputs: replay, seed, runs });

describe('history check in the app', () => {
  it('the chunked, yielding computation equals the one-shot check', async () => {
    const figures = checkableFigures(replay, REALISED);
    expect(figures).toHaveLength(REALISED.length);
    expect(await checkFiguresAsync(replay, 7, 2500, figures)).toEqual(checkFigures(replay, 7, 2500, figures));
  });

  it('checks the replay scenario only, and the checks belong to their request', async () => {
    const h = new HistoryCheck();
    await h.refresh(req(1500), 'plan');
    expect(h.state).toBe('idle');
    expect(h.checks).toBeNull();
    await h.refresh(req(1500), REPLAY_ID);
    expect(h.state).toBe('done');
    expect(h.checks).toEqual(checkFigures(replay, 7, 1500, REALISED));
    expect(h.freshFor(req(1500))).toBe(true);
    expect(h.freshFor(req(1500, 8))).toBe(false);
    // leaving the replay clears it
    await h.refresh(req(1500), 'plan');
    expect(h.checks).toBeNull();
  });

  it('a newer request supersedes the one going; the run count is capped', async () => {
    const h = new HistoryCheck();
    const first = h.refresh(req(3000, 1), REPLAY_ID);
    const second = h.refresh(req(1000, 2), REPLAY_ID);
    await Promise.all([first, second]);
    expect(h.state).toBe('done');
    expect(h.freshFor(req(1000, 2))).toBe(true);
    expect(h.checks).toEqual(checkFigures(replay, 2, 1000, REALISED));
    const big = h.refresh(req(1_000_000), REPLAY_ID);
    expect(h.runs).toBe(HISTORY_MAX_RUNS);
    h.pause();
    await big;
    expect(h.state).toBe('idle');
  });

  it('a check whose code fails to load says so, and the next request loads it and checks', async () => {
    vi.resetModules();
    vi.doMock('../../../src/engine/history-check.ts', () => {
      throw new Error('chunk gone');
    });
    const fresh = await import('../../../src/app/history-check.svelte.ts');
    const h = new fresh.HistoryCheck();
    await h.refresh(req(1000), REPLAY_ID);
    expect(h.state).toBe('error');
    expect(h.loadFailed).toBe(true);
    expect(h.checks).toBeNull();
    vi.doUnmock('../../../src/engine/history-check.ts');
    await h.refresh(req(1000), REPLAY_ID);
    expect(h.loadFailed).toBe(false);
    expect(h.state).toBe('done');
    expect(h.checks).toEqual(checkFigures(replay, 7, 1000, REALISED));
    vi.resetModules();
  });
});
