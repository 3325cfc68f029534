/**
 * The mutation runs' reporter (test/mutation/unloadable-file-as-failed-test.ts): a file that failed with no test
 * collected gets one failed test with its load error; a file that loaded is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { markUnloadable } from '../../mutation/unloadable-file-as-failed-test.ts';

const file = (state: string | undefined, tasks: unknown[] = [], errors?: { message: string }[]) => ({
  filepath: '/p/x.test.ts',
  tasks: tasks as never[],
  result: state ? { state, errors } : undefined,
});

describe('markUnloadable', () => {
  it('a file that failed with no test gets one failed test carrying the load error', () => {
    const f = file('fail', [], [{ message: 'plans/cq-ngit-2021-2025.json is not a valid plan' }]);
    expect(markUnloadable([f])).toBe(1);
    expect(f.tasks).toHaveLength(1);
    expect(f.tasks[0]).toMatchObject({
      type: 'test',
      mode: 'run',
      name: 'the test file loads',
      file: f,
      result: { state: 'fail', errors: [{ message: 'plans/cq-ngit-2021-2025.json is not a valid plan' }] },
    });
  });
  it('without errors it names the file', () => {
    const f = file('fail');
    markUnloadable([f]);
    expect(f.tasks[0]).toMatchObject({ result: { errors: [{ message: '/p/x.test.ts failed to load' }] } });
  });
  it('a file that loaded is left alone, passed or failed, and so is one not run', () => {
    const ran = { type: 'test', name: 't', mode: 'run', file: null, result: { state: 'fail' } };
    const failedWithTests = file('fail', [ran]);
    const passed = file('pass');
    const notRun = file(undefined);
    expect(markUnloadable([failedWithTests, passed, notRun])).toBe(0);
    expect(failedWithTests.tasks).toEqual([ran]);
    expect(passed.tasks).toEqual([]);
    expect(notRun.tasks).toEqual([]);
  });
});
