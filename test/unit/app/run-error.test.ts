import { describe, expect, it } from 'vitest';
import { WorkerDiedError, WorkerStartError } from '../../../src/engine/pool.ts';
import { locale } from '../../../src/i18n/index.svelte.ts';
import { runErrorText } from '../../../src/app/run-error.ts';

describe('the error banner text of a failed run', () => {
  it('says what happened to the workers in the reader language, with the detail kept', () => {
    locale.set('zh');
    expect(runErrorText(new WorkerDiedError('no answer within 20 s'))).toBe(
      '一个模拟线程意外停止，换用新线程重试后仍未成功（no answer within 20 s）',
    );
    expect(runErrorText(new WorkerStartError('SecurityError'))).toMatch(/^无法启动模拟线程（SecurityError）/);
    locale.set('en');
    expect(runErrorText(new WorkerDiedError('exit code 1'))).toBe(
      'a simulation worker stopped unexpectedly, and a fresh one failed on the same work (exit code 1)',
    );
    locale.set('zh');
  });

  it('any other error is shown as its message', () => {
    expect(runErrorText(new Error('invalid worker request: seed'))).toBe('invalid worker request: seed');
    expect(runErrorText('plain')).toBe('plain');
  });
});
