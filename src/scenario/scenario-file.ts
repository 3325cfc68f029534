/**
 * The verdict on a scenario file, one for the command line (`--scenario PATH`, `--baseline PATH`) and the app's
 * import, so that both accept the same files and refuse the others with the same words: the raw bytes (or text) in;
 * out either the scenario with its notices (a file made with an older model: what changed since) or the refusal.
 * The checks, in order: the size cap, UTF-8, JSON, forbidden keys, the schema (src/scenario/parse.ts), then markup
 * in any text (./markup.ts).
 *
 * Every problem is a value — a code, the field (a dotted path, '' for the whole file) and the values it names —
 * beside its text in English, so that a caller can word it in the reader's language.
 */
import { message } from '../i18n/messages.ts';
import { MODEL_VERSION, versionGap, type ModelChange, type VersionGap } from '../model/version.ts';
import { markupIssues } from './markup.ts';
import { checkScenarioJson, type ScenarioIssue } from './parse.ts';
import type { Scenario } from './schema.ts';
import type { Plan } from '../model/plan.ts';

/** Largest scenario file read: a real one is a few kB. */
export const SCENARIO_FILE_MAX_BYTES = 256 * 1024;

/** One problem with a file (./issues.ts): too-large, not-utf8 or markup here, else the scenario check's. */
export type ScenarioFileProblem = ScenarioIssue;

/** A file made with an older (or unknown) model version: what changed since, and what migration dropped. */
export interface OlderModelNotice {
  code: 'older-model';
  /** older: made before this model (`changes` lists what changed since); newer or unknown: no list, numbers may differ */
  kind: VersionGap['kind'];
  madeWith: string;
  /** the model changes the file has not seen, oldest first */
  changes: ModelChange[];
  /** one line per value dropped on the way to this model */
  dropped: string[];
  /** the notice in English, one line per change */
  text: string;
}

export type ScenarioFileVerdict =
  | { ok: true; scenario: Scenario; notices: OlderModelNotice[] }
  /** `plan`: the plan the file was checked against, where it is known (it names the fields) */
  | { ok: false; problems: ScenarioFileProblem[]; plan?: Plan };

/**
 * The refusal of a file of `bytes` bytes, or null if its size is allowed: callers that know the size before
 * reading (a file's metadata) check it first and read nothing more.
 */
export function scenarioFileSizeProblem(bytes: number): ScenarioFileProblem | null {
  if (bytes <= SCENARIO_FILE_MAX_BYTES) return null;
  const values = { bytes, size: Math.ceil(bytes / 1024), max: SCENARIO_FILE_MAX_BYTES / 1024 };
  return { code: 'too-large', field: '', values, text: message('en', 'file.tooBig', values) };
}

/** The notice for a scenario made with another model version than this one, or null when it is this one or unstated. */
export function olderModelNotice(s: Scenario, dropped: string[] = []): OlderModelNotice | null {
  const gap = versionGap(s.model);
  if (!gap || !s.model) return null;
  const changes = gap.kind === 'older' ? gap.changes : [];
  const lines =
    gap.kind === 'older'
      ? [
          `made with model ${s.model}; this is model ${MODEL_VERSION}. What changed since:`,
          ...changes.map((c) => `  ${c.version}: ${c.changes.en}`),
        ]
      : [
          `made with model ${s.model}, ${gap.kind === 'newer' ? 'newer than' : 'not a version of'} this model ` +
            `(${MODEL_VERSION}): this program may not read all of it, and its numbers may differ`,
        ];
  lines.push(...dropped.map((d) => `  ${d}`));
  return { code: 'older-model', kind: gap.kind, madeWith: s.model, changes, dropped, text: lines.join('\n') };
}

const refuse = (...problems: ScenarioFileProblem[]): ScenarioFileVerdict => ({ ok: false, problems });

/** The refusal of a file that is not UTF-8 (a scenario file here, a plan file on the command line). */
export const NOT_UTF8_TEXT =
  'the file is not UTF-8 text: save it as UTF-8 (it may be in another encoding, such as GBK)';

/** Decodes UTF-8 (a byte-order mark is dropped, as a browser's File.text() drops it); null if it is not UTF-8. */
export function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The verdict on a scenario file's content: its bytes as read, or its text. Never throws. */
export function readScenarioFile(content: Uint8Array | string): ScenarioFileVerdict {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const tooBig = scenarioFileSizeProblem(bytes.byteLength);
  if (tooBig) return refuse(tooBig);
  const text = utf8(bytes);
  if (text === null)
    return refuse({
      code: 'not-utf8',
      field: '',
      values: {},
      text: NOT_UTF8_TEXT,
    });
  const checked = checkScenarioJson(text);
  if (!checked.ok) return { ...refuse(...checked.issues), ...(checked.plan ? { plan: checked.plan } : {}) };
  const markup = markupIssues(checked.value);
  if (markup.length) return refuse(...markup);
  const notice = olderModelNotice(checked.value, checked.dropped);
  return { ok: true, scenario: checked.value, notices: notice ? [notice] : [] };
}
