/**
 * Patterns built from words said in a transcript ("\bpriya\b"). Compiling a regular expression costs
 * far more than running it once, and the same names and words come back within a transcript and from
 * one transcript to the next, so each built pattern is kept (up to a bound, then the store starts over).
 */

/** `text` with every character that means something in a pattern escaped. */
export const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const KEPT = new Map<string, RegExp>();
const MOST_KEPT = 4096;

/** The pattern of `source` and `flags`, compiled once; its `lastIndex` is 0 on return. */
export function patternOf(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = KEPT.get(key);
  if (!pattern) {
    if (KEPT.size >= MOST_KEPT) KEPT.clear();
    pattern = new RegExp(source, flags);
    KEPT.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The whole-word pattern of words said (case ignored); `spaced`: any run of space between them. */
export function wordsPattern(words: string, flags = 'i', spaced = false): RegExp {
  const escaped = escapeForPattern(words.trim());
  return patternOf(`\\b${spaced ? escaped.replace(/\s+/g, '\\s+') : escaped}\\b`, flags);
}
