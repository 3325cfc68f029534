import { describe, expect, it } from 'vitest';
import { abortableRun, isAbortError, type RunStatus } from '../../../src/app/abortable-run.ts';
import { AbortError } from '../../../src/engine/runner.ts';

const running = (): RunStatus => ({ state: 'running', error: null });

describe('abortableRun', () => {
  it('hands a live run’s result to done, then says done', async () => {
    const status = running();
    const seen: [number, string][] = [];
    await abortableRun(
      Promise.resolve(42),
      () => true,
      status,
      (v) => seen.push([v, status.state]),
    );
    expect(seen).toEqual([[42, 'running']]);
    expect(status).toEqual({ state: 'done', error: null });
  });

  it('ignores a superseded run, whether it ends with a result, an abort or a failure', async () => {
    for (const run of [
      Promise.resolve(1),
      Promise.reject(new AbortError()),
      Promise.reject(new Error('boom')),
    ]) {
      const status = running();
      let called = false;
      await abortableRun(
        run,
        () => false,
        status,
        () => (called = true),
      );
      expect(called).toBe(false);
      expect(status).toEqual({ state: 'running', error: null });
    }
  });

  it('leaves an aborted live run idle, with no error', async () => {
    for (const e of [new AbortError(), new DOMException('stopped', 'AbortError')]) {
      const status = running();
      await abortableRun(
        Promise.reject(e),
        () => true,
        status,
        () => {},
      );
      expect(status).toEqual({ state: 'idle', error: null });
    }
  });

  it('sets a failed live run to error with its message', async () => {
    const status = running();
    await abortableRun(
      Promise.reject(new Error('no memory')),
      () => true,
      status,
      () => {},
    );
    expect(status).toEqual({ state: 'error', error: 'no memory' });
    const other = running();
    await abortableRun(
      Promise.reject('plain'),
      () => true,
      other,
      () => {},
    );
    expect(other).toEqual({ state: 'error', error: 'plain' });
  });

  it('asks whether the run is live when it ends, not when it starts', async () => {
    const status = running();
    let live = true;
    let finish!: (v: number) => void;
    const ended = abortableRun(
      new Promise<number>((r) => (finish = r)),
      () => live,
      status,
      () => {},
    );
    live = false;
    finish(1);
    await ended;
    expect(status.state).toBe('running');
  });
});

describe('isAbortError', () => {
  it('knows the engine’s AbortError and a DOMException of that name, and nothing else', () => {
    expect(isAbortError(new AbortError())).toBe(true);
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('AbortError'))).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
    expect(isAbortError(null)).toBe(false);
  });
});
