/**
 * Keys that can change an object's prototype or reach its constructor when a careless consumer copies or merges
 * data: a scenario never has them, so a link, file or saved entry that carries one anywhere is refused outright
 * (JSON.parse makes `__proto__` an ordinary own key, which later copying could turn into prototype pollution).
 */
import type { Issue } from './issues.ts';

export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const isForbidden = (k: string) => FORBIDDEN_KEYS.includes(k);

/**
 * The paths (such as `p.__proto__`) of every forbidden key in plain data, at most `max` of them. Walks with its
 * own stack, so deeply nested input cannot overflow the call stack.
 */
export function forbiddenKeyPaths(value: unknown, max = 8): string[] {
  const found: string[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length && found.length < max) {
    const { v, path } = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (isForbidden(k)) {
        found.push(p);
        if (found.length >= max) break;
      }
      stack.push({ v: (v as Record<string, unknown>)[k], path: p });
    }
  }
  return found;
}

/** The readable error line for a forbidden key at `path`. */
export const forbiddenKeyText = (path: string): string =>
  `${path}: the key "${path.split('.').pop()}" is not allowed`;

/** One readable error line per forbidden key. */
export function forbiddenKeyErrors(value: unknown): string[] {
  return forbiddenKeyPaths(value).map(forbiddenKeyText);
}

/** The forbidden keys as issues (./issues.ts): the key's path, the key, its text. */
export function forbiddenKeyIssues(value: unknown): Issue[] {
  return forbiddenKeyPaths(value).map((p) => ({
    code: 'forbidden-key',
    field: p,
    values: { key: p.split('.').pop()! },
    text: forbiddenKeyText(p),
  }));
}
