/**
 * How a scenario's model version stands to this one: an older one lists what changed since, a newer or unreadable
 * one never lists this model's own history as "changes since".
 */
import { describe, expect, it } from 'vitest';
import { MODEL_CHANGES, MODEL_VERSION, versionGap } from '../../../src/model/version.ts';

const versions = (g: ReturnType<typeof versionGap>) =>
  g?.kind === 'older' ? g.changes.map((c) => c.version) : null;

describe('versionGap', () => {
  it('says nothing for this version or none stated', () => {
    expect(versionGap(undefined)).toBeNull();
    expect(versionGap('')).toBeNull();
    expect(versionGap(MODEL_VERSION)).toBeNull();
  });

  it('an older listed version: the versions after it, oldest first', () => {
    expect(versionGap('1.0.0', '2.0.2')).toEqual({
      kind: 'older',
      made: '1.0.0',
      changes: MODEL_CHANGES.filter((c) => ['2.0.0', '2.0.1', '2.0.2'].includes(c.version)),
    });
    expect(versions(versionGap('2.0.1', '2.0.2'))).toEqual(['2.0.2']);
  });

  it('an older version never listed: the listed versions after it, and none after this one', () => {
    expect(versions(versionGap('0.9.0', '2.0.2'))).toEqual(['1.0.0', '2.0.0', '2.0.1', '2.0.2']);
    expect(versions(versionGap('1.5.0', '2.0.2'))).toEqual(['2.0.0', '2.0.1', '2.0.2']);
    expect(versions(versionGap('1.0.0', '2.0.0'))).toEqual(['2.0.0']);
  });

  it('a newer version is newer, with no list: this model cannot know what changed after it', () => {
    for (const v of ['9.9.9', '2.0.3', '2.1.0', '3.0.0', '10.0.0'])
      expect(versionGap(v, '2.0.2'), v).toEqual({ kind: 'newer', made: v });
    // by number, not as text: 10.0.0 is after 9.0.0
    expect(versionGap('10.0.0', '9.0.0')?.kind).toBe('newer');
    expect(versionGap('9.0.0', '10.0.0')?.kind).toBe('older');
  });

  it('a version not written as major.minor.patch is unknown, with no list', () => {
    for (const v of ['abc', '2', '2.0', '2.0.2-beta', 'v2.0.2', '1.0.0.0'])
      expect(versionGap(v, '2.0.2'), v).toEqual({ kind: 'unknown', made: v });
  });

  it('the same version written with leading zeros is this version', () => {
    expect(versionGap('2.0.02', '2.0.2')).toBeNull();
  });
});
