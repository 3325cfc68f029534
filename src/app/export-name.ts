/**
 * File names of exports, named after the scenario they come from: its name in the language on screen and a short
 * hash of what it computes (levers, assumptions, pinned years, start year, seed, runs and model version), so two
 * exports of different settings never share a name and the same setting always gets the same one.
 */
import type { Scenario } from '../scenario/schema.ts';

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint (not a security hash). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The part of a scenario that decides its numbers, in a fixed key order. */
export function fingerprint(s: Scenario): string {
  const sorted = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return shortHash(
    JSON.stringify([
      s.model,
      s.startYear,
      sorted(s.levers),
      sorted(Object.fromEntries(Object.entries(s.assumptions).map(([k, d]) => [k, d && sorted(d)]))),
      sorted(s.pinnedPcDemand),
      ...(s.pinnedChipDemand ? [sorted(s.pinnedChipDemand)] : []),
      s.seed,
      s.runs,
    ]),
  );
}

/** Letters (any script) and digits kept, everything else one dash; at most 40 characters. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'scenario'
  );
}

/** "ngit-规划情景-1a2b3c4d": the stem of every export of this scenario. */
export function exportStem(s: Scenario, lang: 'zh' | 'en'): string {
  return `ngit-${slug(s.name[lang])}-${fingerprint(s)}`;
}
