/**
 * The model's version. Bump it whenever an equation, a parameter or a default changes, so that a share link or a
 * saved result made with another version is recognised as such (docs/MODEL.md has the change log).
 */
export const MODEL_VERSION = '1.0.0';
