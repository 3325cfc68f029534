/**
 * The record as the app, the command line and the docs read it: record/realised.json checked against
 * ./record-schema.ts at load (a bundled file that fails stops the program with the field that is wrong), and the
 * figures a scenario's paths can be compared with.
 */
import { RECORD_DATA, isComparable, type ComparableFigure, type RealisedRecord } from '../model/record.ts';
import { parseRecord } from './record-schema.ts';

function checked(data: unknown): RealisedRecord {
  const r = parseRecord(data);
  if (!r.ok) throw new Error(`record/realised.json is not a valid record: ${r.errors.join('; ')}`);
  return r.value;
}

export const RECORD: RealisedRecord = checked(RECORD_DATA);

/** Every figure of the record the model can be compared with (a series and how), in the file's order. */
export const COMPARABLE_FIGURES: readonly ComparableFigure[] = RECORD.figures.filter(isComparable);
