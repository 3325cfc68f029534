/**
 * Every refusal in the reader's language: the validators' issues (scenario file, share link, plan file) worded from
 * their code and values, the field named by its label, and nothing of zod's English left under the Chinese UI.
 */
import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fieldName, issueLines, issueMessage } from '../../../src/app/issue-message.ts';
import { checkScenario } from '../../../src/scenario/parse.ts';
import { LEGACY_PLAN_ID, parsePlan, planById } from '../../../src/scenario/plans.ts';
import { readScenarioFile } from '../../../src/scenario/scenario-file.ts';
import { decodeShareLink, LINK_PREFIX } from '../../../src/scenario/share-link.ts';
import type { Issue } from '../../../src/scenario/issues.ts';
import { loadScenario } from '../../helpers.ts';

const root = new URL('../../../', import.meta.url).pathname;
const planFile = JSON.parse(readFileSync(`${root}scenarios/plan.json`, 'utf8')) as Record<string, unknown>;
const plan = planById(LEGACY_PLAN_ID)!;

/** The issues of a scenario changed by `change`, and their words in both languages. */
function refused(change: Record<string, unknown>) {
  const r = checkScenario({ ...planFile, ...change });
  if (r.ok) throw new Error('accepted');
  return r.issues.map((i) => ({
    zh: issueMessage(i, 'zh', r.plan),
    en: issueMessage(i, 'en', r.plan),
    cli: i.text,
  }));
}
const levers = (change: Record<string, unknown>) => ({
  levers: { ...(planFile.levers as object), ...change },
});
/** No Latin word of zod's English in a Chinese line (field values such as “zz” or a unit are allowed). */
const noEnglish = (zh: string) =>
  expect(zh).not.toMatch(/Too big|Too small|Invalid|expected|must|Unrecognized|field/);

describe('issueMessage: a scenario refused', () => {
  it('names the seed in the reader’s words and gives its range (the issue’s “Too big: expected int”)', () => {
    const [m] = refused({ seed: 1e16 });
    expect(m.zh).toBe('随机种子：须为 0—2,147,483,647 之间的整数');
    expect(m.en).toBe('Seed: must be a whole number from 0 to 2,147,483,647');
    // the command line keeps its English line, naming the path
    expect(m.cli).toBe('seed: Too big: expected number to be <=2147483647');
  });

  it('an unknown field at the top level and inside the levers', () => {
    expect(refused({ zz: 1 })).toEqual([
      { zh: '未知字段“zz”', en: 'unknown field “zz”', cli: '(top level): unknown field "zz"' },
    ]);
    expect(refused({ zz: 1, yy: 2 })[0].zh).toBe('未知字段“zz”、“yy”');
    expect(refused(levers({ fund_ic: 9 }))[0].zh).toBe('政策杠杆：未知字段“fund_ic”');
  });

  it('1e308 for a lever: out of range, by the lever’s label and unit (not “at most 4 decimal places”)', () => {
    const [m] = refused(levers({ land: 1e308 }));
    expect(m.zh).toBe('新开发工业用地：1e+308 超出允许范围 0—2000 亩/年');
    expect(m.en).toBe('New industrial land: 1e+308 is outside the allowed range 0–2000 mu a year');
    expect(refused(levers({ land: -1 }))[0].zh).toBe('新开发工业用地：-1 超出允许范围 0—2000 亩/年');
    expect(refused(levers({ land: 1.23456 }))[0].zh).toBe('新开发工业用地：最多保留 4 位小数');
    expect(refused(levers({ land: 'x' }))[0].zh).toBe(
      '新开发工业用地：须为 0—2000 亩/年 之间的数，或每个时期各一个数',
    );
    expect(refused(levers({ land: [1, 2, 3] }))[0].zh).toBe(
      '新开发工业用地：须为每个时期各给一个值（共 2 个）',
    );
  });

  it('the fund’s shares that do not add up to 100 %', () => {
    const [m] = refused(levers({ fund_chips: 60 }));
    expect(m.zh).toBe('产业基金各行业占比：之和为 120%，须为 100%');
    expect(m.en).toBe("The fund's sector shares: add up to 120 %; they must add up to 100 %");
  });

  it('an assumption, its parts and its order; a pinned year; a target; a base figure', () => {
    expect(refused({ assumptions: { relocation: { kind: 'uniform', lo: 5, hi: 2 } } })[0].zh).toBe(
      '整机组装外迁东南亚：须满足 下限 ≤ 上限',
    );
    expect(refused({ assumptions: { relocation: { kind: 'uniform', lo: -50, hi: 2 } } })[0].zh).toMatch(
      /^整机组装外迁东南亚的下限：-50 超出允许范围 /,
    );
    expect(refused({ assumptions: { relocation: { kind: 'weird', lo: 1, hi: 2 } } })[0].zh).toBe(
      '整机组装外迁东南亚的分布类型：须为以下之一：固定值、均匀分布、三角分布',
    );
    expect(refused({ pinnedPcDemand: { '2019': 5 } })[0].zh).toBe(
      '2019年全球PC出货增速：年份 2019 须晚于起始年份 2020，且不晚于 2035 年',
    );
    expect(refused({ pinnedPcDemand: { '2023': 500 } })[0].zh).toBe(
      '2023年全球PC出货增速：500 超出允许范围 -60—100 %',
    );
    expect(refused({ pinnedPcDemand: { abc: 5 } })[0].zh).toBe(
      '指定年份的全球PC出货增速中的“abc”：年份须写成四位数字，如“2023”',
    );
    expect(refused({ targets: { output: { value: 1e10, direction: 'atLeast' } } })[0].zh).toBe(
      '产业规模（产值）的目标值：须不大于 1,000,000,000',
    );
    expect(refused({ base: { firms: 1.5 } })[0]).toMatchObject({
      zh: '2020年规上企业数量基数：须为整数',
      en: 'Above-size firms (2020 base): must be a whole number',
    });
  });

  it('the other top-level fields', () => {
    expect(refused({ format: 'x' })[0].zh).toBe('文件格式：须为 “ngit-scenario/1”');
    expect(refused({ id: 'A B' })[0].zh).toMatch(/^情景编号：只能含小写字母/);
    expect(refused({ name: { zh: 'x'.repeat(81), en: '' } })[0].zh).toBe('中文名称：最多 80 个字符');
    expect(refused({ startYear: 1999 })[0].zh).toBe('起始年份：须为 2016—2020 之间的整数');
    expect(refused({ runs: 500.5 })[0].en).toBe('Runs: must be a whole number from 100 to 10,000,000');
    expect(refused({ seed: '' })[0].zh).toBe('随机种子：不能为空');
    expect(refused({ seed: 1.5 })[0].zh).toBe('随机种子：须为 0—2147483647 的整数，或 1—64 个字符的文字');
    expect(refused({ runs: undefined })[0].zh).toBe('模拟次数：缺少此项');
  });

  it('no English of zod’s under the Chinese UI, for any of these', () => {
    const all = [
      { seed: 1e16 },
      { zz: 1 },
      levers({ land: 1e308 }),
      { runs: 5 },
      { startYear: 2020.5 },
      { targets: { output: { value: 1, direction: 'up' } } },
      { model: 'x'.repeat(30) },
    ].flatMap(refused);
    for (const m of all) noEnglish(m.zh);
  });
});

describe('issueMessage: a file, a link, a plan', () => {
  it('a file’s own problems: not UTF-8, not JSON, markup, a forbidden key, too large', () => {
    const word = (content: Uint8Array | string) => {
      const v = readScenarioFile(content);
      if (v.ok) throw new Error('accepted');
      return v.problems.map((p) => issueMessage(p, 'zh', v.plan));
    };
    expect(word(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual([
      '文件不是 UTF-8 文本：请另存为 UTF-8（它可能是 GBK 等其他编码）',
    ]);
    expect(word('{')).toEqual(['不是有效的 JSON 文本']);
    expect(word(JSON.stringify({ ...planFile, name: { zh: '<script>x</script>', en: 'x' } }))).toEqual([
      '中文名称：含有网页标记或脚本',
    ]);
    expect(word('{"__proto__": 1}')).toEqual(['字段“__proto__”：不允许使用字段名“__proto__”']);
    expect(word(' '.repeat(300 * 1024))).toEqual(['文件过大（300千字节，最多256千字节）']);
  });

  it('a link: its issues, with the plan that names the fields', () => {
    const s = loadScenario('plan.json');
    const bad = { ...s, levers: { ...s.levers, land: 99999 } };
    // a link made by hand (the compact form 1) with a lever out of range: refused with the lever's label
    const compact = {
      f: 1,
      m: '2.1.0',
      i: 'x',
      n: ['a', 'b'],
      y: 2020,
      l: Object.values(bad.levers),
      a: {},
      p: {},
      s: 7,
      r: 20000,
    };
    const b64 = btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify(compact)))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const d = decodeShareLink(LINK_PREFIX + b64);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.code).toBe('invalid');
    expect(d.issues.map((i) => issueMessage(i, 'zh', d.plan))).toEqual([
      '新开发工业用地：99999 超出允许范围 0—2000 亩/年',
    ]);
    const long = decodeShareLink(LINK_PREFIX + 'A'.repeat(130_000));
    expect(!long.ok && long.issues.map((i) => issueMessage(i, 'zh'))).toEqual([
      '共 130000 个字符，最多 8000 个',
    ]);
    const cut = decodeShareLink(LINK_PREFIX + 'AAAA');
    expect(!cut.ok && cut.issues.map((i) => issueMessage(i, 'zh'))).toEqual([
      '链接无法解压，可能被截断或改动过。',
    ]);
  });

  it('a plan file’s paths: a sector by its label, a lever’s part, a target', () => {
    const p = JSON.parse(JSON.stringify(plan));
    p.sectors[2].base.outputShare = -5;
    p.targets.output.value = 'x';
    const r = parsePlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.issues!.map((i) => issueMessage(i, 'zh', plan, 'plan'));
    expect(lines).toContain(`${plan.sectors[2].label.zh}中的“base.outputShare”：须不小于 0`);
    expect(lines).toContain('产业规模（产值）的目标值：须为数字');
    expect(fieldName('levers.land.plan', 'en', plan, 'plan')).toBe('New industrial land, “plan”');
    expect(fieldName('sectors.9.id', 'zh', undefined, 'plan')).toBe('第10个行业中的“id”');
    expect(fieldName('nowhere.x', 'zh', plan, 'plan')).toBe('字段“nowhere.x”');
  });

  it('issueLines: at most 8 lines, each with the command line’s English beside it', () => {
    const issues: Issue[] = Array.from({ length: 10 }, (_, i) => ({
      code: 'markup',
      field: `name.zh`,
      values: {},
      text: `line ${i}`,
    }));
    const lines = issueLines(issues, 'zh');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toEqual({ text: '中文名称：含有网页标记或脚本', cli: 'line 0' });
    expect(lines[7].cli).toBe('line 7');
    expect(lines[8]).toEqual({ text: '… (+2)', cli: '' });
  });
});
