/**
 * The record: every realised figure after a plan's base year, in one data file (record/realised.json, validated by
 * src/scenario/record-schema.ts at load and in its test; record/realised.schema.json is generated from that schema).
 * The model is NEVER fitted or tuned on these figures: they are what it is tested against (the history check, the
 * ex-post check, docs/MODEL.md's out-of-sample table). The one thing the model reads from it is the world PC shipment
 * growth the replay scenario pins (`replayPins`), as the observed growth of a start year after 2020 (./pc-shipments.ts).
 *
 * Each figure says what it measures, in which area (the zone, the science city's core area, Chongqing, China, the
 * world), its unit and value, the model series it is compared with and how (its level, or its year-on-year growth
 * between `year − 1` and `year`), where it was published (title, date, address), a confidence letter (CONFIDENCE) and,
 * where its boundary differs from the model's quantity, a note. None is exactly the model's quantity: the zone's
 * statistics cover all industry (not only NGIT), often in a wider area, and official value-added growth is real
 * (constant prices) while the model's is nominal. Words are in both languages; every figure and date of the English
 * text is in the Chinese too, and the English uses English units (test/unit/scenario/record.test.ts).
 */
import type { Bilingual } from './parameters.ts';
import json from '../../record/realised.json' with { type: 'json' };

export const RECORD_FORMAT = 'ngit-record/1';

/** What a figure's confidence letter means, in both languages (the panels and docs/MODEL.md print the words). */
export const CONFIDENCE: Record<'H' | 'M' | 'L', { zh: string; en: string }> = {
  H: { zh: '高：官方页面', en: 'high: an official page' },
  M: { zh: '中：官方页面的转载或镜像', en: 'medium: a repost or mirror of an official page' },
  L: { zh: '低：二手网站', en: 'low: a secondary site' },
};

export const RECORD_AREAS = ['zone', 'core', 'chongqing', 'china', 'world'] as const;
export type RecordArea = (typeof RECORD_AREAS)[number];
/** `level`: the figure is the series' value in `year`; `growth`: its year-on-year growth in %, `year − 1` to `year`. */
export type CompareHow = 'level' | 'growth';

export interface RecordFigure {
  key: string;
  year: number;
  area: RecordArea;
  /** what it measures */
  measure: Bilingual;
  unit: string;
  value: number;
  /** the model series it is compared with, and how; null where the model has no such quantity */
  compare: { series: string; how: CompareHow } | null;
  /** where it was published; publication names stay in their language, English text in English units */
  source: { title: Bilingual; date: string; address: string | null };
  confidence: 'H' | 'M' | 'L';
  /** how its boundary differs from the model's quantity (null: no difference worth a note) */
  note: Bilingual | null;
}

/** A figure the model can be compared with. */
export type ComparableFigure = RecordFigure & { compare: NonNullable<RecordFigure['compare']> };

export interface RealisedRecord {
  format: typeof RECORD_FORMAT;
  figures: RecordFigure[];
  /** the world PC shipment growth (%) the replay scenario pins, by year, each naming the figure it is taken from */
  replayPins: { note: Bilingual; pcDemand: Record<string, { value: number; figure: string }> };
}

/** The record as the file holds it (its schema is checked where it is loaded above the model, and in a test). */
export const RECORD_DATA = json as unknown as RealisedRecord;

/** The world PC shipment growth after 2020 (% a year) the replay pins, by year: the record's `replayPins`. */
export const REPLAY_PC_GROWTH: Readonly<Record<number, number>> = Object.fromEntries(
  Object.entries(RECORD_DATA.replayPins.pcDemand).map(([year, pin]) => [Number(year), pin.value]),
);

export const isComparable = (f: RecordFigure): f is ComparableFigure => f.compare !== null;
