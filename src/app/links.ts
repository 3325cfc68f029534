/**
 * Opening share links in the app: the lead's decoder (src/scenario/share-link.ts) plus the markup check that scenario
 * files pass too (src/scenario/markup.ts) — any text (a name, the seed, the model version) that looks like HTML
 * markup marks a tampered link and is refused, even though the app only ever shows such text as text. Error details
 * are cut to a readable length before they reach the screen.
 */
import {
  LINK_PREFIX,
  MAX_PLAN_LINK_CHARS,
  decodeShareLink,
  encodeShareLink,
  type DecodedLink,
  type LinkErrorCode,
} from '../scenario/share-link.ts';
import type { Issue } from '../scenario/issues.ts';
import { markupIssues } from '../scenario/markup.ts';
import type { Plan } from '../model/plan.ts';
import type { Scenario } from '../scenario/schema.ts';
import { bundledPlan } from '../scenario/plans.ts';

export const DETAIL_LINES_MAX = 8;
export const DETAIL_CHARS_MAX = 240;

/** markup: tampered text; plan-clash: the link carries a plan under the id of a bundled plan */
export type LinkProblemCode = LinkErrorCode | 'markup' | 'plan-clash';

/** A link as the decoder opened it (its plan `carried` when the app must register it to run it), or its problem. */
export type OpenedLink =
  | Extract<DecodedLink, { ok: true }>
  | {
      ok: false;
      code: LinkProblemCode;
      detail: string[];
      issues: Issue[];
      plan?: Plan;
      params?: Record<string, string>;
    };

/** Whether the hash (with or without '#') carries a scenario at all. */
export function isShareHash(hash: string): boolean {
  return (hash.startsWith('#') ? hash.slice(1) : hash).startsWith(LINK_PREFIX);
}

/** Error detail lines for the screen: at most 8 lines of at most 240 characters. */
export function clipDetail(detail: string[]): string[] {
  const lines = detail
    .slice(0, DETAIL_LINES_MAX)
    .map((d) => (d.length > DETAIL_CHARS_MAX ? `${d.slice(0, DETAIL_CHARS_MAX)}…` : d));
  if (detail.length > DETAIL_LINES_MAX) lines.push(`… (+${detail.length - DETAIL_LINES_MAX})`);
  return lines;
}

export function openShareLink(hash: string): OpenedLink {
  const d = decodeShareLink(hash);
  if (!d.ok) {
    const { planRef, ...rest } = d;
    return { ...rest, detail: clipDetail(d.detail), ...(planRef ? { params: planRef } : {}) };
  }
  const markup = markupIssues(d.scenario);
  if (markup.length)
    return {
      ok: false,
      code: 'markup',
      detail: clipDetail(markup.map((i) => i.text)),
      issues: markup,
      plan: d.plan,
    };
  // a bundled plan is what every link naming its id means: a carried plan may not stand in for it
  if (d.carried && bundledPlan(d.plan.id))
    return { ok: false, code: 'plan-clash', detail: [], issues: [], params: { id: d.plan.id } };
  return d;
}

/**
 * The hash that shares a scenario on `plan`: naming the plan when it is bundled (every app holds it); carrying it
 * when it is an imported one and the link stays within `max` characters; else naming it, with the length the
 * carrying link would have had (`tooLong`), so the page can say that the plan file must be sent with the link.
 */
export function shareHash(
  s: Scenario,
  plan: Plan,
  max = MAX_PLAN_LINK_CHARS,
): { hash: string; tooLong: number | null } {
  if (bundledPlan(plan.id)) return { hash: encodeShareLink(s), tooLong: null };
  const carrying = encodeShareLink(s, plan);
  const chars = carrying.length - LINK_PREFIX.length;
  return chars <= max ? { hash: carrying, tooLong: null } : { hash: encodeShareLink(s), tooLong: chars };
}

/** The URL to share: this page (whatever sub-path it is served from) with the scenario in the hash. */
export function shareUrl(loc: Pick<Location, 'origin' | 'pathname'>, hash: string): string {
  return `${loc.origin}${loc.pathname}#${hash}`;
}

/** A file name made safe: letters, digits, dashes and dots only. */
export function safeFileName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);
}
