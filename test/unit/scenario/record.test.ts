/**
 * The record (record/realised.json): its schema refuses what a record must not hold, its JSON Schema accepts the
 * file under ajv as another program would read it, the words are in both languages with the same figures, and the
 * replay scenario pins what the record's replayPins say.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { enUnits } from '../../../src/i18n/en-units.ts';
import { CONFIDENCE, RECORD_DATA, REPLAY_PC_GROWTH } from '../../../src/model/record.ts';
import { parseRecord } from '../../../src/scenario/record-schema.ts';
import { COMPARABLE_FIGURES, RECORD } from '../../../src/scenario/record.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { checkableFigures, checkFigures } from '../../../scripts/replay-check.ts';
import { RECORD_FILE, RECORD_SCHEMA_FILE, buildRecordSchemaJson } from '../../../scripts/generated.ts';
import { loadScenario } from '../../helpers.ts';

const CHINESE_UNITS = /亿元|亩|万㎡|万元/;
const CJK = /[\u4e00-\u9fff]/;
const ENGLISH_UNITS = /100M CNY|10,000 CNY|10,000 m²/g;
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The file as JSON, typed loosely: the tests below write wrong values into it. */
type Obj = Record<string, unknown>;
type Loose = Obj & { source?: Obj & { title: Obj }; measure: Obj; compare: Obj | null };
type LooseRecord = Obj & { figures: Loose[]; replayPins: { pcDemand: Record<string, Obj> } };
const file = () => JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as LooseRecord;
const errorsOf = (data: unknown) => {
  const r = parseRecord(data);
  return r.ok ? [] : r.errors;
};

/**
 * The figures and dates of a text: dates whole (2022-09-30), numbers with their decimals or thousands commas, a
 * "million" or a 万 kept with its number; integers below 100 that are not part of a date (ordinals such as the 18th
 * Party Congress, written 十八大 in Chinese) are skipped.
 */
function numbersIn(text: string): string[] {
  const found = text.match(/\d{4}-\d\d(?:-\d\d)?|\d+(?:[.,]\d+)*(?: million|万)?/g) ?? [];
  return found.filter((n) => n.includes('-') || n.includes('.') || n.includes(',') || parseFloat(n) >= 100);
}

describe('the record file and its schema', () => {
  it('the bundled record is valid, and what the app reads is the file', () => {
    expect(errorsOf(file())).toEqual([]);
    expect(RECORD.figures).toEqual(file().figures);
    expect(RECORD_DATA.figures).toEqual(RECORD.figures);
  });

  it('record/realised.schema.json is the zod schema, and ajv (draft 2020-12, strict) accepts the file', () => {
    expect(readFileSync(RECORD_SCHEMA_FILE, 'utf8')).toBe(buildRecordSchemaJson());
    const schema = JSON.parse(readFileSync(RECORD_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(file()), JSON.stringify(validate.errors)).toBe(true);
    const bad = file();
    delete bad.figures[0].source;
    expect(validate(bad)).toBe(false);
  });

  it.each([
    ['a figure without a source', (f: Loose) => delete f.source, 'figures.0.source'],
    ['a source without a date', (f: Loose) => delete f.source!.date, 'figures.0.source.date'],
    [
      'a source without a title in English',
      (f: Loose) => delete f.source!.title.en,
      'figures.0.source.title.en',
    ],
    ['an unknown key', (f: Loose) => (f.colour = 'red'), 'figures.0: unknown field "colour"'],
    ['a year before any plan’s base', (f: Loose) => (f.year = 2020), 'figures.0.year'],
    ['a fractional year', (f: Loose) => (f.year = 2021.5), 'figures.0.year'],
    ['a year after its source was published', (f: Loose) => (f.year = 2023), 'figures.0.source.date'],
    ['a year given as text', (f: Loose) => (f.year = '2021'), 'figures.0.year'],
    ['a value that is not a number', (f: Loose) => (f.value = '15.3'), 'figures.0.value'],
    [
      'an unknown series',
      (f: Loose) => (f.compare = { series: 'gdp', how: 'growth' }),
      'figures.0.compare.series',
    ],
    ['an unknown way to compare', (f: Loose) => (f.compare!.how = 'share'), 'figures.0.compare.how'],
    ['an unknown area', (f: Loose) => (f.area = 'sichuan'), 'figures.0.area'],
    ['a bad confidence letter', (f: Loose) => (f.confidence = 'X'), 'figures.0.confidence'],
    ['a bad date', (f: Loose) => (f.source!.date = '25 Jan 2022'), 'figures.0.source.date'],
    ['markup in a text', (f: Loose) => (f.measure.en = '<script>x</script>'), 'figures.0.measure.en'],
  ])('refuses %s, naming the field', (_what, change, where) => {
    const data = file();
    change(data.figures[0]);
    const errors = errorsOf(data);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(where);
  });

  it('refuses a key that appears twice, an unknown top-level field and a pin away from its figure', () => {
    const twice = file();
    twice.figures.push({ ...twice.figures[0] });
    expect(errorsOf(twice).join('\n')).toMatch(/appears twice/);
    expect(errorsOf({ ...file(), extra: 1 }).join('\n')).toContain('unknown field "extra"');
    const far = file();
    far.replayPins.pcDemand['2021'].value = 11;
    expect(errorsOf(far).join('\n')).toContain('replayPins.pcDemand.2021.value');
    const none = file();
    none.replayPins.pcDemand['2021'].figure = 'no_such_figure';
    expect(errorsOf(none).join('\n')).toContain('replayPins.pcDemand.2021.figure');
  });

  it('the replay scenario pins the record’s pins, which the model reads for a start year after 2020', () => {
    expect(loadScenario('realised-pc-demand.json').pinnedPcDemand).toEqual(
      Object.fromEntries(Object.entries(REPLAY_PC_GROWTH).map(([y, v]) => [String(y), v])),
    );
    expect(Object.keys(REPLAY_PC_GROWTH).map(Number)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});

describe('realised figures', () => {
  it('say what each confidence letter means, in Chinese and in English', () => {
    for (const words of Object.values(CONFIDENCE)) {
      expect(words.zh).toMatch(CJK);
      expect(words.zh).not.toMatch(/[A-Za-z]/);
      expect(words.en).not.toMatch(CJK);
    }
  });

  it('have a source title and note in both languages, the English in English units', () => {
    for (const f of RECORD.figures) {
      for (const text of [f.source.title, f.note, f.measure]) {
        if (text === null) continue;
        expect(text.zh.trim(), f.key).not.toBe('');
        expect(text.en.trim(), f.key).not.toBe('');
        expect(text.zh, f.key).not.toBe(text.en);
        expect(text.en, f.key).not.toMatch(CHINESE_UNITS);
        // nothing left for the English UI's unit rewriting to do
        expect(enUnits(text.en), f.key).toBe(text.en);
        expect(text.zh, f.key).toMatch(CJK);
      }
    }
  });

  it('every figure the model is compared with says how its boundary differs (a note)', () => {
    for (const f of COMPARABLE_FIGURES) expect(f.note, f.key).not.toBeNull();
  });

  it.each(RECORD.figures.map((f) => [f.key, f] as const))(
    '%s: every figure and date of the English source title and note is in the Chinese',
    (_key, f) => {
      for (const field of [f.source.title, f.note]) {
        if (field === null) continue;
        const zh = numbersIn(field.zh);
        // the English unit words (100M CNY for 亿元, …) are units, not figures
        const missing = numbersIn(field.en.replace(ENGLISH_UNITS, ''))
          .map((n) => (n.endsWith(' million') ? `${round(Number(n.slice(0, -8)) * 100)}万` : n))
          .filter((n) => !zh.includes(n));
        expect(missing).toEqual([]);
      }
    },
  );

  it('the number check reads dates whole, millions as 万 and skips small ordinals', () => {
    expect(numbersIn('the 18th Party Congress, 2022-09-30, 93,852,900 and 64.22 million, +20.9 %')).toEqual([
      '2022-09-30',
      '93,852,900',
      '64.22 million',
      '20.9',
    ]);
    expect(numbersIn('党的十八大，2022-09-30，93,852,900台，2019年为6422万台')).toEqual([
      '2022-09-30',
      '93,852,900',
      '2019',
      '6422万',
    ]);
  });

  it('the check reports ordered bands and says "inside" exactly when the figure lies in them', () => {
    const inputs = toInputs(loadScenario('realised-pc-demand.json'));
    const figures = checkableFigures(inputs, COMPARABLE_FIGURES);
    expect(figures).toEqual(COMPARABLE_FIGURES);
    for (const c of checkFigures(inputs, 7, 2000, figures)) {
      expect(c.p5).toBeLessThanOrEqual(c.p50);
      expect(c.p50).toBeLessThanOrEqual(c.p95);
      expect(c.inside).toBe(c.p5 <= c.figure.value && c.figure.value <= c.p95);
    }
  });
});
