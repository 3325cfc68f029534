/** The export caption's line breaks: between its " · " parts where they fit, and never losing a character. */
import { describe, expect, it } from 'vitest';
import { wrapCaption, wrapTitle } from '../../../src/app/download.ts';

const caption = '情景：规划情景 · 随机种子7 · 模拟5,000次 · 模型2.0.0版 · 导出于2026/11/26';

describe('wrapCaption', () => {
  it('keeps a caption that fits on one line', () => {
    expect(wrapCaption(caption, 2000)).toEqual([caption]);
  });

  it('breaks between parts, each line fitting the width, the parts all kept in order', () => {
    const lines = wrapCaption(caption, 270);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(wrapTitle(l, 270)).toHaveLength(1);
    expect(lines.join(' · ')).toBe(caption);
  });

  it('a part wider than the line is broken inside it, losing nothing', () => {
    const lines = wrapCaption('情景：一个非常非常非常非常长的情景名称 · 随机种子7', 120);
    expect(lines.join('').replace(/ · /g, '')).toBe('情景：一个非常非常非常非常长的情景名称随机种子7');
  });
});
