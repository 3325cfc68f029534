/**
 * The Content-Security-Policy the app ships with: one source for the meta tag the build writes into index.html
 * (vite.config.ts), the header docs/DEPLOY.md gives for nginx, Apache and IIS, and the end-to-end test server.
 *
 * - everything from the app's own origin only; no inline script or style, no eval (`'unsafe-*'` nowhere);
 * - `worker-src 'self'`: the simulation workers are module scripts built next to the page;
 * - `img-src` adds `data:` and `blob:`: the PNG export draws the chart's SVG through a data: URL into a canvas;
 *   downloads go through blob: links, which CSP does not govern.
 * `frame-ancestors` only works as a header (a meta tag ignores it), so the header adds it.
 */
export const CSP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** What a server sends as the Content-Security-Policy header. */
export const CSP_HEADER = `${CSP_POLICY}; frame-ancestors 'self'`;

/** The meta tag the build puts first in <head>, before any script or stylesheet. */
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP_POLICY}" />`;
