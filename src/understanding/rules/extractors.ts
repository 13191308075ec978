import {
  KNOWN_CITY_PATTERN,
  NOT_NAME_WORDS,
  SOURCE_PATTERN,
  canonicalSource,
  isCommonEnglishWord,
  knownCity,
} from '../../values/lexicon';
import { isPronounReference, PRONOUN_REFERENCE } from '../../values/references';
import {
  cityOfPincode,
  findLocality,
  findLocalitySoundingLike,
  isIndianState,
  isKnownPlace,
  isTownOfItsOwn,
  isUnplacedOffice,
  stateAtStart,
} from '../../values/localities';
import {
  findStatusPhrase,
  findStatusPhrases,
  LATER_DECISION,
  otherPartyAfter,
  statusFromWords,
  withUsAfter,
} from '../../values/status';

/**
 * The rules engine's extractors: each finds one entity in normalised text, by cue words and
 * boundaries, and says where it stood so that the next extractor does not read it again. The engine
 * (rules-provider.ts) and the follow-up reader both use them.
 */

const WORD = "\\p{L}[\\p{L}'.-]*";

/** Words that end a name or a city: what follows them is some other entity. */
const BOUNDARY_WORDS = new Set(
  (
    'from in at on by for with without within and or to as of is are was has have had who whose whom which that this these ' +
    'phone number mobile mob contact cell ph tel no num landline telephone source via through thru city lives living based ' +
    'located staying resident interested looking wants want budget referred reference lead status visit ' +
    'meeting tour site tomorrow today tonight morning evening afternoon night next coming monday tuesday ' +
    'wednesday thursday friday saturday sunday am pm email notes note remarks comment comments he she they ' +
    'his her their him them it its but so then also around about please new prospect client customer ' +
    'buyer enquiry inquiry named called name mark update change move set schedule book fix arrange ' +
    'deal account family case file booking flat unit plot apartment villa property the a an up i me my ' +
    'you your we our can could would will want need add create register onboard enter save log put got ' +
    'today yesterday just also went got became turned not no finally already now should be ' +
    'bought booked signed paid wants needs said called visited saw liked close closed location area ' +
    'locality address place town district state side ka ki ke ko se ne kar karo do hai ' +
    'sorry referred told said saw liked mentioned wants colleague friend back again call sometime someday anytime ' +
    'couple family gentleman man woman boy girl uncle aunty auntie guy lady person ' +
    'came attended missed skipped joined decided opted switched chose picked took changed started ' +
    'stopped moved shifted agreed refused wanted asked informed confirmed postponed delayed reached left gave ' +
    'lost purchased finalised finalized cancelled canceled dropped pulled withdrew backed walked tried rang ' +
    'bhk rk studio penthouse duplex bedroom showed payment amount token cheque money loan application documents papers kyc ' +
    'likes loves prefers hates feels seems knows keeps owns let lets fell felt seemed kept ' +
    'near outside inside behind opposite beside beyond across towards into onto during until till while because ' +
    'almost nearly stays resides settled'
  ).split(' '),
);

// ("a r rahman": "a" before a letter said alone is an initial, not the article.)
const SKIP_BEFORE_NAME =
  /^(?:(?:a(?!\s+[a-z]\.?\s)|an|the|new|lead|prospect|client|customer|buyer|enquiry|inquiry|contact|person|guy|lady|gentleman|man|woman|couple|family|boy|girl|uncle|aunty|auntie|named|called|name|is|mr\.?|mrs\.?|ms\.?|miss|mister|missus|madam|shri|smt\.?|sri|dr\.?|doctor|prof\.?|professor|retired|col\.?|colonel|maj\.?|major|capt\.?|captain|brigadier|lt\.?|lieutenant|commander|advocate|adv\.?|engineer|er\.?|justice)\s+|[:\-,]\s*)+/i;

const KNOWN_CITY_START = new RegExp(`^(?:${KNOWN_CITY_PATTERN})$`, 'i');
const WORD_OR_MARK = new RegExp(`(${WORD})|([^\\s])`, 'gu');

/**
 * Reads up to `maxWords` name-like words from the start of `text`, stopping at a boundary. A city's
 * name after the first word ends the name ("rahul mumbai 98…"), unless the lead's city was read
 * already (`placeRead`): then it is a family name ("vivek anand from hyderabad").
 */
export function leadingNameWords(text: string, maxWords = 4, placeRead = false): string | null {
  return leadingName(text, maxWords, placeRead)?.name ?? null;
}

/** The name `leadingNameWords` reads, and where in `text` its last word ends. */
export function leadingName(
  text: string,
  maxWords = 4,
  placeRead = false,
): { name: string; end: number } | null {
  const words: string[] = [];
  const rest = text.replace(SKIP_BEFORE_NAME, '');
  const skipped = text.length - rest.length;
  let end = 0;
  for (const match of rest.matchAll(WORD_OR_MARK)) {
    const word = match[1];
    if (!word) break; // punctuation or a digit ends the name
    const possessive = /'s$/i.test(word);
    // An initial keeps its full stop ("K. Bedi"); other words lose trailing marks.
    const bare = /^\p{L}\.$/u.test(word) ? word : word.replace(/'s$/i, '').replace(/[.'-]+$/, '');
    const lower = bare.toLowerCase();
    // A name ends at a function word, a verb or adverb of running speech, or a state's name ("a r
    // rahman": a letter said alone before another is an initial, whatever word it spells).
    const initial =
      /^\p{L}$/u.test(bare) && /^\s+\p{L}\.?(?:\s|$)/u.test(rest.slice(match.index + word.length));
    if (!initial && (BOUNDARY_WORDS.has(lower) || NOT_NAME_WORDS.has(lower))) break;
    // "arun pillai may or may not …": "may" said as a verb, not the name May; "anil kumar abhi …":
    // "abhi" (now) after a name, not the name Abhi.
    if (lower === 'may' && words.length > 0 && MAY_AS_VERB.test(rest.slice(match.index + word.length))) break;
    if (lower === 'abhi' && words.length > 0) break;
    // "kiran bedi found the emi too high", "ravi kumar shifted to pune": after a name's first word, a
    // common English word in the past tense is the story going on, not a family name.
    // ("ravi kumar weighed every option": a word in "-ed" with an object after it is a verb, whatever list
    // it is in — a name like "Javed" is not followed by "every", "the" or "his".)
    if (
      words.length > 0 &&
      (PAST_NARRATION.has(lower) ||
        (PAST_TENSE.test(lower) &&
          (isCommonEnglishWord(lower) || OBJECT_AFTER_VERB.test(rest.slice(match.index + word.length)))))
    )
      break;
    // "vikram batra originally from chandigarh": an adverb goes on with the sentence ("esha kopikar
    // politely said no": so is one made of a word with "-ly", never a name like "Shelly").
    if (words.length > 0 && (ADVERB.test(lower) || isLyAdverb(lower, words.length))) break;
    // "in the middle of shifting his office": a common verb in "-ing" is no name.
    if (isVerbInIng(lower)) break;
    if (
      words.length > 0 &&
      ((!placeRead && KNOWN_CITY_START.test(bare)) || canonicalSource(bare) || isIndianState(lower))
    )
      break;
    // ("tashi tsering        nawang gombu referred him": a value read out of the words — the phone, the
    // city, blanked to spaces — stands between two people; the name ends before it.)
    if (words.length > 0 && /\s{3,}$/.test(rest.slice(0, match.index))) break;
    words.push(bare);
    end = skipped + match.index + word.length;
    if (possessive) break;
    // A full stop ends the name, except after a title or an initial ("K. Bedi").
    if (/[.]$/.test(word) && !/^(?:mr|mrs|ms|dr|st|\p{L})\.$/iu.test(word)) break;
    if (words.length === maxWords) break;
  }
  return words.length > 0 ? { name: words.join(' '), end } : null;
}

/** Irregular past tenses a story goes on with after a name (the regular ones end in "-ed"). */
const PAST_NARRATION = new Set(
  'found sent kept heard brought knew made took understood sold left forgot chose spent lent paid'.split(' '),
);
const PAST_TENSE = /^\p{L}{3,}ed$/u;
/** What follows a verb and never a name: an article, a possessive, a pronoun object or "every". */
const OBJECT_AFTER_VERB =
  /^\s+(?:the|a|an|every|each|all|his|her|their|our|my|its|it|them|him|us|me|both|some|any|up|out|over|through)\b/i;
/** "shifting", "taking", "running": a common English verb in "-ing" (its stem, "-e" back, or undoubled). */
function isVerbInIng(word: string): boolean {
  if (word.length < 6 || !word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : null;
  return (
    isCommonEnglishWord(word) ||
    isCommonEnglishWord(stem) ||
    isCommonEnglishWord(`${stem}e`) ||
    (undoubled !== null && isCommonEnglishWord(undoubled))
  );
}

/** Adverbs by their endings: "originally", "currently", "seriously", "definitely", "hopefully". */
const ADVERB = /^\p{L}{3,}(?:ally|ously|ively|ently|antly|ately|fully|ibly|ably|ingly|edly|ually)$/u;

/**
 * "quickly", "finally", "politely": an adverb made with "-ly" — a common word whose stem is one too, or,
 * after a first and a family name already said, any long word in "-ly".
 */
function isLyAdverb(word: string, wordsBefore: number): boolean {
  if (word.length < 6 || !word.endsWith('ly')) return false;
  if (wordsBefore >= 2 && word.length >= 7) return true;
  const stem = word.slice(0, -2);
  return isCommonEnglishWord(word) && (isCommonEnglishWord(stem) || isCommonEnglishWord(`${stem}e`));
}

/** What follows "may" said as a verb ("may not", "may come"), not the name May. */
export const MAY_VERBS = 'be|or|not|have|come|buy|book|visit|decide|go|take|want|need|call|pay|sign|drop';
const MAY_AS_VERB = new RegExp(`^\\s+(?:${MAY_VERBS})\\b`, 'i');

const PERSON_NOUN =
  /^\s*(?:couple|family|gentleman|man|woman|boy|girl|guy|lady|person|people|uncle|aunty|auntie|chap|fellow|customer|client|buyer)s?\b/i;

/** Whether the name read from `after` is followed by a person noun, so it described them. */
function describesPerson(after: string, name: string): boolean {
  const at = after.toLowerCase().indexOf(name.toLowerCase());
  return at >= 0 && PERSON_NOUN.test(after.slice(at + name.length));
}

const DETERMINER = /^(?:the|a|an|our|this|that|these|those|my|your|his|her|their|its)$/i;

/** Whether the words `name` that end `before` come right after a subject pronoun ("he stays"). */
function saidAfterPronoun(before: string, name: string): boolean {
  const trimmed = before.trimEnd();
  const preceding = trimmed.slice(0, trimmed.length - name.length);
  return /\b(?:he|she|they|we|i|it|who)\s+$/i.test(preceding);
}

/** The word before "that" when it passes news on: "said that …", "told me that …". */
const NEWS_PASSED = /^(?:said|says|me|us|mentioned|confirmed|informed|replied|answered|wrote)$/i;

/** Words after which a city's name is the place said: "in pune", "from delhi". */
const PLACE_CUE_BEFORE = /^(?:in|from|at|near|of|to|around|towards|for|into|city|town)$/i;

/** Up to `maxWords` name-like words at the end of `text`, back to the first boundary. */
export function trailingNameWords(text: string, maxWords = 3): string | null {
  const words = text.trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let index = words.length - 1; index >= 0 && name.length < maxWords; index--) {
    const word = words[index] ?? '';
    if (!/^\p{L}[\p{L}'.-]*$/u.test(word)) break;
    // "on the highway ramesh pawar": a word after an article is a noun, not a name ("said that gopal
    // das": "that" after words that pass news on opens what was said).
    const previous = words[index - 1] ?? '';
    if (DETERMINER.test(previous) && !(/^that$/i.test(previous) && NEWS_PASSED.test(words[index - 2] ?? '')))
      break;
    const lower = word.toLowerCase();
    // "wants to buy in gurgaon", "is looking to settle in nashik": a word after "to" is its verb.
    if (/^to$/i.test(previous) && isCommonEnglishWord(lower)) break;
    // "… at the expo today anand mahindra from nashik": a city's name with more of the name after it, and
    // a word before it that no name holds (nor a place's cue), is the first name.
    const firstNameLikeCity =
      name.length > 0 &&
      KNOWN_CITY_START.test(word) &&
      !PLACE_CUE_BEFORE.test(previous) &&
      (BOUNDARY_WORDS.has(previous.toLowerCase()) || NOT_NAME_WORDS.has(previous.toLowerCase()));
    if (firstNameLikeCity) {
      name.unshift(word);
      break;
    }
    if (
      BOUNDARY_WORDS.has(lower) ||
      NOT_NAME_WORDS.has(lower) ||
      canonicalSource(lower) ||
      KNOWN_CITY_START.test(word)
    )
      break;
    name.unshift(word);
  }
  return name.length > 0 && leadingNameWords(name.join(' ')) === name.join(' ') ? name.join(' ') : null;
}

export function firstIndex(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

export interface Span {
  start: number;
  end: number;
}

/** Blanks out a span so later extractors do not read it twice; lengths and offsets are kept. */
export function blank(text: string, span: Span | null): string {
  if (!span) return text;
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

// ("i lost my notes from the meeting": notes of someone's own are a thing, not the label of a note.)
// ("… with the note the budget is low", "remarks the budget is low": a noun label takes a note that
// opens with "the"; after "note" alone, "the" is the object of the verb, as in "note the time".)
const NOTES_MARKER =
  /(?:^|[\s,.;])(?<!\b(?:my|his|her|their|our|your)\s*)(?:(?:with|add|plus)\s+(?:a|the|some)\s+(?:notes?|remarks?|comments?)\b(?!\s+(?:down|this|it)\b)|(?:remarks?|comments?)\b(?=\s+(?:the|a|an|his|her|their)\b)|(?:(?:with|and|add|plus)\s+(?:a\s+|the\s+|some\s+)?)?(?:notes?|remarks?|comments?)\b(?!\s+(?:down|the|this|it|a|an|his|her|their)\b|\s+that\s+(?:down|in|please)\b|\s+that\s*[.!]?\s*$))\s*(?:[:\-–]|says?|saying|that|is|are)?\s*/i;

/** ", note that down", "please note it": the speaker asking for a note, which is no note itself. */
const NOTE_IT_DOWN = /[\s,.;]*(?:please\s+|and\s+)?note\s+(?:that|it|this)(?:\s+down)?\s*[.!]?\s*$/i;

export function splitNotes(said: string): { main: string; notes: string | undefined } {
  const text = said.replace(NOTE_IT_DOWN, '');
  const match = NOTES_MARKER.exec(text);
  if (!match) return { main: text, notes: undefined };
  const notes = cleanClause(text.slice(match.index + match[0].length));
  return { main: text.slice(0, match.index), notes: notes || undefined };
}

export function cleanClause(text: string): string {
  const clause = text
    .trim()
    .replace(/^[\s,.;:\-–]+/, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  // "(budget issue)": an aside typed in brackets is the words inside them; so is what is left of one
  // whose first words were read as something else ("lost (went with lodha)": "went with lodha)").
  const aside = /^\(([^()]*)\)?$|^([^()]*)\)$/.exec(clause);
  return aside === null ? clause : cleanClause(aside[1] ?? aside[2] ?? '');
}

export const UPDATE_VERBS =
  'update|updated|mark|marked|change|changed|move|moved|set|shift|put|keep|flag|tag|convert|turn|close|closed|reset';

// ---- entities ------------------------------------------------------------------------------------

const SOURCE_AFTER_CUE = new RegExp(
  `\\b(?:(?:lead\\s+)?source(?:\\s+is|\\s+was)?\\s*[:\\-]?|via|through|thru|from|on|by|referred\\s+(?:through|via|by)|came\\s+(?:in\\s+)?(?:from|through|via|to)|visited|attended|saw|seen|seeing|noticed|noticing|spotted|watched|watching|found\\s+us\\s+on|at|met\\s+(?:us\\s+)?at)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?(${SOURCE_PATTERN})\\b`,
  'i',
);
const SOURCE_UNKNOWN_AFTER_CUE =
  /\b(?:lead\s+)?source(?:\s+is|\s+was)?\s*[:-]?\s+(\p{L}[\p{L}\d.&'-]*(?:\s+\p{L}[\p{L}\d.&'-]*)?)/iu;
const SOURCE_BARE = new RegExp(
  `\\b(instagram|insta|facebook|whats\\s?app|referral|walk[\\s-]?in|walked\\s+in(?:to)?|website|99\\s?acres|magic\\s?bricks|nobroker|no\\s+broker|housing\\.com|justdial|just\\s+dial|linkedin|youtube|cold\\s+call|channel\\s+partners?|google\\s+ads?|referred|(?:dropped\\s+(?:by|in\\s+at)|came\\s+to|visited)\\s+(?:the|our)\\s+(?:site|sales)\\s+office)\\b`,
  'i',
);
/** "referred by meena", "reference from bharat", "reference of her cousin": a lead brought by somebody. */
const REFERRED_BY = /\b(?:referred\s+by|reference\s+(?:from|of|by)|referral\s+(?:from|of|by))\s+/i;
/** "from ravi nair's reference", "on gopal's recommendation": a lead referred by the one named. */
const POSSESSIVE_REFERENCE =
  /(?:\b(?:from|on|through|via|by|with)\s+)?\b(?:\p{L}+\s+){0,2}\p{L}+['\u2019]s\s+(?:reference|referral|recommendation)\b/iu;
/** "gave me a reference", "gave us one referral": a lead handed over by the one named before. */
const REFERENCE_GIVEN =
  /\bgave\s+(?:me|us)\s+(?:a\s+|one\s+)?(?:reference|referral)\b|\b(?:gave|shared|sent|passed\s+on)\s+(?:me|us)\s+the\s+(?:number|contact|details)\s+of\b/i;
/** A field after the first of a list typed with pipes, commas or semicolons. */
const SOURCE_FIELD = /[|,;]\s*([\p{L}\d. -]{2,20}?)\s*(?=[|,;]|$)/gu;

/** A match's first group as the value, and the whole match (moved by `offset`) as its span. */
function captured(match: RegExpExecArray | null, offset = 0): { value: string; span: Span } | null {
  const value = match?.[1];
  if (!match || value === undefined) return null;
  return { value, span: { start: offset + match.index, end: offset + match.index + match[0].length } };
}

export function extractSource(main: string): { value: string; span: Span } | null {
  const found = withVenue(main, findSource(main));
  const canonical = found ? canonicalSource(found.value) : null;
  if (!found || (canonical !== 'Referral' && canonical !== 'Channel Partner')) return found;
  // "came through a referral from arjun rampal", "channel partner lead from sharma properties": the one
  // who brought the lead belongs to the source, never the place or the name.
  const by = REFERRER_AFTER.exec(main.slice(found.span.end));
  const who = by ? referrerAt(main.slice(found.span.end + by[0].length)) : null;
  if (!by || who === null) return found;
  return { ...found, span: { start: found.span.start, end: found.span.end + by[0].length + who } };
}

const REFERRER_AFTER = /^\s+(?:lead\s+)?(?:from|by|of)\s+/i;
/** "our old client", "a regular customer", "my colleague": the one who referred, described before the name. */
const REFERRER_DESCRIBED =
  /^(?:(?:our|my|an?|the|his|her|their)\s+)?(?:(?:old|existing|previous|regular|former|loyal|happy|satisfied|good)\s+)*(?:client|customer|buyer|friend|colleague|neighbou?r|relative|owner|investor|tenant)\s+/i;

/** Where the one who referred a lead, said at the start of `text`, ends; null when no name is said. */
function referrerAt(text: string): number | null {
  const described = REFERRER_DESCRIBED.exec(text)?.[0].length ?? 0;
  const who = leadingName(text.slice(described), 3);
  return who ? described + who.end : null;
}
const BROKER_BROUGHT =
  /\b(?:a|an|our|the|one)\s+(broker|agent|channel\s+partner)\s+(?:has\s+|had\s+)?(?:brought|referred|sent|introduced|gave\s+(?:us|me))\b/i;
/** What follows "no broker" or "just dial" said as plain words: "… involved", "… him", "… the number". */
const PLAIN_WORDS_AFTER =
  /^\s+(?:involved|needed|required|please|commission|brokerage|fees?|charges?|between|in\s+between|at\s+all|him|her|them|me|us|the|his|this|that|once)\b/i;

/** "from the expo stall", "our instagram page": the place or page of the source goes with it, never the name. */
const VENUE_AFTER =
  /^\s+(?:stall|booth|counter|desk|camp|event|fair|kiosk|ad|ads|advert|advertisement|listing|post|page|campaign|form|team|office|group|handle)\b/i;

function withVenue(main: string, found: { value: string; span: Span } | null) {
  const venue = found ? VENUE_AFTER.exec(main.slice(found.span.end)) : null;
  return found && venue
    ? { ...found, span: { ...found.span, end: found.span.end + venue[0].length } }
    : found;
}

/** "broker lead", "instagram enquiry": the source named before the word for the lead. */
const SOURCE_BEFORE_LEAD = new RegExp(`\\b(${SOURCE_PATTERN})(?=\\s+(?:lead|enquiry|inquiry)\\b)`, 'i');

function findSource(main: string): { value: string; span: Span } | null {
  const cued = captured(SOURCE_AFTER_CUE.exec(main)) ?? captured(SOURCE_BEFORE_LEAD.exec(main));
  if (cued) return cued;
  // "a broker brought axar patel …", "our agent sent him": the lead came through a channel partner.
  const broker = BROKER_BROUGHT.exec(main);
  if (broker?.[1]) {
    const start = broker.index + broker[0].indexOf(broker[1]);
    return { value: broker[1], span: { start, end: start + broker[1].length } };
  }
  const referred = REFERRED_BY.exec(main);
  if (referred) {
    const after = referred.index + referred[0].length;
    return {
      value: 'referral',
      span: { start: referred.index, end: after + (referrerAt(main.slice(after)) ?? 0) },
    };
  }
  // ("on gopal's recommendation", "via rekha menon's referral": the one who referred, with the source.)
  const theirs = POSSESSIVE_REFERENCE.exec(main);
  if (theirs)
    return { value: 'referral', span: { start: theirs.index, end: theirs.index + theirs[0].length } };
  const given = REFERENCE_GIVEN.exec(main);
  if (given) {
    // ("kumar sanu gave me a reference, his cousin …": the one who gave it goes with the source, never
    // into the new lead's name.)
    const giver = trailingNameWords(main.slice(0, given.index));
    const start = giver ? main.slice(0, given.index).trimEnd().length - giver.length : given.index;
    return { value: 'referral', span: { start, end: given.index + given[0].length } };
  }
  const unknown = captured(SOURCE_UNKNOWN_AFTER_CUE.exec(main));
  if (unknown) {
    const value = unknown.value.split(/\s+/).filter((word) => !BOUNDARY_WORDS.has(word.toLowerCase()))[0];
    if (value) return { value, span: unknown.span };
  }
  // "New lead: Kiran Rao | Pune | 9822012345 | FB": a field of a list that is a source's name.
  for (const field of main.matchAll(SOURCE_FIELD)) {
    const said = field[1]?.trim() ?? '';
    if (said && canonicalSource(said)) {
      const start = field.index + field[0].indexOf(said);
      return { value: said, span: { start, end: start + said.length } };
    }
  }
  const bare = captured(SOURCE_BARE.exec(main));
  // "no broker involved", "just dial him": a brand said in plain words, then used as those words.
  if (bare && /^(?:no|just)\s/i.test(bare.value) && PLAIN_WORDS_AFTER.test(main.slice(bare.span.end)))
    return null;
  // "whatsapp number 98…" names the kind of number, not where the lead came from.
  if (
    bare &&
    /^\s*(?:(?:and\s+)?(?:calling\s+)?(?:same\s+)?)(?:number|no\b|num|contact|id|handle)/i.test(
      main.slice(bare.span.end),
    )
  )
    return null;
  return bare;
}

const CITY_CUE =
  /\b(?:from|in|city(?:\s+is|\s+name)?\s*[:-]?|based\s+(?:in|out\s+of)|located\s+in|lives\s+in|living\s+in|staying\s+(?:in|at)|resident\s+of|residing\s+in|stays\s+in|location\s*[:-]?|area\s*[:-]?|of)\s+/gi;
/** "an enquiry from …", "a call from …", "our listing from …": the words after "from" are who it came from. */
const PERSON_AFTER_CUE =
  /^(?:(?:a|an|the|one|this|that)\s+)?(?:(?:young|old|nice|new|retired|elderly)\s+)?(?:lady|guy|man|woman|gentleman|person|couple|family|boy|girl|uncle|aunty|auntie|doctor|dr|mr|mrs|ms|sir|madam|named|called)\b/i;
const PERSON_FROM =
  /\b(?:leads?|enquiry|inquiry|enquiries|call|message|referral|reference|listing|ad|advert|advertisement|post|campaign|form|portal)\s*$/i;
export const SAYS_A_CITY = new RegExp(`\\b(?:from|in|city)\\s+\\p{L}|\\b(?:${KNOWN_CITY_PATTERN})\\b`, 'iu');
const KNOWN_CITY = new RegExp(`\\b(${KNOWN_CITY_PATTERN})\\b`, 'i');
const KNOWN_CITY_AT_START = new RegExp(`^(${KNOWN_CITY_PATTERN})\\b`, 'i');

/** "sector 62", "phase 2": a numbered part of a city. */
const NUMBERED_AREA = /^(?:sector|phase|block|stage|plot)\s+\d+[a-z]?\b/i;
const NUMBERED_AREA_BEFORE = /(?:^|[\s,])((?:sector|phase|block|stage|plot)\s+\d+[a-z]?)[\s,]+$/i;
/** A known city right after a place, with or without a comma: "baner pune", "indiranagar, bangalore". */
const CITY_AFTER = new RegExp(`^[\\s,]+(${KNOWN_CITY_PATTERN})\\b`, 'i');

export interface PlaceMention {
  /** The city as said, when it was said or the locality names it. */
  value: string | undefined;
  locality?: string;
  span: Span;
}

/**
 * Where the lead is from. A known city after a cue first; else words after a cue: followed by a
 * known city they are its locality ("from baner pune"); a known locality alone names its city
 * ("from kothrud") or, when several cities have one of that name, leaves the city to be asked; any
 * other words after a strong cue are taken as the city; last, a known city anywhere.
 */
/** A state said after the city ("nashik maharashtra", "mysuru, karnataka") belongs to the place. */
function withState(main: string, mention: PlaceMention): PlaceMention {
  const after = main.slice(mention.span.end);
  const comma = /^\s*,?\s*/.exec(after)?.[0] ?? '';
  const state = stateAtStart(after.slice(comma.length));
  if (!state) return mention;
  return {
    ...mention,
    span: { start: mention.span.start, end: mention.span.end + comma.length + state.length },
  };
}

/** A known city or town said right after a state ("goa margao"): its name and where it ends. */
function townAfter(text: string): { value: string; end: number } | null {
  const city = CITY_AFTER.exec(text);
  if (city?.[1]) return { value: city[1], end: city[0].length };
  const gap = /^[\s,]+/.exec(text)?.[0] ?? '';
  const town = gap ? leadingName(text.slice(gap.length), 2) : null;
  if (!town || !isKnownPlace(town.name) || isUnplacedOffice(town.name) || isIndianState(town.name))
    return null;
  return { value: town.name, end: gap.length + town.end };
}

export function extractCity(main: string): PlaceMention | null {
  // "from tirupati native but staying in bangalore": where the lead lives now is the city.
  const residence = RESIDENCE_CUE.exec(main);
  if (residence) {
    const start = residence.index;
    const found = findCity(`${' '.repeat(start)}${main.slice(start)}`);
    if (found?.value && found.span.start >= start) return withState(main, found);
  }
  const found = findCity(main);
  return found ? withState(main, found) : null;
}

const RESIDENCE_CUE =
  /\b(?:staying|living|lives|stays|residing|resident|settled|based|currently|presently)\s+(?:in|at|of|out\s+of)\b/i;

function findCity(main: string): PlaceMention | null {
  let unknownAfterCue: PlaceMention | null = null;
  for (const cue of main.matchAll(CITY_CUE)) {
    const start = cue.index + cue[0].length;
    const after = main.slice(start);
    // "got a call from a lady named geeta dutt": after "from", a person said as one, never a place.
    if (PERSON_AFTER_CUE.test(after)) continue;
    const known = captured(KNOWN_CITY_AT_START.exec(after), start);
    // "from goa panaji", "from kerala kochi": a state said before its city; the city is the city.
    const cityAfterState = known && isIndianState(known.value) ? townAfter(main.slice(known.span.end)) : null;
    if (known && cityAfterState)
      return {
        value: cityAfterState.value,
        span: { start: cue.index, end: known.span.end + cityAfterState.end },
      };
    if (known) return { value: known.value, span: { start: cue.index, end: known.span.end } };
    // Where the area's words end in `after` ("the other side": the skipped "the" counts).
    const numbered = NUMBERED_AREA.exec(after)?.[0];
    const named = numbered === undefined ? placeWords(after) : null;
    const area = numbered ?? named?.name;
    if (!area || /^(?:the|a|an)$/i.test(area)) continue;
    const areaEnd = numbered?.length ?? named?.end ?? area.length;
    // "a new enquiry from rakesh jha patna": after a lead noun, "from" brings the person, unless the
    // words name a place.
    if (PERSON_FROM.test(main.slice(0, cue.index)) && !isKnownPlace(area) && !findLocality(area)) continue;
    const city = CITY_AFTER.exec(after.slice(areaEnd));
    // ("enter meghna gulzar in the crm, bhopal": "the" thing no list knows, said before the city, is no
    // part of it — a locality is named without an article.)
    if (city?.[1] && /^the\s/i.test(after) && !findLocality(area) && !isKnownPlace(area)) continue;
    if (city?.[1]) {
      const end = start + areaEnd + city[0].length;
      // "vashi navi mumbai": the area's last words may begin a longer city than the one after them.
      const words = area.split(/\s+/);
      for (let kept = 1; kept < words.length; kept++) {
        const longer = `${words.slice(kept).join(' ')} ${city[1]}`;
        if (KNOWN_CITY_START.test(longer))
          return { value: longer, locality: words.slice(0, kept).join(' '), span: { start: cue.index, end } };
      }
      // "from kerala kochi": a state before the city is no locality of it.
      if (isIndianState(area)) return { value: city[1], span: { start: cue.index, end } };

      return { value: city[1], locality: area, span: { start: cue.index, end } };
    }
    // "from nashik maharashtra": a town the city list lacks, then its state — the town is the city.
    const state = stateAtStart(after.slice(areaEnd).replace(/^\s*,?/, ''));
    if (state && isKnownPlace(area)) return { value: area, span: { start: cue.index, end: start + areaEnd } };
    // A town whose district is no city we know ("karad") is the city itself.
    const ofLocality = localityMention(area, { start: cue.index, end: start + areaEnd });
    if (ofLocality) return ofLocality;
    const cueWord = cue[0].trim().toLowerCase();
    const strongCue = cueWord !== 'of' && (cueWord !== 'in' || /^\p{Lu}/u.test(after));
    // A place no list knows ("from hinjewadi") may be a locality spelled its own way: it is kept as
    // said, and its city is asked for rather than guessed.
    const span = { start: cue.index, end: start + areaEnd };
    // Spelled as it sounds ("from koramangla"), a locality of one city names that city.
    if (!unknownAfterCue && strongCue)
      unknownAfterCue =
        (isKnownPlace(area) && !isUnplacedOffice(area)) || isIndianState(area)
          ? { value: area, span }
          : { value: findLocalitySoundingLike(area)?.cities[0], locality: area, span };
  }
  if (unknownAfterCue) return unknownAfterCue;
  const side = placeBeforeSide(main);
  if (side) return side;
  const anywhere = cityWithoutCue(main);
  if (!anywhere) return pinCodeCity(main) ?? localityField(main);
  // "rupa das, new town, kolkata": a known locality said just before its city, without a cue.
  const before = /(?:^|[,;]\s*)((?:\p{L}[\p{L}'.-]*\s+){0,2}\p{L}[\p{L}'.-]*)[\s,]+$/u.exec(
    main.slice(0, anywhere.span.start),
  );
  const area = before?.[1];
  // The area must be a locality of this city, or of no known city ("new town", kolkata): "sonia"
  // before pune is a name said again, not Delhi's Sonia.
  const areaCities = area ? findLocality(area)?.cities : undefined;
  const ofCity = knownCity(anywhere.value);
  // "shweta agarwal, salt lake, kolkata": a place the list does not name but shaped like one, too.
  const shapedArea =
    area !== undefined && area.includes(' ') && PLACE_WORD.test(area.split(/\s+/).pop() ?? '');
  if (
    area &&
    before.index > 0 &&
    ((areaCities && (areaCities.length === 0 || (ofCity !== null && areaCities.includes(ofCity)))) ||
      shapedArea)
  ) {
    const start = before.index + before[0].indexOf(area);
    return { value: anywhere.value, locality: area, span: { start, end: anywhere.span.end } };
  }
  // "gopal das sector 62 noida": a numbered sector, phase or block right before the city is its locality.
  const numbered = NUMBERED_AREA_BEFORE.exec(main.slice(0, anywhere.span.start));
  if (numbered?.[1])
    return {
      value: anywhere.value,
      locality: numbered[1],
      span: { start: numbered.index + numbered[0].indexOf(numbered[1]), end: anywhere.span.end },
    };
  // "kavita rao koramangala bangalore" (no commas): the last words before the city, when they are a
  // locality of that very city.
  const words =
    /((?:\p{L}[\p{L}'.-]*\s+){1,5})$/u.exec(main.slice(0, anywhere.span.start))?.[1]?.trim().split(/\s+/) ??
    [];
  for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
    const said = words.slice(-count).join(' ');
    // "debjani roy salt lake kolkata": a place the list does not name, shaped like one ("… lake",
    // "… park", "… nagar"), after a name of two words or more.
    const shaped =
      count === 2 &&
      PLACE_WORD.test(words[words.length - 1] ?? '') &&
      (trailingNameWords(words.slice(0, -count).join(' '))?.split(' ').length ?? 0) >= 2;
    if (shaped || (ofCity && findLocality(said)?.cities.includes(ofCity))) {
      const start = main.lastIndexOf(said, anywhere.span.start);
      return { value: anywhere.value, locality: said, span: { start, end: anywhere.span.end } };
    }
  }
  // "priyanka 98450 47714 bangalore whitefield": a locality of that very city said right after it.
  const following =
    /^[\s,]+((?:\p{L}[\p{L}'.-]*\s+){0,2}\p{L}[\p{L}'.-]*)/u
      .exec(main.slice(anywhere.span.end))?.[1]
      ?.split(/\s+/) ?? [];
  for (let count = following.length; count >= 1 && ofCity; count--) {
    const said = following.slice(0, count).join(' ');
    if (findLocality(said)?.cities.includes(ofCity)) {
      const end = main.indexOf(said, anywhere.span.end) + said.length;
      return { value: anywhere.value, locality: said, span: { start: anywhere.span.start, end } };
    }
  }
  return { value: anywhere.value, span: anywhere.span };
}

/**
 * The words of a place after a cue: up to three name-like words, or fewer when only the first ones
 * name a place the lists know ("in andheri om's number …" -> "andheri").
 */
function placeWords(after: string): { name: string; end: number } | null {
  const named = leadingName(after, 3);
  if (!named || isKnownPlace(named.name) || findLocality(named.name) || isIndianState(named.name))
    return named;
  // "salt lake kolkata", "koregaon park": a place's own last word, or its city after it, keeps it whole.
  const words = named.name.split(/\s+/);
  if (words.some((word) => PLACE_WORD.test(word)) || CITY_AFTER.test(after.slice(named.end))) return named;
  for (let count = words.length - 1; count >= 1; count--) {
    const shorter = words.slice(0, count).join(' ');
    if (findLocality(shorter)?.cities.length) {
      const end = after.toLowerCase().indexOf(shorter.toLowerCase()) + shorter.length;
      return { name: shorter, end };
    }
  }
  return named;
}

/** The last word of a locality's name, never of a person's: "salt lake", "koregaon park", "model town". */
const PLACE_WORD =
  /^(?:lake|park|nagar|colony|layout|hills|road|vihar|enclave|town|gardens?|extension|chowk|market|bagh|ganj|puram|peth|wadi|society|estate|complex|township|sector|phase|block|cross|circle|halli|palya|pally|guda)$/i;

const KNOWN_CITY_ALL = new RegExp(KNOWN_CITY.source, 'gi');
/** Words after which a create says the lead's name: "add lead -", "new customer:", "register". */
const NAME_SLOT_BEFORE =
  /\b(?:lead|prospect|client|customer|buyer|enquiry|inquiry|add|create|register|named|called|name(?:\s+is)?)\s*[:,-]?\s*$/i;

/**
 * A known city said without a cue. A first name that is also a city ("anand krishnan chennai",
 * "salem rafiq chennai") is followed by more of the name: when another city comes later, the earlier
 * one that a name word follows is part of the name.
 */
function cityWithoutCue(main: string): { value: string; span: Span } | null {
  const all = [...main.matchAll(KNOWN_CITY_ALL)].map((match) => captured(match));
  const cities = all.filter((city): city is { value: string; span: Span } => city !== null);
  const last = cities[cities.length - 1];
  const standing = cities.filter((city) => {
    if (city === last) return true;
    // "add lead - anand - pune - …": a city word where the name is said, with a city after it, is the name.
    if (NAME_SLOT_BEFORE.test(main.slice(0, city.span.start))) return false;
    const next = leadingNameWords(main.slice(city.span.end), 1);
    return next === null || KNOWN_CITY_AT_START.test(next);
  });
  return standing[0] ?? null;
}

const PIN_CODE =
  /\b(?:pin\s*code|pincode|pin|zip(?:\s*code)?|postal\s+code)\s*(?:is\s+|number\s+|no\.?\s*)?[:-]?\s*([1-9]\d{2}\s?\d{3})\b/i;

/** "pin code 411038": the city whose post offices have that pin code, when there is one. */
function pinCodeCity(main: string): PlaceMention | null {
  const pin = PIN_CODE.exec(main);
  const city = pin?.[1] ? cityOfPincode(pin[1]) : null;
  return pin && city ? { value: city, span: { start: pin.index, end: pin.index + pin[0].length } } : null;
}

/** A field of a list that is one to three words: "rahul mehta, kothrud, 98220 12345". */
const FIELD = /[,;]\s*((?:\p{L}[\p{L}'.-]*\s+){0,2}\p{L}[\p{L}'.-]*)\s*(?=[,;]|$)/gu;

/**
 * "rahul mehta, kothrud, 98220 12345": a known locality said as a field of its own, after the first; so
 * is a town in its own right ("ravi nair, tumkur, 98450 …"), as long as its words are no English ones.
 */
function localityField(main: string): PlaceMention | null {
  for (const field of main.matchAll(FIELD)) {
    const area = field[1] ?? '';
    const start = field.index + field[0].indexOf(area);
    const span = { start, end: start + area.length };
    const found = localityMention(area, span);
    if (found) return found;
    // ("new lead ravi, krishna, 98…": after a first name alone, the next word may be the surname.)
    const nameBefore = trailingNameWords(main.slice(0, field.index).split(/[,;]/).pop() ?? '');
    if (!(nameBefore && !nameBefore.includes(' ')) && isTownField(area)) return { value: area, span };
  }
  return localityAfterName(main);
}

/** A field of a list that names a town in its own right ("tumkur"), in words that are no English ones. */
export function isTownField(words: string): boolean {
  return (
    isTownOfItsOwn(words) &&
    !canonicalSource(words) &&
    !words.split(/\s+/).some((word) => isCommonEnglishWord(word.toLowerCase()))
  );
}

/**
 * "new client vijay deverakonda jubilee hills 9848012345": a known locality of one city said right after
 * a name of two words or more, before the number or at the end, with no cue and no city.
 */
function localityAfterName(main: string): PlaceMention | null {
  for (const stop of main.matchAll(/(?:\s*[+\d][\d\s-]*\d|\s*[,.;]|\s*$)/g)) {
    const words = /((?:\p{L}[\p{L}'.-]*\s+){1,6}\p{L}[\p{L}'.-]*)$/u
      .exec(main.slice(0, stop.index))?.[1]
      ?.split(/\s+/);
    for (let count = Math.min(3, (words?.length ?? 0) - 2); words && count >= 1; count--) {
      const said = words.slice(-count).join(' ');
      const cities = findLocality(said)?.cities ?? [];
      const named = trailingNameWords(words.slice(0, -count).join(' '));
      if (cities.length === 1 && (named?.split(' ').length ?? 0) >= 2) {
        const start = stop.index - said.length;
        return { value: cities[0], locality: said, span: { start, end: stop.index } };
      }
    }
    if (stop[0] === '') break;
  }
  return null;
}

/** A known locality and its city: the one city that has it, or none (asked) when several do. */
function localityMention(area: string, span: Span): PlaceMention | null {
  const locality = findLocality(area);
  if (!locality || locality.cities.length === 0) return null;
  const [only, ...more] = locality.cities;
  return { value: only && more.length === 0 ? only : undefined, locality: area, span };
}

/** "ajay kulkarni kothrud side", "wakad area": a known locality named by where it is. */
const BEFORE_SIDE = /(\p{L}+)(?:\s+(\p{L}+))?\s+(?:side|area|belt|region)\b/giu;

function placeBeforeSide(main: string): PlaceMention | null {
  for (const match of main.matchAll(BEFORE_SIDE)) {
    const end = match.index + match[0].length;
    // Two words ("koregaon park") before one ("kothrud"); the last word is always tried.
    const candidates = match[2] ? [`${match[1]} ${match[2]}`, match[2]] : [match[1] ?? ''];
    for (const area of candidates) {
      const start = match.index + match[0].indexOf(area, area === match[2] ? (match[1]?.length ?? 0) : 0);
      if (KNOWN_CITY_START.test(area)) return { value: area, span: { start, end } };
      const ofLocality = localityMention(area, { start, end });
      if (ofLocality) return ofLocality;
    }
  }
  return null;
}

/** "his name is …", "named …"; and of a couple just told of, "… the husband is arjun chatterjee". */
const NAME_AFTER_STRONG_CUE =
  /\b(?:(?:his|her|their|the|client'?s?|customer'?s?|lead'?s?)\s+)?(?:full\s+)?(?:name(?:\s+is)?|named|called)\s*[:-]?\s+|\b(?:a\s+couple|a\s+family|couple|family)\b[^.;]{0,40}?\bthe\s+(?:husband|wife)(?:'s\s+name)?\s+is\s+/gi;
/** What follows "called" when it is the phone call: "called from the hoarding", "called me today". */
const CALL_NOT_NAME =
  /^(?:from|to|on|in|at|up|back|me|us|him|her|them|about|regarding|for|yesterday|today|again|twice|just|this|last)\b/i;
const NAME_AFTER_LEAD_CUE =
  /\b(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact|add|adding|create|register|onboard|enrol|enroll|capture|save|for|mr\.?|mrs\.?|ms\.?|mister|shri|smt\.?|dr\.?|prof\.?|met|meeting|spoke\s+(?:to|with)|talked\s+to|call\s+from|enquiry\s+from|inquiry\s+from|colleague|friend|relative|neighbou?r|brother|sister|cousin|uncle|aunt|aunty|nephew|niece|gentleman|put)\s*[:,-]?\s+/gi;
const THING_AFTER_ARTICLE =
  /^(?:a|an|the)\s+(?!(?:new\s+|young\s+|old\s+|nice\s+|retired\s+)?(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact|person|guy|lady|gentleman|man|woman|couple|family|boy|girl|uncle|aunty|auntie|doctor|dr|colonel|col|major|captain|capt|brigadier|advocate|engineer|professor|prof)\b)/i;
/** In a story the name stands on its own before where the person is from: ", suresh pillai from kochi". */
const NAME_BEFORE_PLACE = new RegExp(
  `(?:^|[,;:]\\s*)((?:${WORD}\\s+){0,2}${WORD})\\s+(?:from|in)\\s+\\p{L}`,
  'giu',
);

/** "one more", "got one more for you", "next": words that hand over another lead before its name. */
export const ONE_MORE =
  /^[\s,.:-]*(?:(?:(?:got|have|here\s+is|here's)\s+)?(?:(?:1|one)\s+more|another)(?:\s+(?:lead|one))?(?:\s+for\s+you)?|next(?:\s+one)?)\b[\s,.:-]*/i;

/**
 * "my old client tabu hashmi referred her cousin farida jalal", "… referred his cousin, manish paul,
 * …": the one referred is the new lead, never the one who referred them (named first, often after a
 * lead noun). Read before the source word ("referred") is taken out of the text.
 */
export function referredName(text: string, placeRead = false): string | null {
  for (const cue of text.matchAll(REFERRED_PERSON)) {
    const after = text.slice(cue.index + cue[0].length);
    const name = leadingNameWords(after, 4, placeRead);
    if (name && !describesPerson(after, name)) return name;
  }
  return null;
}

export function extractNameForCreate(main: string, withPlace = main, placeRead = false): string | null {
  const name = nameForCreate(main, withPlace, placeRead);
  // "add rekha menon's brother as a lead": the new lead is the relation, not the one named; a relation
  // left unnamed has no name to write, and it is asked.
  if (!name) return null;
  const said = name.toLowerCase();
  for (const relation of main.matchAll(POSSESSIVE_RELATION)) {
    const before = main.slice(0, relation.index).toLowerCase();
    if (before.endsWith(said) && !/\w$/.test(before.slice(0, before.length - said.length))) return null;
  }
  return name;
}

function nameForCreate(main: string, withPlace: string, placeRead: boolean): string | null {
  // "a lady called from the hoarding … her name is kavita": a name said as a name comes before one
  // after "called", and "called" with a place, a time or a person after it is the phone call.
  const strongCues = [...main.matchAll(NAME_AFTER_STRONG_CUE)];
  for (const cue of [
    ...strongCues.filter((cue) => !/called/i.test(cue[0])),
    ...strongCues.filter((cue) => /called/i.test(cue[0])),
  ]) {
    // "… and his wife's name is bilquis": the name of someone of the lead's, not the lead's.
    if (OTHERS_NAME_BEFORE.test(main.slice(0, cue.index))) continue;
    const after = main.slice(cue.index + cue[0].length);
    if (/called/i.test(cue[0]) && CALL_NOT_NAME.test(after)) continue;
    const name = leadingNameWords(after, 4, placeRead);
    if (name) return name;
  }
  for (const cue of main.matchAll(NAME_AFTER_LEAD_CUE)) {
    // "new lead for a shop in our mall": after "a" or "the", a thing, unless it is a person's noun.
    if (THING_AFTER_ARTICLE.test(main.slice(cue.index + cue[0].length))) continue;
    const name = leadingNameWords(main.slice(cue.index + cue[0].length), 4, placeRead);
    // "met a young couple", "a nice old gentleman": words describing a person are not their name.
    // What follows the name is read with the place still in it (offsets are the same).
    if (name && !describesPerson(withPlace.slice(cue.index + cue[0].length), name)) return name;
  }
  // "new lead from instagram ad: neha, delhi, …": what follows the colon that ends the heading.
  for (const colon of main.matchAll(/:\s*/g)) {
    const name = leadingNameWords(main.slice(colon.index + colon[0].length), 3, placeRead);
    if (name && !isKnownPlace(name) && !canonicalSource(name)) return name;
  }
  for (const place of withPlace.matchAll(NAME_BEFORE_PLACE)) {
    const name = leadingNameWords(place[1] ?? '', 3, placeRead);
    if (name && name === place[1]) return name;
  }
  // "enquiry came by email from priyanka chopra of bareilly": after "from", a person, not a place
  // (the place was read and blanked already).
  for (const cue of main.matchAll(/\bfrom\s+/gi)) {
    const name = leadingNameWords(main.slice(cue.index + cue[0].length), 3, placeRead);
    if (name && !isKnownPlace(name) && !isIndianState(name.toLowerCase()) && !canonicalSource(name))
      return name;
  }
  // "… our magicbricks listing shalini menon from kozhikode": the name-like words just before the place.
  // ("… he stays in gurgaon": a word after a pronoun is its verb, no name.)
  for (const place of withPlace.matchAll(/\s(?:from|in)\s+\p{L}/giu)) {
    const name = trailingNameWords(withPlace.slice(0, place.index));
    if (name && !saidAfterPronoun(withPlace.slice(0, place.index), name)) return name;
  }
  // "a guy at my gym prakash raj wants a 3 bhk", "his cousin rohan deol is also looking": the name-like
  // words just before what the person wants.
  for (const wish of withPlace.matchAll(
    /\s(?:wants?|needs?|is\s+(?:also\s+|still\s+)?(?:looking|interested))\b/giu,
  )) {
    const name = trailingNameWords(withPlace.slice(0, wish.index));
    if (name && !isKnownPlace(name) && !saidAfterPronoun(withPlace.slice(0, wish.index), name)) return name;
  }
  // "… a gentleman i met at the bank rajan pillai he stays in pune": the name-like words right before
  // the "he"/"she" that goes on about the person.
  for (const pronoun of withPlace.matchAll(
    /\s(?:he|she)\s+(?:stays|lives|is|works|has|wants|needs|was|came|called|said)\b/giu,
  )) {
    const name = trailingNameWords(withPlace.slice(0, pronoun.index));
    if (name && !isKnownPlace(name) && !name.split(' ').every(isCommonEnglishWord)) return name;
  }
  // "new lead from a walk in today, imtiaz ali, lives in andheri, …": a name standing alone between
  // commas, after the heading.
  for (const segment of main.split(/[,;]/).slice(1)) {
    const said = segment.trim();
    const words = said.split(/\s+/).length;
    if (words < 2 || words > 4 || leadingNameWords(said, 4, placeRead) !== said) continue;
    if (!isKnownPlace(said) && !canonicalSource(said) && !said.split(' ').every(isCommonEnglishWord))
      return said;
  }
  // "Rohan Sharma, Pune, 98765 43210": a name standing first.
  return leadingNameWords(
    main.replace(/^\s*(?:(?:ok|okay|so|hi|hello|hey|yes|yeah)\b[\s,]*)+/i, '').replace(ONE_MORE, ''),
    4,
    placeRead,
  );
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
export const UUID_ANYWHERE = new RegExp(UUID.source, 'gi');
export const LEAD_ID_AFTER_CUE =
  /\blead\s*(?:id|number|no\.?|num|#|with\s+id|with\s+number)?\s*(?:is\s+)?[:#]?\s*([0-9a-f][0-9a-f-]{0,35})(\.{2,}|\.(?=\s|$)|…)?(?![\p{L}\d])/iu;
/** English words spelled with the letters a–f only: after "lead" they are words, not an id prefix. */
const HEX_WORDS = new Set(
  'abed aced added bade bead beaded beef cafe cede dead deaf deed ebbed efface face faced facade fade faded feed decade accede'.split(
    ' ',
  ),
);

/** The id said after "lead": with a digit, or four or more of the letters a–f that spell no word. */
export function cuedLeadId(text: string): { id: string; start: number; end: number } | null {
  const cued = LEAD_ID_AFTER_CUE.exec(text);
  const id = cued?.[1];
  if (!cued || !id) return null;
  const letters = id.replace(/-/g, '');
  const looksLikeId = /\d/.test(id) || (letters.length >= 4 && !HEX_WORDS.has(letters.toLowerCase()));
  if (!looksLikeId) return null;
  return { id: id + (cued[2] ? '…' : ''), start: cued.index, end: cued.index + cued[0].length };
}
const ID_TOKEN = /(?:^|\s)#?([0-9a-f]*\d[0-9a-f]*(?:-[0-9a-f]+)*)(?:\.{2,}|…)?(?=\s|[,.;]|$)/gi;

/**
 * Where a person refers to a lead by name: after these words (and a typed separator: "visit - ravi
 * sharma - …", "meeting: ravi"), before these.
 */
const POSSESSIVE = new RegExp(`(?:^|\\s)((?:${WORD}\\s+){0,2}${WORD})'s\\s`, 'u');
const NAME_REF_AFTER = new RegExp(
  // "out of station", "because of the price": "of" after these words brings no lead.
  `\\b(?:for|with|(?<!\\b(?:out|because|instead|front|one|some|most|all|any|none|part|kind|sort|lots?|couple|both|each)\\s)of|${UPDATE_VERBS}|book|booked|schedule|scheduled|reschedule|rebook|postpone|prepone|fix|arrange|pencil\\s+in|line\\s+up|slot|visit|meet|meeting|met|showed|(?:show|showing)(?=\\s+(?!(?:him|her|them|us|me)\\b)(?:[a-z]+\\s+){1,3}(?:the|a|our)\\s)|(?:took|escorted|accompanied|drove)(?=\\s+(?:[a-z]+\\s+){1,3}(?:around|round|through)\\b)|tried|rang|phoned|messaged|texted|dialled|dialed|emailed|pinged|lead|client|customer|prospect|called|named|status|(?:spoke|spoken|speaking|talked|talking|told|explained|said|(?:flats?|shops?|site|plots?|villas?|units?|offices?|property|apartments?|house|space|showroom))\\s+to)(?:\\s*[-:|>]+\\s*|\\s+)` +
    // "for the payment plan", "with the price", "with a counter offer": after "the" (or "a" after
    // "with"), only a lead noun brings the lead.
    '(?:(?:the|a|an)\\s+(?=(?:lead|client|customer|prospect)\\b))?(?:lead\\s+|client\\s+|customer\\s+|prospect\\s+|mr\\.?\\s+|mrs\\.?\\s+|ms\\.?\\s+|status\\s+(?:of|for)\\s+)?(?!the\\s)(?!(?<=\\b(?:with|booked|scheduled|arrange|arranged)\\s+)(?:a|an)\\s)',
  'gi',
);

const RIVAL_BEFORE =
  /\b(?:went|gone|go|goes|going|booked|signed|bought|purchased|finali[sz]ed|closed|settled|invested|opted)\s+(?:(?:a|an|the|one|his|her|their)\s+(?:flat|unit|house|home|apartment|villa|plot|property)\s+)?(?:with|from|through)\s+$/i;

/** "ravi kumar to the bank": the one gone with, then the place they went to together. */
function wentAlong(after: string): boolean {
  const name = leadingNameWords(after, 3, true);
  return (
    name !== null &&
    /^\s+to\s+(?:the|a|an|his|her|their|our)\s+(?!(?:\p{L}+\s+)?(?:flat|unit|project|villa|deal|builder|developer)s?\b)/iu.test(
      after.trimStart().slice(name.length),
    )
  );
}

/** "… wants to come with ", "… will visit again with " (the visit noun may be blanked): company next. */
const COMES_WITH_BEFORE =
  /\b(?:(?:come|comes|coming|came|visit|visiting|visited)\s+(?:(?:again|along|over|down|back)\s+)?|(?:wants?|wanted|would\s+like|plans?|planning)\s+to\s+)with\s+$/i;
/** The words that wish to come, and who says them: "ravi kumar wants to ", "she will ". */
const WISHER_BEFORE =
  /((?:\p{L}+\s+){0,2}\p{L}+)\s+(?:also\s+)?(?:wants?|wanted|would\s+like|will|plans?|planning|is\s+planning)(?:\s+to)?\s*$/iu;
const THING_HELD_BEFORE =
  /\b(?:loan|file|papers|documents?|application|cheque|check|case|payment|money|funds|account|kyc)\s+(?:\p{L}+\s+){0,2}?(?:is|are|was|were|lies|stuck|pending)\s+(?:\p{L}+\s+){0,2}?with\s+$/iu;

/** "after a long negotiation …", "after three visits …": an event said first, before whoever did what. */
const EVENT = String.raw`(?:(?:a|an|the|much|many|several|some|two|three|four|\d+|a\s+lot\s+of|lots\s+of|a\s+few)\s+)?(?:[a-z]+\s+){0,2}?(?:rounds?\s+of\s+)?(?:negotiations?|discussions?|visits?|meetings?|calls?|talks?|months?|weeks?|days?|years?|follow[\s-]?ups?|thought|consideration|deliberation|back\s+and\s+forth|haggling|bargaining|convincing|persuasion)\b`;
/** (… "after three visits and a lot of back and forth …": several events, joined by "and".) */
const EVENT_OPENER = new RegExp(String.raw`^\s*after\s+${EVENT}(?:\s*,?\s*and\s+${EVENT})*[\s,]*`, 'i');

/**
 * The lead a request is about, as said. A city's name after a first name is read as a family name
 * ("dev anand", "vidya sagar"): no request about a lead says its city, and when the longer reading
 * finds nobody the resolver tries the shorter ones.
 */
export function extractLeadReference(said: string, phoneText: string | undefined): string | null {
  const main = said.replace(EVENT_OPENER, (opener) => ' '.repeat(opener.length));
  const uuid = UUID.exec(main);
  if (uuid) return uuid[0];
  const cued = cuedLeadId(main);
  if (cued) return cued.id;
  if (phoneText) return phoneText;
  for (const token of main.matchAll(ID_TOKEN)) {
    const value = token[1] ?? '';
    if (/[a-f]/i.test(value) && value.replace(/-/g, '').length >= 4) return value;
  }
  // "the broker who brought bhumi pednekar says she …": the one the go-between brought is the lead.
  const brought = BROUGHT_BY.exec(main);
  const broughtName = brought
    ? leadingNameWords(main.slice(brought.index + brought[0].length), 3, true)
    : null;
  if (broughtName && !broughtName.split(' ').every(isCommonEnglishWord)) return broughtName;
  // "eshan reddy's home loan is under process with sbi …": a sentence that opens with the lead's
  // possession is about that lead, whatever party is named after it (a relation's news is not: below).
  const opener = OPENING_POSSESSIVE.exec(main.replace(BEFORE_SUBJECT, ''));
  const owner = opener?.[1];
  if (
    owner &&
    leadingNameWords(owner, 3, true) === owner &&
    !isCommonEnglishWord(owner.split(' ')[0] ?? '') &&
    !REQUEST_FIRST.test(owner)
  )
    return owner;
  // "Priya Nair's visit", "Amit is not interested": a name standing before a possessive or a verb.
  for (const cue of main.matchAll(NAME_REF_AFTER)) {
    // "went with sobha", "booked with prestige": the party a lead bought from is no lead — unless they
    // went somewhere together ("went with ravi kumar to the bank").
    if (
      RIVAL_BEFORE.test(main.slice(0, cue.index + cue[0].length)) &&
      !wentAlong(main.slice(cue.index + cue[0].length))
    )
      continue;
    // "his loan file is with hdfc": the party that holds a thing of the lead's is no lead.
    if (THING_HELD_BEFORE.test(main.slice(0, cue.index + cue[0].length))) continue;
    // "amitabh wants to come with jaya on saturday": who comes along is company; the lead is the one
    // who wishes to come ("meena said ravi wants to come with sunil …": ravi).
    const comesWith = COMES_WITH_BEFORE.exec(main.slice(0, cue.index + cue[0].length));
    if (comesWith) {
      const wisher = WISHER_BEFORE.exec(main.slice(0, comesWith.index))?.[1];
      const last = wisher?.split(/\s+/).pop()?.toLowerCase();
      if (last && isPronounReference(last)) return last;
      const named = wisher ? trailingNameWords(wisher, 2) : null;
      if (named) return named;
      continue;
    }
    // "was travelling for a tournament": a thing said with its article after "for" or "with" is no name
    // ("a r rahman" is initials).
    if (
      /\b(?:for|with|of)\s*$/i.test(cue[0]) &&
      /^\s*an?\s+(?![a-z]\.?\s)/i.test(main.slice(cue.index + cue[0].length))
    )
      continue;
    const name = leadingNameWords(main.slice(cue.index + cue[0].length), 3, true);
    // "compare with other projects": words that are all common English ones name nobody.
    if (name && !name.split(' ').every(isCommonEnglishWord)) return name;
  }
  const possessor = POSSESSIVE.exec(main)?.[1];
  if (possessor) {
    // "can we do neelam kothari's visit": the name is the longest run of name words ending at "'s".
    const words = possessor.split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      // ("went to the bank's branch": a word said with its article is a thing, no name.)
      if (from > 0 && /^(?:the|a|an|our|my|your|this|that)$/i.test(words[from - 1] ?? '')) break;
      const said = words.slice(from).join(' ');
      if (leadingNameWords(said, 3, true) === said) return said;
    }
  }
  const subject = subjectName(main);
  if (subject) return subject;
  // "because of the loan delay dharam singh is on follow up": the name right before the state verb.
  const beforeVerb =
    /^(.*\S)\s+(?:is|are|was|were|has|have)(?:\s+(?:on|in|now|also|still|already))?\s*$/i.exec(main)?.[1];
  // Two words: the name is not where the sentence starts, so where it begins is not known.
  const stated = beforeVerb ? trailingNameWords(beforeVerb, 2) : null;
  if (stated) return stated;
  // "the lady from bandra who came last week bhumi pednekar wants to bring her parents …": the name said
  // late, right before what the person wants, is the one the wish is about (never "her" after it).
  const wisher = WISHED_BY.exec(main)?.[1];
  const named = wisher ? trailingNameWords(wisher, 2) : null;
  if (named && !isCommonEnglishWord(named)) return named;
  // "book a visit for her": the lead talked about before; the pipeline knows which.
  const pronoun = PRONOUN_REFERENCE.exec(main);
  if (!pronoun) return null;
  // "drove to whitefield and back, qamar jalal finally picked up and said he bought …": a part of the
  // note that opens with a name before the pronoun said it of whom.
  let at = 0;
  for (const part of main.split(/(?<=[,;.])/)) {
    const named = at > 0 && at < pronoun.index ? subjectName(part) : null;
    if (named && main.indexOf(named, at) < pronoun.index) return named;
    at += part.length;
  }
  return pronoun[0].toLowerCase().replace(/\s+/g, ' ');
}

/** A go-between said first: "the broker who brought …", "our agent who referred …". */
const BROUGHT_BY =
  /^\s*(?:the|our|my|a)\s+(?:broker|agent|channel\s+partner|colleague|friend|person|dealer)\s+who\s+(?:brought|referred|sent|introduced|handles|got)\s+/i;

/** The words before the last wish in a text: "… bhumi pednekar wants", "… anil will come". */
const WISHED_BY = /^(.*\S)\s+(?:wants?|would\s+like|will\s+come|is\s+coming|plans?\s+to|is\s+planning)\b/i;

/**
 * Words said before the one a sentence is about: "ok so", "last month", "i think", and the marks of
 * typed text ("visit - ravi sharma - …" once the request word is set aside).
 */
const BEFORE_SUBJECT =
  /^\s*(?:(?:ok|okay|so|hi|hey|hello|yes|yeah|ji|haan|sir|madam|and|also|finally|at\s+last|first(?:ly)?|then|next|after\s+that|lastly|if|once|unless|as\s+soon\s+as|the\s+lead|lead|this\s+is\s+(?:about|regarding|for)|(?:an\s+)?update\s+(?:on|about|for)|regarding|about|(?:yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?|just\s+now|right\s+now|a\s+while\s+ago|last\s+(?:week|month|year|night|evening)|this\s+(?:morning|evening|afternoon|week)|i\s+think|i\s+guess|i\s+feel|looks\s+like|seems\s+like|congratulat\w*(?:\s+to)?|congrats(?:\s+to)?|kudos\s+to)\b[\s,]*|[-:|>–,]+\s*)+/i;

/** The people of a lead's life who are not the lead: "gopi's brother", "the wife of anil". */
export const RELATION =
  '(?:(?:brother|sister|father|mother|son|daughter)-in-law|brother|sister|wife|husband|son|daughter|father|mother|dad|mom|friend|colleague|neighbou?r|cousin|uncle|aunt|aunty|relative|boss|cousins|friends|parents|in-?laws?|nephew|niece|grandson|granddaughter|grandfather|grandmother|grandparents|relatives|neighbou?rs|colleagues|manager|tenant|landlord|driver|secretary)';
/** "'s brother", "'s wife": a relation of the one named right before. */
const POSSESSIVE_RELATION = new RegExp(`['\u2019]s\\s+(?:${RELATION})\\b`, 'giu');
/** "referred her cousin …", "recommended his friend …", "gave us the number of …": before the one referred. */
const REFERRED_PERSON = new RegExp(
  String.raw`\b(?:referred|recommended|introduced|sent|passed\s+on|gave\s+(?:me|us)\s+the\s+(?:number|contact)\s+of)\s+(?!(?:by|through|via|from|to|us|me)\b)(?:(?:his|her|their|a|one|my|our)\s+)?(?:(?:old|close|good|best)\s+)?(?:${RELATION}(?:\s+in[\s-]law)?(?:\s*,\s*|\s+))?(?:(?:named|called)\s+)?`,
  'gi',
);

/** A request word said first, before a lead's possession: "reset jyoti's status …", "book ravi's visit". */
const REQUEST_FIRST = new RegExp(
  `^(?:${UPDATE_VERBS}|reset|book|schedule|reschedule|fix|arrange|add|create|call|ring|cancel|confirm)\\b`,
  'i',
);
/** A name and its possession said first: "eshan reddy's home loan …" (never a relation: "ravi's wife"). */
const OPENING_POSSESSIVE = new RegExp(
  `^\\s*((?:${WORD}\\s+){0,2}?${WORD})'s\\s+(?!(?:\\p{L}+\\s+)?${RELATION}\\b)`,
  'iu',
);
const RELATION_AFTER_NAME = new RegExp(`^(?:'s)?\\s+${RELATION}\\b`, 'i');
/** "his wife's ", "her father ": whose name a name cue after these words gives is not the lead's. */
const OTHERS_NAME_BEFORE = new RegExp(
  `(?:\\b${RELATION}(?:'s)?|\\b(?!(?:client|customer|lead)'s)\\p{L}+'s)\\s+$`,
  'iu',
);

/** Whether `name` is said in `text` only as the one a relation belongs to ("ravi's cousin came …"). */
export function onlyAsRelationOf(text: string, name: string): boolean {
  // "arvind's wife liked the duplex and arvind paid the token": named again on their own, the lead is
  // the news too.
  const lower = text.toLowerCase();
  const said = name.toLowerCase();
  let found = false;
  for (let at = lower.indexOf(said); at >= 0; at = lower.indexOf(said, at + said.length)) {
    if (!RELATION_AFTER_NAME.test(text.slice(at + said.length))) return false;
    found = true;
  }
  return found;
}

/** The name a sentence starts with, after its openers: "last month amol had …" -> "amol". */
export function subjectName(main: string): string | null {
  const name = leadingNameWords(main.replace(BEFORE_SUBJECT, ''), 3, true);
  // "remember the couple from aundh …", "slow start today …": common English words said first are
  // no name.
  return name && name.split(' ').every(isCommonEnglishWord) ? null : name;
}

const STATUS_AFTER_TO =
  /\b(?:to|as|into|status\s+(?:is|to|as))\s+(?:be\s+)?(?:the\s+)?["']?([\p{L}][\p{L}\s-]{0,30}?)["']?(?=\s*(?:[,.;]|$|\b(?:because|since|as|and|with|notes?|remarks?|coz|cause|but)\b))/iu;
/** Statuses people use that this CRM does not have: read as said, so validation can name them. */
// ("put his purchase on ice", "on the back burner", "in cold storage": on hold, said another way.)
export const UNSUPPORTED_STATUS =
  /\b(?:on\s+hold|paused|parked|archived|snoozed|dormant|on\s+pause|pending|hot|warm|cold|lukewarm|undecided|on\s+ice|on\s+the\s+back\s*burner|in\s+cold\s+storage)\b/i;

/** What makes the words after a status a clause of their own (notes) and not its object. */
// ("gone quiet since the last visit": "since" before a time says when, not why; "lost went for a
// bigger builder", said without a stop: a verb of what the lead did next begins the reason.)
const CLAUSE_START =
  /^\s*(?:[,.;:\-–(]|(?:because|since(?!\s+(?:the|last|then|yesterday|morning|\d|a|an|one|two|three|few|several|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|as|coz|cause|but|reason|saying|said|says|they|he|she|we|i|client|customer|buyer|budget|price|prices|pricing|cost|costly|expensive|location|distance|loan|finance|funds|issue|problem|wants|will|may|might|needs|already|waiting|looking|expecting|planning|too|very|call|contact|ping|message|remind|try|send|share|due\s+to|after\s+[a-z]+ing|no\s+(?:response|reply|answer|contact|communication|news|update|budget|money|funds|interest|need|loan)|not\s+(?:picking|answering|responding|replying|reachable|interested|keen)|abhi|lekin|magar|phir|fir|(?:went|bought|took|chose|found|moved|shifted|opted|preferred|picked|purchased|decided|settled|switched)\s+(?:for|with|to|a|an|the|another|elsewhere|somewhere|in|at|from|out|over|against|not))\b)/i;
const NEXT_STEP_JOINED =
  /^\s*and\s+(?:then\s+)?(?:call|contact|ping|message|remind|try|send|share|email|mail|whatsapp|meet)\b/i;
const CLAUSE_CONNECTOR =
  /^[\s,.;:\-–]*(?:(?:because\s+of|due\s+to|because|since|as|and|so|coz|cause|but|reason|saying|said|says|they\s+said|—)\b[\s,:]*)*/i;

/** A verb that makes the words after a status a sentence of their own, not the status's object. */
const FINITE_VERB =
  /\b(?:is|are|was|were|does|do|did|doesn'?t|don'?t|didn'?t|has|have|had|wants?|wanted|needs?|will|would|can|cannot|can'?t|could|said|says|feels?|felt|thinks?|prefers?|found|asked|told|requested|mentioned)\b/i;

/** "move her to in progress", "mark X as won": the status an update verb points at. */
const TARGET_AFTER_VERB = new RegExp(`\\b(?:${UPDATE_VERBS})\\b[^,.;]*?\\b(?:to|as|into|in)\\s+`, 'i');

/** Where an update verb points at a known status: the verb's position and the status phrase. */
export function updateTarget(main: string): { verb: number; span: Span } | null {
  const target = TARGET_AFTER_VERB.exec(main);
  if (!target) return bareTarget(main);
  const from = target.index + target[0].length;
  const pointed = findStatusPhrase(main.slice(from));
  if (!pointed || pointed.start !== 0) return null;
  return { verb: target.index, span: { start: from, end: from + pointed.end } };
}

/** "mark her lost", "mark rani mukerji won": a marking verb, its object, then the status said bare. */
const MARK_VERB = /\b(?:mark|marked|tag|tagged|flag|flagged)\s+/gi;

function bareTarget(main: string): { verb: number; span: Span } | null {
  for (const verb of main.matchAll(MARK_VERB)) {
    let at = verb.index + verb[0].length;
    // Up to three words of the object ("her", "rani mukerji"), then the status.
    for (let words = 0; words < 3; words++) {
      const word = /^\p{L}[\p{L}'.-]*\s+/u.exec(main.slice(at));
      if (!word) break;
      at += word[0].length;
      const pointed = findStatusPhrase(main.slice(at));
      if (pointed && pointed.start === 0 && !pointed.negated)
        return { verb: verb.index, span: { start: at, end: at + pointed.end } };
    }
  }
  return null;
}

/** The words after a status, as notes, when they form a clause of their own. */
/** "lost reason budget", "reason is the location": a reason said with its label. */
const REASON_LABEL = /^[\s,.;:\-–]*(?:the\s+)?(?:reason|cause)(?:\s+(?:is|was|being))?\s*[:\-–]?\s+/i;
/** Words a loss's reason is said with alone, even without a stop: "lost budget", "not interested price". */
const REASON_WORD =
  /^(?:budget|price|prices|pricing|cost|costly|expensive|location|distance|loan|finance|funds|parking|vastu|possession|delay|size|layout|amenities|connectivity|traffic|timing|emi)$/i;

/**
 * What is said after a status that tells nothing new: another status denied ("in progress, not follow
 * up") or the status concluded ("…, so that's gone", "so it is over").
 */
const DENIED_STATUS = /^(?:and\s+|but\s+)?not\s+(?:as\s+|to\s+|on\s+)?(\p{L}[\p{L}\s-]*)$/iu;
const CONCLUSION =
  /^(?:(?:and|so)\s+)?(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is)\s+(?:(?:all\s+)?(?:gone|over|done|finished|closed|dead|final|that|it))(?:\s+(?:then|now|for\s+(?:us|now)|i\s+think))?$/i;

function saysNothingNew(clause: string): boolean {
  const denied = DENIED_STATUS.exec(clause)?.[1];
  return (denied !== undefined && statusFromWords(denied) !== null) || CONCLUSION.test(clause);
}

/** A status that ends on its object: "negotiating hard on the parking", "shortlisted our project". */
const ENDS_ON_OBJECT =
  /\b(?:the|a|an|his|her|their|our|this|that)\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+\s*$/iu;
/** Words no object holds: a subject, a joining word, a verb ("… and the cheque has cleared"). */
const NOT_IN_OBJECT = String.raw`(?:he|she|they|we|i|and|but|so|because|is|are|was|were|has|have|had|will|would|can|could|got|gets|did|does|do|\p{L}+ed)\b`;
/**
 * "… and the floor rise charges", "… along with one more", then a clause of the lead's or nothing: a
 * second object.
 */
const SECOND_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:and|or)\s+(?:the|a|an|his|her|their|our)|(?:as\s+well\s+as|along\s+with|together\s+with)(?:\s+(?:the|a|an|his|her|their|our))?)\s+(?:(?!${NOT_IN_OBJECT})[\p{L}\d-]+\s+){0,3}?(?!${NOT_IN_OBJECT})[\p{L}\d-]+(?=\s*[,;]?\s*(?:he|she|they|we)\s+\p{L}|\s*$)`,
  'iu',
);

/**
 * What follows a status, less a second object joined to the one the status ends on ("negotiating on the
 * parking and the floor rise charges they want both waived": the note is the clause after both).
 */
function withObjectContinued(main: string, span: Span): string {
  const after = main.slice(span.end);
  if (!ENDS_ON_OBJECT.test(main.slice(span.start, span.end))) return after;
  const second = SECOND_OBJECT.exec(after);
  return second ? after.slice(second[0].length) : after;
}

function trailingNotes(said: string): { notes?: string } {
  const found = trailingNotesSaid(said);
  return found.notes !== undefined && saysNothingNew(found.notes) ? {} : found;
}

function trailingNotesSaid(said: string): { notes?: string } {
  // "not interested anymore she found …": an adverb of the status stays with it.
  // ("… is considering the 3 bhk, her family liked it": the home the status is about stays with it.)
  // ("nearly closed the deal today, will finish the paperwork tomorrow": when it happened is no note.)
  const after = said
    .replace(STATUS_ADVERB, '')
    .replace(HOME_OF_THE_STATUS, '')
    .replace(WHEN_BEFORE_CLAUSE, ',');
  const labelled = REASON_LABEL.exec(after);
  const reason = labelled ? cleanClause(after.slice(labelled[0].length)) : '';
  if (reason) return { notes: reason };
  const trailing = cleanClause(after.replace(CLAUSE_CONNECTOR, ''));
  const words = trailing.split(/\s+/).filter(Boolean).length;
  // ("follow up and send him the brochure": a next step joined by "and" is a clause of its own.)
  if ((CLAUSE_START.test(after) || NEXT_STEP_JOINED.test(after)) && words >= 2) return { notes: trailing };
  // "dev lost. budget.", "lost (budget)": one word of reason set apart by a stop, a comma or
  // brackets, unless it is a courtesy; a word that can only be a reason needs no stop.
  if (
    words === 1 &&
    (/^\s*[,.;:\-–(]/.test(after) || REASON_WORD.test(trailing)) &&
    !COURTESY.test(trailing) &&
    !NOT_NAME_WORDS.has(trailing.toLowerCase())
  )
    return { notes: trailing };
  // "not interested the budget does not match": a sentence of its own, said without a comma.
  if (words >= 3 && FINITE_VERB.test(trailing)) return { notes: trailing };
  // "not interested in this project, she booked with a competitor": a later clause of its own.
  // ("…, her family liked it", "…, his wife loved the view": someone of the lead's as the subject.)
  const later =
    /[,;]\s*(?=(?:they|he|she|we|client|customer|buyer|budget|because|since|but|(?:his|her|their)\s+[a-z]+\s+[a-z]+)\b)/i.exec(
      after,
    );
  const clause = later ? cleanClause(after.slice(later.index + later[0].length)) : '';
  return clause.split(/\s+/).filter(Boolean).length >= 3 ? { notes: clause } : {};
}

/** The home a status is about, said right after it and before a comma: "in the 3 bhk,", "the corner flat,". */
const HOME_OF_THE_STATUS =
  /^\s*(?:(?:in|for|about|on)\s+)?(?:(?:the|a|an|this|that|one)\s+)?(?:(?!(?:because|coz|since|as|and|but|so|is|was|in|of)\b)[\p{L}\d-]+\s+){0,2}?(?:flats?|units?|bhk|villas?|plots?|apartments?|penthouse|duplex|house|home|row\s*house)\b(?=\s*[,;])/iu;

/** The day the status happened, said before a clause of the lead's: "today, will finish …". */
const WHEN_BEFORE_CLAUSE =
  /^[\s,]*(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s*,?\s*(?=(?:he|she|they|will|would|is|has|wants?|needs?)\b)/i;

/** Words said to close a request, never its reason: "lost, thanks". */
const COURTESY =
  /^(?:thanks|thank|thankyou|thx|ok|okay|done|bye|please|pls|congrats|great|cool|sir|madam|ji|yes|no|noted|fine|good|asap|urgent|urgently|now|today)$/i;

/**
 * The object of a status said as a verb: "dropped the plan", "booked the flat", "pulled out of the
 * race", "not going ahead with the purchase".
 */
// ("shortlisted us", "shortlisted our project": we are the object too.)
const STATUS_OBJECT =
  /^\s+(?:us\b(?!\s+(?:for|to|about|on|at)\b)|our\s+(?:project|flat|unit|tower|villa|apartment|plot|offer|proposal)\b|all\s+(?:the\s+)?(?:documents|papers|paperwork|forms)\b|(?:(?:of|with)\s+)?(?:the|this|that|his|her|their|a|an)\s+(?:(?:whole|entire|new|same)\s+)?(?:plan|idea|deal|flat|unit|booking|property|house|home|apartment|villa|plot|purchase|race|running|process|project|scheme)\b(?:\s+(?:of|to)\s+(?:buy|buying|book|booking|purchas\w*|invest\w*))?)/i;

/** Talks said as a verb: "negotiating", "bargaining", "discussing". */
const TALKS_VERB = /\b(?:negotiat\w*|bargain\w*|haggl\w*|discuss\w*|talking)\b/i;
/**
 * What the talks are about, the talks verb's object: "hard over the parking charges", "with us on the
 * price", "the payment plan" — it goes with the status, never into the note.
 */
const TALKS_OBJECT =
  /^\s+(?:(?:hard|hardly|aggressively|seriously|a\s+lot|again|still|a\s+bit)\s+)*(?:with\s+(?:us|me|our\s+\p{L}+)\s+)?(?:(?:on|over|about|regarding|for)\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+|our\s+)?(?:(?!(?:with|about|on|over|regarding|for|to|and|but|so)\b)[\p{L}\d-]+\s+){0,3}?(?:price|prices|rate|rates|charges?|cost|costs|discount|deal|terms|payment\s+plan|parking|floor\s+rise|plc|amenities|possession\s+date|offer|amount|emi|interiors?)(?:\s+(?:charges?|costs?|fees?|rates?|amount|price))?\b/iu;

/** "… he is", "she has": a pronoun subject said again before the same status. */
const RESTATING_SUBJECT =
  /^[\s,]*(?:he|she|they|we|it)(?:\s+(?:is|are|was|were|has|have|had|'s))?(?:\s+(?:been|still|also|really|definitely))*\s*$/i;

/** "not interested anymore", "not keen at all": an adverb said with the status. */
const STATUS_ADVERB =
  /^[\s,]*(?:any\s*more|at\s+all|now|either|as\s+of\s+now|for\s+now|yet|again|(?:with|from)\s+(?:us|our\s+(?:company|firm|project|team)))\b/i;

/** ", mark him lost" after "not interested": the same status asked for again. */
const RESTATING_VERB = new RegExp(
  `^[\\s,]*(?:(?:so|and|please|just)\\s+)*(?:${UPDATE_VERBS})\\s+(?:him|her|them|it|\\p{L}+)(?:\\s+(?:as|to|in|into))?\\s*$`,
  'iu',
);

/** "on the penthouse", "about the 3 bhk": what a status is about, said before a "but … not". */
const HOME_BEFORE_DOUBT =
  /^\s*(?:on|about|in|for|with)\s+(?:the|a|an|this|that|our)\s+(?:[a-z\d-]+\s+){0,2}?[a-z\d-]+(?=[\s,]+(?:but|though|although|even\s+though|while|whereas)\b)/i;
// ("keen on the penthouse though his wife is not too sure": "though", "although", "while" as "but".)
const BUT_NOT =
  /^[\s,]*(?:but|though|although|even\s+though|while|whereas)\s+[^.;]{0,40}?\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|hasn'?t|haven'?t|no\s+longer)\b/i;

const CONDITION =
  /^[\s,]*(?:once|if|unless|as\s+soon\s+as|provided(?:\s+that)?|only\s+(?:if|when|after|once)|when\s+(?:he|she|they|the\s+\p{L}+)\s+\p{L}+)\b/iu;

/** A purchase said as a verb: "bought a villa", "purchased a flat". */
const PURCHASE_TOLD =
  /^(?:bought|purchased|booked|took|taken|finali[sz]ed)\s+(?:a|an|the|one|another|his|her|their|in|at|from|with|elsewhere)\b/i;

/** "…, so we lost him", "… hence lost": a loss said as what the story comes to. */
const LOSS_CONCLUDED = /(?:^|[\s,.;])(?:so|hence|therefore|which\s+means)\s+(?:(?:we|i)\s+(?:have\s+)?)?$/i;

/** "he is interested", "she seems keen": a state described, not a status asked for. */
const DESCRIBED =
  /\b(?:is|are|was|were|'s|seems?|sounds?|looks?|feels?|remains?|still|very|quite|really|so)\s+$/i;

const LATER_DECISION_ONCE = new RegExp(LATER_DECISION.source, 'iu');
/** "wants 2 more days", "asked for some more time": time asked for before deciding. */
const TIME_ASKED =
  /\b(?:wants?|wanted|needs?|needed|asked\s+for|asking\s+for|asks\s+for|requested)\s+(?:[\p{L}\d]+\s+){0,3}?(?:days?|weeks?|months?|time)\b/iu;

/** Statuses a lead moves on from: a fact that names one gives way to the status asked for after it. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['NEW', 'IN_PROGRESS', 'FOLLOW_UP']);

/**
 * A status followed in the same clause by a different one ("won or lost", "won, he bought
 * elsewhere"): the said status covers both, so that the deterministic layer asks which it is.
 */
/** The follow-up said again in other words: "follow up", "touch base", "reconnect", "check back". */
const FOLLOW_UP_SAID_AGAIN = String.raw`follow[\s-]*up|touch\s+base|reconnect|check\s+back`;
const FOLLOW_UP_ASKED = new RegExp(String.raw`^\s*(?:${FOLLOW_UP_SAID_AGAIN})\b`, 'i');

/** A call asked for: "call him after …", "ring her next month". */
const CALL_ASKED = /^(?:call|ring|phone|ping|contact|try)\b/i;

function withRival(main: string, span: Span): { status: string; statusSpan: Span; notes?: string } {
  const first = findStatusPhrase(main.slice(span.start, span.end));
  // "still thinking, he will confirm by next week": a decision put later, after a state still open,
  // is that state's note, not a rival status.
  // ("in progress, wants 2 more days": so is time asked for.)
  const laterDecision = (phrase: { start: number; end: number; status: string }) =>
    first !== null &&
    OPEN_STATUSES.has(first.status) &&
    phrase.status === 'FOLLOW_UP' &&
    (LATER_DECISION_ONCE.test(main.slice(span.end + phrase.start, span.end + phrase.end)) ||
      TIME_ASKED.test(main.slice(span.end + phrase.start, span.end + phrase.end)));
  const rival = findStatusPhrases(main.slice(span.end)).find(
    (phrase) => !phrase.negated && phrase.status !== first?.status && !laterDecision(phrase),
  );
  // "still thinking, follow up after the weekend": a state told, then the status asked for. A state that
  // stays open (in progress, follow up) gives way to it; a closed one (bought, booked) is asked about.
  // ("sitting on the fence, call him after the new year": a call asked for later is the follow-up asked.)
  const callAsked =
    rival?.status === 'FOLLOW_UP' &&
    CALL_ASKED.test(main.slice(span.end + rival.start, span.end + rival.end));
  if (
    first &&
    rival &&
    (!rival.fact || callAsked) &&
    OPEN_STATUSES.has(first.status) &&
    (first.fact || DESCRIBED.test(main.slice(0, span.start))) &&
    !DESCRIBED.test(main.slice(span.end, span.end + rival.start))
  ) {
    const start = span.end + rival.start;
    return withRival(main, { start, end: span.end + rival.end });
  }
  // "lost, he bought a villa in lonavala", "out of the picture now, he bought in mysore": a purchase
  // told after LOST (said as a word, or a fact that is no purchase itself) was made elsewhere; it is
  // the reason (one made with us is a contradiction, and is asked about).
  const elsewhere =
    first?.status === 'LOST' &&
    (!first.fact || !PURCHASE_TOLD.test(main.slice(span.start + first.start))) &&
    rival?.status === 'WON' &&
    (rival.fact || PURCHASE_TOLD.test(main.slice(span.end + rival.start))) &&
    withUsAfter(main.slice(span.end + rival.start)) === null;
  // "booked with prestige last week, so we lost him": a purchase from a party named after it, then
  // the loss said as what it comes to — the party was a rival, and the loss is the status.
  const rivalsSale =
    first?.status === 'WON' &&
    !first.fact &&
    rival?.status === 'LOST' &&
    otherPartyAfter(main.slice(span.start, span.end).trim(), main.slice(span.end)) !== null &&
    LOSS_CONCLUDED.test(main.slice(span.end, span.end + rival.start));
  if (rival && rivalsSale) {
    const end = span.end + rival.end;
    return { status: main.slice(span.end + rival.start, end), statusSpan: { start: span.start, end } };
  }
  if (first && rival && !elsewhere) {
    const end = span.end + rival.end;
    return { status: main.slice(span.start, end), statusSpan: { start: span.start, end } };
  }
  // "took another flat in our own project": the words that make it ours go with the status; so do
  // those that name another party ("finalised a flat in prestige lakeside"), ours or a rival's.
  const ours =
    first?.status === 'LOST' && first.fact
      ? withUsAfter(main.slice(span.end))
      : first?.status === 'WON' && !first.fact
        ? otherPartyAfter(main.slice(span.start, span.end).trim(), main.slice(span.end))
        : null;
  if (ours) {
    const end = span.end + ours.length;
    return { status: main.slice(span.start, end), statusSpan: { start: span.start, end } };
  }
  // "interested but her husband is not": a yes taken back by a "but … not" is asked about.
  // ("keen on the penthouse though his wife is not sure": the home the status is about, then the doubt.)
  const doubt =
    first && first.status !== 'LOST'
      ? BUT_NOT.exec(main.slice(span.end).replace(HOME_BEFORE_DOUBT, (home) => ' '.repeat(home.length)))
      : null;
  if (doubt) {
    const end = span.end + doubt[0].length;
    return { status: `maybe ${main.slice(span.start, end)}`, statusSpan: { start: span.start, end } };
  }
  // "won once she pays", "lost if he does not call back": a status on a condition is not yet true.
  const condition = first?.status === 'FOLLOW_UP' ? null : CONDITION.exec(main.slice(span.end));
  if (condition) {
    const end = span.end + condition[0].length;
    return { status: main.slice(span.start, end), statusSpan: { start: span.start, end } };
  }
  // "dropped the plan", "booked the flat": the status verb's own object goes with the status.
  // ("negotiating hard over the parking charges": what talks are about goes with them too.)
  const talksObject = TALKS_VERB.test(main.slice(span.start, span.end))
    ? TALKS_OBJECT.exec(main.slice(span.end))?.[0]
    : undefined;
  const object = STATUS_OBJECT.exec(main.slice(span.end))?.[0] ?? talksObject ?? '';
  if (object) span = { start: span.start, end: span.end + object.length };
  // "follow up after he is back on the 20th": when the follow-up is goes with it, not into the note
  // (a reason after that, "… as he is travelling", is the note).
  // ("bindu will revert after discussing with family": after a fact, what follows is its note.)
  const when =
    first?.status === 'FOLLOW_UP' && !first.fact ? FOLLOW_UP_WHEN.exec(main.slice(span.end))?.[0] : undefined;
  if (when) span = { start: span.start, end: span.end + when.length };
  // "call me after he is back": a status phrase that ends on "after" takes the rest of its clause.
  const dangling =
    first?.status === 'FOLLOW_UP' && DANGLING_WHEN.test(main.slice(span.start, span.end))
      ? WHEN_REST.exec(main.slice(span.end))?.[0]
      : undefined;
  if (dangling) span = { start: span.start, end: span.end + dangling.length };
  // "still interested, talks are going on": the same status said again, and nothing more, is no
  // note ("follow up, call him next week" keeps its note: it says when).
  const again = findStatusPhrases(main.slice(span.end))[0];
  if (first && again && again.status === first.status && !again.negated) {
    const between = main.slice(span.end, span.end + again.start);
    const end = span.end + again.end;
    // A fact said again is the reason ("lost, he bought elsewhere"), and so is a loss's fact said
    // after it without a subject or a comma ("not interested bought in another city"): it is the
    // note, with its subject.
    // ("registration is done and he has taken possession": a sale's further fact, too.)
    // ("…, so we can close his file": a file closed is the loss concluded, no reason.)
    const concluded = /\b(?:file|case|chapter)\b/i.test(
      main.slice(span.end + again.start, span.end + again.end),
    );
    if (again.fact && !concluded && (again.status === 'LOST' || (again.status === 'WON' && first.fact))) {
      const subject =
        /\b(?:he|she|they)\s+(?:(?:has|have|had|is|are|was|were|already|also|just|finally)\s+)*$/i.exec(
          between,
        );
      // ("…, the agreement is registered": the article of a fact said again is the note's too.)
      const article = /\b(?:the|his|her|their|our)\s+$/i.exec(between);
      const notes = cleanClause(main.slice(span.end + (subject?.index ?? article?.index ?? again.start)));
      return { status: main.slice(span.start, span.end), statusSpan: span, ...(notes ? { notes } : {}) };
    }
    // "dropped the plan, he is not buying": the subject said again with the same status.
    const stripped = between
      .replace(STATUS_ADVERB, '')
      // "booked a flat with us today, he is won": with whom, then when it happened, before the
      // status said again.
      .replace(/^[\s,]*(?:with|from|through)\s+us\b/i, '')
      .replace(/^[\s,]*(?:today|yesterday|just\s+now|this\s+(?:morning|afternoon|evening))\b/i, '')
      .replace(CLAUSE_CONNECTOR, '')
      .replace(RESTATING_VERB, '');
    // (A fact said again holds its own verb: "… he is still negotiating", "… we are still talking" leave
    // their subject before it — the talks said again; "…, she paid the full amount" is the lead's
    // further fact, a note.)
    const talksAgain = TALKS_VERB.test(main.slice(span.end + again.start, end));
    const restates =
      cleanClause(
        again.fact
          ? stripped.replace(
              talksAgain
                ? /^[\s,]*(?:he|she|they|we)\s*$/i
                : // ("…, you can close his file now": the speaker's conclusion, the loss said again.)
                  /^[\s,]*(?:we|you)(?:\s+(?:can|may|should|could|must))?\s*$/i,
              '',
            )
          : stripped.replace(RESTATING_SUBJECT, ''),
      ) === '';
    // ("follow up, call her after the 15th": a restatement that says when is the note.)
    const saysWhen = SAYS_WHEN.test(main.slice(span.end + again.start, end));
    // ("will decide after the papers, follow up next week": the follow-up asked for after the lead's
    // own words restates them, with when.)
    const followUpAsked = first.fact && FOLLOW_UP_ASKED.test(main.slice(span.end + again.start));
    const nothingAfter = cleanClause(main.slice(end).replace(STATUS_ADVERB, '')) === '';
    if (restates && (followUpAsked || (!saysWhen && nothingAfter)))
      return { status: main.slice(span.start, end), statusSpan: { start: span.start, end } };
  }
  // ("not the right time, check again in six months": a later contact with its time restates a follow-up.)
  const laterContact = first?.status === 'FOLLOW_UP' && LATER_CONTACT.test(main.slice(span.end));
  // ("negotiating on the price, still on", "still discussing, nothing decided": the open state said again.)
  const openAgain =
    first !== null && OPEN_STATUSES.has(first.status) && OPEN_SAID_AGAIN.test(main.slice(span.end));
  return {
    status: main.slice(span.start, span.end),
    statusSpan: span,
    ...(laterContact || openAgain ? {} : trailingNotes(withObjectContinued(main, span))),
  };
}

/** An open state said again, alone: ", still on", ", nothing decided yet", ", no decision yet". */
const OPEN_SAID_AGAIN =
  /^[\s,.;]*(?:(?:and|so|but)\s+)?(?:(?:it|talks|things|discussions?|the\s+deal)\s+(?:is|are)\s+)?(?:(?:still|very\s+much)\s+(?:on|going\s+on|ongoing|in\s+progress|alive)|nothing\s+(?:decided|final(?:i[sz]ed)?)|no\s+decision|not\s+(?:yet\s+)?decided)(?:\s+(?:yet|so\s+far|as\s+of\s+now))?[\s.!]*$/i;

/**
 * ", check again in 6 months", ", touch base next month": the follow-up said again with when, alone (a
 * call asked for with its time — "call him next week" — is the note, as the fixtures of sets 1 and 44 keep).
 */
const LATER_CONTACT = new RegExp(
  String.raw`^[\s,.;]*(?:(?:so|and|then|please|pls|just)\s+)*(?:check(?:\s+(?:with\s+)?(?:him|her|them))?\s+again|${FOLLOW_UP_SAID_AGAIN})\s+(?:in|after|next|on|by|around|post|before|once|till|until|later)\b[^,.;]*[\s.!]*$`,
  'i',
);

/** When a follow-up is, said right after it: "after he is back on the 20th", "once the loan comes". */
const FOLLOW_UP_WHEN =
  /^\s*(?:after|once|when|till|until)\b[^,.;]*?(?=\s*(?:[,.;]|$|\b(?:because|as|since|coz|but|and\s+(?:he|she|they)|so)\b))/i;

const DANGLING_WHEN = /\b(?:after|once|when|till|until)(?:\s+(?:he|she|they|the|his|her|their))?\s*$/i;
const WHEN_REST = /^[^,.;]*?(?=\s*(?:[,.;]|$|\b(?:because|as|since|coz|but|and\s+(?:he|she|they)|so)\b))/i;

/** A clause about the lead's past, right before a status: "… who had ", "… who was earlier ". */
const BACKGROUND_BEFORE = /\bwho\s+(?:had|has|was|were)\s+(?:(?:been|earlier|once|already|initially)\s+)*$/i;

/** Words that say when: "after the 15th", "next week", "in two days", "on monday". */
export const SAYS_WHEN =
  /\b(?:after|next|later|in\s+(?:a|an|one|two|three|few|\d+)|tomorrow|(?:on|by|till|until)\s+(?:the\s+)?(?:\d|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b|\d/i;

/**
 * "… so he is ", "… hence she is now ", "… so we have ", "… so i will ": a story's conclusion, right
 * before its status; so is what came after it ("was interested last week but now she is not
 * interested").
 */
const CONCLUDING =
  /\b(?:so|hence|therefore|which\s+means|but\s+now|but\s+then|and\s+then)\s+(?:(?:he|she|they)\s+(?:(?:is|are|has\s+been|have\s+been|has|have)\s+)?(?:(?:now|definitely|surely|clearly|certainly|probably|really)\s+)*|we\s+(?:have\s+|had\s+)?|(?:i|we)\s+(?:will|shall|have\s+to|need\s+to|must|should|can)\s+)?$/i;

export function extractUpdate(main: string): { status?: string; notes?: string; statusSpan?: Span } {
  const target = updateTarget(main);
  if (target) return withRival(main, target.span);
  const found = findStatusPhrase(
    main.replace(/\bnew\s+(?:lead|prospect|client|customer)\b/gi, (m) => ' '.repeat(m.length)),
  );
  if (found) {
    // "did not book with us, he chose a resale flat": what did not happen, then what did.
    const happened = found.negated
      ? findStatusPhrases(main.slice(found.end)).find((phrase) => !phrase.negated)
      : undefined;
    // "signed the papers today so he is won": the status the story concludes with is the one said.
    const concluded = happened
      ? undefined
      : findStatusPhrases(main.slice(found.end)).find(
          (phrase) => !phrase.negated && CONCLUDING.test(main.slice(0, found.end + phrase.start)),
        );
    // "sapna, who had dropped out, is interested again": a status told in a clause about the lead's
    // past is background; the one said after it is the lead's now.
    const background =
      !happened && !concluded && BACKGROUND_BEFORE.test(main.slice(0, found.start))
        ? findStatusPhrases(main.slice(found.end)).find((phrase) => !phrase.negated)
        : undefined;
    const later = happened ?? concluded ?? background;
    const span = later
      ? { start: found.end + later.start, end: found.end + later.end }
      : { start: found.start, end: found.end };
    return withRival(main, span);
  }
  const unsupported = UNSUPPORTED_STATUS.exec(main);
  if (unsupported) {
    return {
      status: unsupported[0],
      statusSpan: { start: unsupported.index, end: unsupported.index + unsupported[0].length },
    };
  }
  const toWords = captured(STATUS_AFTER_TO.exec(main));
  return toWords ? { status: toWords.value.trim(), statusSpan: toWords.span } : {};
}

export const PHONE_CUE_WITH_DIGITS =
  /\b(?:phone|mobile|mob|number|contact|cell|ph|tel)(?:\s+(?:number|no\.?|num))?(?:\s+is)?\s*[:-]?\s*(\+?\d[\d\s-]{2,})/i;
