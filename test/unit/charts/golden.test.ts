/**
 * Golden SVG files pin the charts' output byte for byte, as Observable Plot keeps its snapshots: the plan scenario,
 * seed 7 and 2,000 runs on the same-thread engine (quick and deterministic), rendered on the server at the
 * charts' default width. A change to a chart's drawing fails here; when the change is meant, update the files with
 * `npm run golden:update` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CompareFanChart from '../../../src/charts/CompareFanChart.svelte';
import DistributionChart from '../../../src/charts/DistributionChart.svelte';
import FanChart from '../../../src/charts/FanChart.svelte';
import HistoryChart from '../../../src/charts/HistoryChart.svelte';
import { checkFigures } from '../../../src/engine/history-check.ts';
import { COMPARABLE_FIGURES } from '../../../src/scenario/record.ts';
import { COMPARE_COLORS, COMPARE_DASHES } from '../../../src/charts/palette.ts';
import { toResult } from '../../../src/engine/result.ts';
import type { Lang } from '../../../src/i18n/messages.ts';
import { INDICATORS, type Indicator } from '../../../src/model/indicators.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario, PM, simulate } from '../../helpers.ts';

const DIR = new URL('../../golden/', import.meta.url);
const UPDATE = process.env.GOLDEN_UPDATE === '1';
const RUNS = 2000;
const SEED = 7;

const run = (file: string) => {
  const inputs = toInputs(loadScenario(file));
  const summary = simulate(inputs, RUNS, SEED);
  return { inputs, summary, result: toResult(summary, inputs, { scenario: file, seed: SEED }) };
};
const plan = run('plan.json');
/** an indicator's target in the plan scenario's plan and its target year, as the app passes them */
const targetOf = (ind: Indicator) => ({
  target: PM.indicators[ind].target?.value ?? null,
  targetYear: PM.targetYear,
});

/** The <svg> element of a server-rendered chart, without Svelte's hydration comments, one element per line. */
function svgOf(html: string): string {
  const m = /<svg[\s\S]*<\/svg>/.exec(html.replace(/<!--[\s\S]*?-->/g, ''));
  if (!m) throw new Error('no <svg> in the rendered chart');
  return m[0].replace(/></g, '>\n<') + '\n';
}

function golden(name: string, svg: string) {
  const url = new URL(name, DIR);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(url, svg);
    return;
  }
  if (!existsSync(url)) throw new Error(`${name} is missing: run npm run golden:update and review it`);
  expect(svg, `${name} differs from the golden file (npm run golden:update if the change is meant)`).toBe(
    readFileSync(url, 'utf8'),
  );
}

const fan = (ind: Indicator, lang: Lang) =>
  svgOf(
    render(FanChart, {
      props: {
        indicator: ind,
        years: plan.result.years,
        band: plan.result.indicators[ind],
        ...targetOf(ind),
        lang,
      },
    }).body,
  );

describe('golden SVGs (plan scenario, seed 7, 2,000 runs)', () => {
  it.each(INDICATORS)('fan chart of %s (zh)', (ind) => golden(`fan-${ind}.zh.svg`, fan(ind, 'zh')));

  it('fan chart of output (en)', () => golden('fan-output.en.svg', fan('output', 'en')));

  it.each([
    ['output', 2025, 'zh'],
    ['firms', 2025, 'zh'],
    ['rd_intensity', 2035, 'zh'],
    ['output', 2025, 'en'],
  ] as const)('distribution of %s in %i (%s)', (ind, year, lang) =>
    golden(
      `dist-${ind}-${year}.${lang}.svg`,
      svgOf(
        render(DistributionChart, {
          props: {
            indicator: ind,
            summary: plan.summary,
            plan: plan.inputs.plan,
            startYear: plan.inputs.startYear,
            year,
            lang,
          },
        }).body,
      ),
    ),
  );

  it('compare chart of output: the plan against no new policy (zh)', () => {
    const nnp = run('no-new-policy.json');
    const series = [plan, nnp].map((r, i) => ({
      years: r.result.years,
      band: r.result.indicators.output,
      color: COMPARE_COLORS[i],
      dash: COMPARE_DASHES[i],
      label: i === 0 ? '规划情景' : '无新政策',
    }));
    golden(
      'compare-output.zh.svg',
      svgOf(
        render(CompareFanChart, { props: { indicator: 'output', series, ...targetOf('output'), lang: 'zh' } })
          .body,
      ),
    );
  });

  it.each(['zh', 'en'] as const)('history check of the replay scenario (%s)', (lang) => {
    const checks = checkFigures(
      toInputs(loadScenario('realised-pc-demand.json')),
      SEED,
      RUNS,
      COMPARABLE_FIGURES,
    );
    // the chart's own <svg> (the legend's swatches are small svgs of their own, not part of the golden file)
    const html = render(HistoryChart, { props: { checks, lang } }).body;
    const chart = /<svg[^>]*data-testid="history-chart"[\s\S]*?<\/svg>/.exec(html);
    if (!chart) throw new Error('no history chart in the render');
    golden(`history-check.${lang}.svg`, svgOf(chart[0]));
  });

  it('the same render twice is byte-identical (nothing random or time-dependent in a chart)', () => {
    expect(fan('output', 'zh')).toBe(fan('output', 'zh'));
  });
});
