/** The browser part of the benchmark: filled in once the app exposes its run status (see bench.ts). */
export interface BrowserBench {
  workers: number;
  firstPartialMs: number;
  final10kMs: number;
  final100kMs: number;
}

export async function browserBench(): Promise<BrowserBench> {
  throw new Error('not yet');
}
