/**
 * Performance measures around each picture the live view draws (`performance.measure`, named PICTURE_MEASURE): from
 * the result's arrival at the main thread to the end of Svelte's update of the page, the main-thread time of one
 * picture before style and layout. The bench reads them (bench/browser.ts); DevTools shows them in the timings
 * track. The buffer is cleared now and then so that a long session does not keep every picture's entry.
 */
import { tick } from 'svelte';

export const PICTURE_MEASURE = 'ngit:picture';
const KEEP = 1000;
let count = 0;
const canMeasure = typeof document !== 'undefined' && typeof performance?.measure === 'function';

/** Starts timing a picture; the returned function is called once its state is set. */
export function timePicture(): () => void {
  if (!canMeasure) return () => {};
  const start = performance.now();
  return () =>
    void tick().then(() => {
      if (++count > KEEP) {
        performance.clearMeasures(PICTURE_MEASURE);
        count = 1;
      }
      performance.measure(PICTURE_MEASURE, { start, end: performance.now() });
    });
}
