/**
 * The English words the app needs whatever the language on screen, so always in the main chunk while the rest of
 * the English dictionary (./en.ts) loads on first use: a scenario's name and description are kept in both languages
 * (a plan's derived presets, a modified copy of a preset), and a file refusal is worded in English for the command
 * line and the validator's text.
 */
import type { Dict } from './zh.ts';

export const enAlways = {
  'preset.modifiedName': '{name} (modified)',
  'preset.modifiedDesc': 'Modified from “{name}”.',
  'preset.planName': 'The plan',
  'preset.planDesc': "The plan's own package ({plan}), from the {year} base; the world sampled as usual.",
  'preset.noPolicyName': 'No new policy',
  'preset.noPolicyDesc':
    "The effort before the plan continued ({plan}: its no-new-policy values), from the {year} base: the yardstick for what the plan's package adds.",
  'file.tooBig': 'the file is too large ({size} kB, at most {max} kB)',
} satisfies Partial<Dict>;
