/**
 * The out-of-sample check behind docs/MODEL.md; the computation lives in src/engine/history-check.ts, which the
 * app's history check shares.
 */
export { checkableFigures, checkFigures, type FigureCheck } from '../src/engine/history-check.ts';
