import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

export function isSupportedRegion(region: string): boolean {
  return isSupportedCountry(region);
}

export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

/**
 * Turns a phone number as written or said ("98 765 43210", "0 98450 11223", "+91-99887-66554") into
 * E.164, using the full metadata so that a number of the right length but an impossible range is
 * refused. A deliberate rule on top: a bare national number that is only a landline ("1234567890" in
 * India) is refused too — landlines are said with their trunk 0 or country code, and a bare one is
 * almost always a mis-heard mobile number.
 */
export function parsePhone(raw: string, region: string): PhoneResult {
  const cleaned = raw.replace(/[^\d+]/g, '');
  const digits = cleaned.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) {
    return { ok: false, reason: `Invalid phone number '${raw.trim()}': it has ${digits.length} digits.` };
  }
  const parsed = parsePhoneNumberFromString(cleaned, region as CountryCode);
  if (!parsed || !parsed.isValid()) {
    return { ok: false, reason: `Invalid phone number '${raw.trim()}' for region ${region}.` };
  }
  const saidWithPrefix = cleaned.startsWith('+') || cleaned.startsWith('0') || digits.length > 10;
  if (parsed.getType() === 'FIXED_LINE' && !saidWithPrefix) {
    return {
      ok: false,
      reason: `Invalid phone number '${raw.trim()}': not a mobile number (a landline needs its STD code with 0).`,
    };
  }
  return { ok: true, e164: parsed.number };
}

/** A run of digit groups, allowing the separators people and speech-to-text put inside numbers. */
// Digits inside a word ("b7887742", an id prefix) are no phone.
// "98220, 11223": speech-to-text puts a comma where the speaker paused inside the number.
const DIGIT_GROUPS = /(?<![\p{L}\d])(?:\+\s?)?\(?\d[\d\s().,-]*\d(?!\p{L})/gu;

export interface PhoneMention {
  /** The text as it stood in the transcript. */
  text: string;
  start: number;
  end: number;
}

/**
 * Finds the stretch of text that is most likely a phone number: the longest run of digit groups with
 * 7–15 digits. Groups of a run that cannot all belong to one number ("98765 43210 2 bhk") are trimmed
 * from the end until the rest parses.
 */
/** Dates and times written with digits and dashes ("2025-10-10T16:00") are never phone numbers. */
const ISO_DATE_TIME = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/gi;

export function findPhoneMention(text: string, region: string): PhoneMention | null {
  let best: PhoneMention | null = null;
  let bestScore = -1;
  const searchable = text.replace(ISO_DATE_TIME, (match) => ' '.repeat(match.length));
  for (const match of searchable.matchAll(DIGIT_GROUPS)) {
    const groups = [...match[0].matchAll(/\+?\(?\d+\)?/g)];
    let chosen: { candidate: string; score: number } | null = null;
    for (let count = groups.length; count >= 1; count--) {
      const last = groups[count - 1];
      if (!last) break;
      const candidate = match[0].slice(0, last.index + last[0].length);
      const digits = candidate.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      if (parsePhone(candidate, region).ok) {
        chosen = { candidate, score: 100 + digits.length };
        break;
      }
      // Phone-shaped but invalid: kept so that the caller can say "invalid phone", not "missing".
      chosen ??= { candidate, score: digits.length };
    }
    // "98220 98220 12345": a group said twice leaves three or more digits after a valid number in the
    // same run. Which digits were meant is asked, never guessed: the whole run is the phone as said.
    const rest = chosen ? match[0].slice(chosen.candidate.length) : '';
    if (
      chosen &&
      chosen.score >= 100 &&
      /^[\s().-]*\d[\d\s().-]*$/.test(rest) &&
      rest.replace(/\D/g, '').length >= 3
    )
      chosen = { candidate: match[0].trimEnd(), score: 100 + match[0].replace(/\D/g, '').length };
    if (chosen && chosen.score > bestScore) {
      bestScore = chosen.score;
      best = { text: chosen.candidate, start: match.index, end: match.index + chosen.candidate.length };
    }
  }
  return best;
}
