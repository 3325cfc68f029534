import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import AttributionChart from '../../../src/charts/AttributionChart.svelte';
import TornadoChart from '../../../src/charts/TornadoChart.svelte';

const row = (key: string, pLow: number, pHigh: number, mLow: number, mHigh: number) => ({
  key,
  label: `label-${key}`,
  kind: '杠杆',
  range: '0 → 2000亩/年',
  pLow,
  pHigh,
  mLow,
  mHigh,
  pText: `${pLow * 100}% → ${pHigh * 100}%`,
  mText: `${mLow}亿元 → ${mHigh}亿元`,
  pLowSE: pLow === pHigh ? 0 : 0.02,
  pHighSE: pLow === pHigh ? 0 : 0.01,
  seText: `标准误 ±2.0 / ±1.0 个百分点 (${key})`,
  seLabel: `低值 ±2.0 个百分点，高值 ±1.0 个百分点 (${key})`,
});

const labels = {
  caption: '龙卷风图',
  headInput: '输入',
  headP: '达标概率',
  headMedian: '中位数（亿元）',
  lowLabel: '输入取低值',
  highLabel: '输入取高值',
  whiskerLabel: '细线：±2 个标准误',
  moreLabel: '另有 {n} 项：显示',
  hideLabel: '隐藏',
};

const tornadoProps = {
  rows: [row('land', 0.3, 0.8, 3000, 4000), row('talent', 0.5, 0.5, 3600, 3600)],
  basePMeet: 0.5,
  baseMedian: 3600,
  lang: 'zh' as const,
  ...labels,
};

describe('insight chart components (server render)', () => {
  it('TornadoChart has a row per input, folds away the rows with no effect, and labels its bars', () => {
    const html = render(TornadoChart, {
      props: tornadoProps,
    }).body;
    expect(html).toContain('data-testid="tornado"');
    expect(html).toContain('data-testid="tornado-row-land"');
    expect(html).toMatch(/<tr[^>]*data-testid="tornado-row-talent"[^>]*hidden/);
    expect(html).not.toMatch(/<tr[^>]*data-testid="tornado-row-land"[^>]*hidden/);
    expect(html).toContain('另有 1 项：显示');
    // the text a reader sees (each end of the range is its own unbreakable span)
    const text = html.replace(/<[^>]*>/g, '');
    expect(text).toContain('30% → 80%');
    expect(text).toContain('3000亿元 → 4000亿元');
    expect(html).toContain('<span class="end svelte-');
    expect(html).toContain('输入取高值');
    expect(html).toContain('50%'); // a P(meet) tick
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('TornadoChart gives each P(meet) bar with a standard error its whisker, and says the errors in words', () => {
    const html = render(TornadoChart, {
      props: { ...tornadoProps, barWidth: 216 },
    }).body;
    // land's two bars have whiskers; talent's zero SEs draw none
    expect(html.match(/data-testid="tornado-whisker"/g)).toHaveLength(2);
    // on the 0–1 axis over 200 px (8 px margins), ±2 SE of 0.02 around 0.3 is 0.26–0.34: x 60–76
    expect(html).toMatch(/<line x1="60(\.0+\d*)?" x2="76(\.0+\d*)?"/);
    expect(html).toContain('标准误 ±2.0 / ±1.0 个百分点 (land)');
    expect(html).toContain('低值 ±2.0 个百分点，高值 ±1.0 个百分点 (land)');
    expect(html).toContain('细线：±2 个标准误');
  });

  it('AttributionChart draws a segment per non-zero part, a legend and the totals', () => {
    const html = render(AttributionChart, {
      props: {
        years: [2021, 2022],
        total: [3, -1],
        series: [
          { key: 'fund', color: '#0072B2', label: 'Industry fund', values: [2, -2] },
          { key: 'talent', color: '#009E73', label: 'Talent', values: [1, 1] },
          { key: 'rd', color: '#CC79A7', label: 'R&D incentive', values: [0, 0] },
        ],
        lang: 'en',
        title: 'Output: gap (亿元)',
        totalLabel: 'Total gap',
      },
    }).body;
    expect(html.match(/<rect[^>]*data-group=/g)).toHaveLength(4);
    expect(html).toContain('data-group="fund" data-year="2022" data-value="-2"');
    expect(html).toContain('Industry fund');
    expect(html).toContain('Total gap');
    expect(html).toContain('aria-label="Output: gap (亿元)"');
    expect(html).not.toMatch(/NaN|undefined/);
  });
});
