/**
 * Words that point back at a lead already talked about: the one an earlier request in the same
 * transcript acted on, or the last one in the conversation session.
 */
export const PRONOUN_REFERENCE =
  /\b(?:him|her|his|them|their|he|she|that\s+lead|this\s+lead|the\s+same\s+lead|same\s+lead|that\s+client|this\s+client|that\s+customer|that\s+person|that\s+one|this\s+one)\b/i;

const WHOLE_PRONOUN = new RegExp(`^\\s*(?:${PRONOUN_REFERENCE.source.slice(2, -2)})\\s*$`, 'i');

export function isPronounReference(reference: string): boolean {
  return WHOLE_PRONOUN.test(reference);
}
