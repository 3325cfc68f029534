/**
 * The address bar as the app uses it: the hash a share link arrives in, and the browser-history entry the page is
 * on. Each entry the app has seen is stamped with its place (ENTRY_KEY in history.state, counted per tab), so that a
 * later arrival tells Back from Forward from a new page: the browser says neither. Behind an interface, so the
 * workspace is tested without a browser.
 */
export const ENTRY_KEY = 'ngitEntry';

export interface Address {
  hash(): string;
  /** the current entry's history.state */
  state(): unknown;
  /** replaces the current entry's state, and drops the hash from the address if asked */
  replace(state: unknown, dropHash: boolean): void;
}

/** The place stamped on an entry's state, or null if the app never stamped it. */
export function entryOf(state: unknown): number | null {
  const v = state && typeof state === 'object' ? (state as Record<string, unknown>)[ENTRY_KEY] : undefined;
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** The state with the place stamped on it (whatever else it holds is kept). */
export function withEntry(state: unknown, entry: number): Record<string, unknown> {
  return {
    ...(state && typeof state === 'object' ? (state as Record<string, unknown>) : {}),
    [ENTRY_KEY]: entry,
  };
}

/** This page's address bar. */
export const browserAddress: Address = {
  hash: () => location.hash,
  state: () => history.state as unknown,
  replace(state, dropHash) {
    history.replaceState(state, '', dropHash ? location.pathname + location.search : location.href);
  },
};
