/** The project's directory, with a trailing slash. */
export const ROOT: string;
/** Bundles `entry` (relative to the project) as `name` unless a fresh bundle exists; the bundle's file URL. */
export function nodeBundle(name: string, entry: string): URL;
