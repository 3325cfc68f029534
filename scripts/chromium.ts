/**
 * Debian's Chromium and the flags it needs on a closed network (see ../shared/STACK.md): one place for the
 * end-to-end tests and the browser benchmark. Without the background-networking flags Chromium floods the network
 * with refused connections.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
