import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FanChart from '../../../src/charts/FanChart.svelte';
import DistributionChart from '../../../src/charts/DistributionChart.svelte';
import type { Band } from '../../../src/stats/band.ts';
import { summarySpec } from '../../../src/stats/summary-spec.ts';
import { addPath, createSummary } from '../../../src/stats/summary.ts';
import { PLAN, PM, SERIES_INDEX } from '../../helpers.ts';

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);
const at = (z: number) => YEARS.map((_, i) => 2259.3 * 1.1 ** i + z * 60 * i);
const BAND: Band = { mean: at(0), p5: at(-1.6), p25: at(-0.7), p50: at(0), p75: at(0.7), p95: at(1.6) };
/** the 2021–2025 plan's output target and its year */
const TARGET = { target: PM.indicators.output.target!.value, targetYear: PM.targetYear };

describe('chart components (server render)', () => {
  it('FanChart renders a labelled svg, the target and a text summary in both languages', () => {
    const zh = render(FanChart, {
      props: { indicator: 'output', years: YEARS, band: BAND, ...TARGET, lang: 'zh' },
    }).body;
    expect(zh).toContain('data-testid="fan-output"');
    expect(zh).toContain('role="img"');
    expect(zh).toMatch(/<title id="[^"]+">产业规模（产值）（亿元）<\/title>/);
    expect(zh).toMatch(/2025年中位数 3,6\d\d 亿元（5–95%：3,1\d\d–4,1\d\d 亿元）；目标 3,500 亿元/);
    expect(zh).toContain('目标 3,500 亿元');
    expect(zh).toContain('class="sr-only');
    expect(zh).not.toMatch(/NaN|undefined/);
    const en = render(FanChart, {
      props: {
        indicator: 'output',
        years: YEARS,
        band: BAND,
        ...TARGET,
        lang: 'en',
        history: [{ year: 2019, value: 2000 }],
      },
    }).body;
    expect(en).toMatch(
      /2025 median 3,6\d\d × 100M CNY \(5–95 %: 3,1\d\d–4,1\d\d × 100M CNY\); target 3,500 × 100M CNY/,
    );
    expect(en).not.toMatch(/亿元|亩|万㎡/);
    expect(en).toContain('<circle');
    expect(en).not.toMatch(/NaN|undefined/);
  });

  it('FanChart describes an estimated point as estimated, with its range, and an observed one as actual', () => {
    const props = { indicator: 'output' as const, years: YEARS, band: BAND, ...TARGET };
    const est = { year: 2020, value: 2259.3, range: { lo: 2000, hi: 2500 } };
    const en = render(FanChart, { props: { ...props, lang: 'en', history: [est] } }).body;
    expect(en).toMatch(
      /<desc[^>]*>2020 estimated 2,259 × 100M CNY \(not published: drawn within 2,000–2,500 × 100M CNY\)/,
    );
    expect(en).toContain('data-testid="estimated-output"');
    expect(en).toContain('Estimated');
    expect(en).not.toMatch(/actual|Observed/);
    const zh = render(FanChart, { props: { ...props, lang: 'zh', history: [est] } }).body;
    expect(zh).toMatch(/<desc[^>]*>2020年估计值 2,259 亿元（未公布，抽取区间 2,000–2,500 亿元）/);
    expect(zh).not.toMatch(/实际|历史/);
    const seen = render(FanChart, {
      props: { ...props, lang: 'en', history: [{ year: 2020, value: 2259.3 }] },
    }).body;
    expect(seen).toMatch(/<desc[^>]*>2020 actual 2,259 × 100M CNY/);
    expect(seen).not.toContain('estimated');
  });

  it('FanChart at scale 2 draws its layout twice as large: the same drawing, a viewBox of half the size', () => {
    const svg = (html: string) => /<svg[^>]*>/.exec(html)![0];
    const one = render(FanChart, {
      props: {
        indicator: 'output',
        years: YEARS,
        band: BAND,
        ...TARGET,
        lang: 'zh',
        width: 400,
        height: 240,
      },
    }).body;
    const two = render(FanChart, {
      props: {
        indicator: 'output',
        years: YEARS,
        band: BAND,
        ...TARGET,
        lang: 'zh',
        width: 800,
        height: 480,
        scale: 2,
      },
    }).body;
    expect(svg(one)).toContain('width="400" height="240" viewBox="0 0 400 240"');
    expect(svg(two)).toContain('width="800" height="480" viewBox="0 0 400 240"');
    // inside the svg, the marks are the same: only the size on screen changed
    const inner = (html: string) => html.slice(html.indexOf('<title'), html.indexOf('</svg>'));
    expect(inner(two)).toBe(inner(one));
    expect(two).toContain('--fan-scale: 2');
    expect(one).not.toContain('--fan-scale');
  });

  it('DistributionChart renders the bars, the target and the probability of meeting it', () => {
    const spec = summarySpec(PLAN, 2020);
    const s = createSummary(spec);
    const path = new Float64Array(PM.series.length * spec.nYears).fill(NaN);
    for (let r = 0; r < 100; r++) {
      path[SERIES_INDEX.firms * spec.nYears + 5] = 80 + (r % 40); // 80…119: 60 runs below 100, 40 at or above
      addPath(s, spec, path);
    }
    const zh = render(DistributionChart, {
      props: { indicator: 'firms', summary: s, plan: PLAN, startYear: 2020, year: 2025, lang: 'zh' },
    }).body;
    expect(zh).toContain('data-testid="dist-firms-2025"');
    expect(zh).toContain('达标概率 40%');
    expect(zh).not.toMatch(/NaN|undefined/);
    const en = render(DistributionChart, {
      props: { indicator: 'firms', summary: s, plan: PLAN, startYear: 2020, year: 2025, lang: 'en' },
    }).body;
    expect(en).toContain('Chance of meeting: 40%');
    expect(en).not.toContain('P(meet)');
    expect(en).toContain('40% of 100 runs reach the target of 100 firms; values range about 80–119 firms');
  });
});
