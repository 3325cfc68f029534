/**
 * Chart colours, colour-blind safe: the bands are two shades of one ColorBrewer blue, everything else comes from
 * the Okabe–Ito palette. Colour never carries meaning alone — every coloured mark also has a text label.
 */

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** 5–95 % band (ColorBrewer Blues 3). */
export const BAND_OUTER = '#c6dbef';
/** 25–75 % band (ColorBrewer Blues 5). */
export const BAND_INNER = '#6baed6';
/** Median line (ColorBrewer Blues 8). */
export const MEDIAN = '#08519c';
/** Target marker, target line and its label. */
export const TARGET = OKABE_ITO.vermillion;
/** Target labels: a darker vermillion with 6:1 contrast on white (the mark colour has 3.9:1). */
export const TARGET_TEXT = '#a64500';
/** Observed history: dots and line. */
export const HISTORY = OKABE_ITO.black;
/** the no-new-policy baseline: a dark grey dashed line, apart from the blue median by hue, lightness and dash */
export const BASELINE = '#4d4d4d';
export const BASELINE_DASH = '5 3';
/** Axes, ticks and secondary text (on white: contrast 7.5:1). */
export const AXIS = '#555555';
/** Grid lines and guides. */
export const GRID = '#d9d9d9';

/** Histogram bars at or above the target, and below it. */
export const BAR_MEET = OKABE_ITO.blue;
export const BAR_MISS = '#bdbdbd';

/** Scorecard verdicts: fill colours (swatches, badges). Always paired with a text label. */
export const LIKELY = OKABE_ITO.blue;
export const UNCERTAIN = OKABE_ITO.orange;
export const UNLIKELY = OKABE_ITO.vermillion;

/** The same verdicts as text colours with at least 4.5:1 contrast on white. */
export const LIKELY_TEXT = '#005a8c';
export const UNCERTAIN_TEXT = '#8a5a00';
export const UNLIKELY_TEXT = '#a64500';

export const VERDICT_COLORS = {
  likely: { fill: LIKELY, text: LIKELY_TEXT },
  uncertain: { fill: UNCERTAIN, text: UNCERTAIN_TEXT },
  unlikely: { fill: UNLIKELY, text: UNLIKELY_TEXT },
} as const;
export type Verdict = keyof typeof VERDICT_COLORS;

/**
 * Compared scenarios, in order: four Okabe–Ito colours that stay distinct for the common colour-vision
 * deficiencies, each paired with its own dash pattern so lines also differ in grey print. No bluish green: where
 * its band and line overlapped the first scenario's blue the two read as one teal line.
 */
export const COMPARE_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.black,
] as const;
export const COMPARE_DASHES = ['', '7 3', '2 2.5', '9 3 2 3'] as const;

/** Six Okabe–Ito colours for the attribution groups (the yellow and black left out: too light, and the total). */
export const GROUP_COLORS = [
  OKABE_ITO.orange,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
] as const;
