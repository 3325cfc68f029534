// A tiny static server for dist/ mounted under a sub-path, like an intranet server would host it.
//
//   node scripts/serve-subpath.js PORT PREFIX [--csp-prefix PREFIX2]
//
// With --csp-prefix, dist/ is also served under PREFIX2 with the Content-Security-Policy header docs/DEPLOY.md gives
// (the policy the build wrote into dist/index.html, plus frame-ancestors), so end-to-end tests can check the app
// under the header as a hardened server sends it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const args = process.argv.slice(2);
const flag = args.indexOf('--csp-prefix');
const cspPrefix = flag >= 0 ? args.splice(flag, 2)[1] : null;
const port = Number(args[0] ?? 4173);
const prefix = args[1] ?? '/';
const root = join(process.cwd(), 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The policy of the built page's meta tag, as a header (frame-ancestors works only there). */
function cspHeader() {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!m) throw new Error('dist/index.html has no Content-Security-Policy meta tag: run npm run build');
  return `${m[1]}; frame-ancestors 'self'`;
}
const csp = cspPrefix ? cspHeader() : null;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const strict = cspPrefix !== null && url.pathname.startsWith(cspPrefix);
  const base = strict ? cspPrefix : prefix;
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('not under ' + prefix);
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (strict) headers['content-security-policy'] = csp;
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () =>
  console.log(
    `serving dist/ at http://127.0.0.1:${port}${prefix}` +
      (cspPrefix ? ` and, with the CSP header, at http://127.0.0.1:${port}${cspPrefix}` : ''),
  ),
);
