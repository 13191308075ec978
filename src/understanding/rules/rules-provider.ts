import { REQUIRED_FIELDS, type Intent } from '../../kernel/domain';
import { SAID_FIELD_OF, type SaidEntities, type SaidField } from '../../kernel/said';
import {
  KNOWN_CITY_PATTERN,
  NOT_NAME_WORDS,
  SOURCE_PATTERN,
  isCommonEnglishWord,
} from '../../values/lexicon';
import { isKnownPlace } from '../../values/localities';
import { normalizeTranscript } from '../../values/normalize';
import { beforeWithdrawal, leftOutByName } from '../../values/repairs';
import { findPhoneMention } from '../../values/phone';
import {
  FIRST_THOUGHT_BEFORE,
  findStatusPhrase,
  findStatusPhrases,
  statusFromWords,
} from '../../values/status';
import { isPronounReference } from '../../values/references';
import { wordsPattern } from '../../values/said-pattern';
import { dayIn, findTimeMention, type TimeMention } from '../../values/time';
import type { Understanding, UnderstandingProvider } from '../port';
import {
  ONE_MORE,
  UUID_ANYWHERE,
  cuedLeadId,
  PHONE_CUE_WITH_DIGITS,
  RELATION,
  SAYS_A_CITY,
  UNSUPPORTED_STATUS,
  UPDATE_VERBS,
  blank,
  cleanClause,
  extractCity,
  extractLeadReference,
  extractNameForCreate,
  referredName,
  SAYS_WHEN,
  extractSource,
  extractUpdate,
  firstIndex,
  isTownField,
  leadingName,
  MAY_VERBS,
  leadingNameWords,
  onlyAsRelationOf,
  splitNotes,
  subjectName,
  trailingNameWords,
  updateTarget,
} from './extractors';

/**
 * The embedded understanding engine: no key, no network, a few microseconds a transcript. It reads
 * normalised text in three steps: cut off the notes, locate the phone and the time (which have their
 * own grammars), then find the intent from its cue words and read the remaining entities around them
 * with the extractors.
 */

// ---- intent cues ---------------------------------------------------------------------------------

// "3 site visits in the morning", "many meetings": visits counted are told of, never one asked for; nor
// is a lead "on a cricket tour" asking for one, nor "revisit it next month" (the matter taken up again).
const VISIT_NOUN =
  /\b(?:site[\s-]?visits?|re-?visits?(?!\s+(?:the|his|her|their|this|that)\s+(?:decision|plan|deal|proposal|idea|offer|matter)\b)(?!\s+(?:it|this|that)\b(?!\s+(?:flat|unit|site|project|villa|place|property|apartment|house|home|plot|tower)\b))|visits?|viewings?|(?:meetings?|meet)(?!\s+(?:with\s+)?(?:our|the|my|his|her|their)\s+(?:manager|boss|director|owner|team|partner|lawyer|banker|bank|agent|broker|ca|accountant|loan\s+officer|family|parents|wife|husband)\b)|(?:property\s+|site\s+)?tours?|(?<=\b(?:a|the|another|one|his|her|their)\s+)showings?|walk-?throughs?|appointments?|inspections?|site\s+seeing|demo)\b(?<!\b(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|many|several|few|multiple)\s+(?:site[\s-]?)?(?:visits|meetings|viewings|tours|appointments))(?<!\bon\s+(?:a|an|his|her|their|the)\s+(?:\p{L}+\s+)?tours?)/iu;
const VISIT_VERB =
  /\b(?:schedule|scheduled|book|fix|arrange|set\s*up|setup|plan|organi[sz]e|line\s+up|slot|reschedule|prepone|postpone|put\s+in|pencil\s+in|take|add|create|keep|rakh|block)\b/i;
const VISIT_VERB_AFTER =
  /\b(?:schedule|book|fix|arrange|set\s*up|organi[sz]e|line\s+up|pencil\s+in|rakh|block)\s*(?:it|that|one|the\s+same|that\s+slot|the\s+slot)?\s*$/i;
const VISIT_CALLED_OFF =
  /\b(?:cancel(?:l?ed|s)?|call(?:ed)?\s+off|drop(?:ped)?)\s+(?:(?:his|her|their|the|a|today'?s|tomorrow'?s|\p{L}+'s|'s)\s+)?(?:site\s+)?$/iu;
/** "cannot come for the site visit", "won't be able to make it to the visit": the lead will not come. */
const VISIT_DECLINED =
  /\b(?:will\s+not|would\s+not|cannot|can'?t|can\s+not|could\s+not|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:come|make\s+it|attend|join|turn\s+up|show\s+up)\s+(?:for|to)?\s*(?:(?:the|his|her|their|a|today'?s|tomorrow'?s|\p{L}+'s)\s+)?(?:site\s+)?$/iu;
/** "… visit tomorrow at 11 is cancelled", "the appointment has been called off": said after the visit. */
const VISIT_CALLED_OFF_AFTER =
  /^\p{L}+(?:[\s-]\p{L}+)?\b[^.;,]{0,40}?\b(?:is|was|has\s+been|have\s+been|got|stands)\s+(?:now\s+)?(?:cancell?ed|called\s+off|off)\b/iu;
/** "site visit done", "the visit went well": said of a visit that has happened. */
// ("his site visit was on sunday at 11, it went fine", "the visit was yesterday": a visit said to have been,
// its time blanked before this is read.)
const VISIT_DONE =
  /^\p{L}+(?:[\s-]\p{L}+)?\s+(?:(?:is\s+|was\s+|got\s+|has\s+been\s+)?(?:done|completed|finished|over|happened|went|took\s+place)\b|(?:was|were)\s+(?:(?:on|at|in)\s+)?(?:yesterday|earlier|last\b|this\s+morning|(?=\s)))/iu;
/** "came for the site visit", "attended the meeting", "missed her appointment": a visit told as past. */
const VISIT_HAPPENED =
  /\b(?:came|(?:had|has|have)\s+(?:come|gone|been)|attended|went|did|completed|finished|missed|skipped|joined|showed\s+up|turned\s+up)\s+(?:(?:for|to|at)\s+)?(?:(?:the|his|her|their|our|a|today'?s|yesterday'?s)\s+)?(?:site\s+|property\s+)?$/i;
const CREATE_VERB =
  /\b(?:add|adding|create|creating|register|onboard|enrol|enroll|capture|enter|save|log|record|put\s+in|note\s+down)\b/i;
const LEAD_NOUN =
  /\b(?:leads?|prospects?|clients?|customers?|buyers?|enquiry|inquiry|enquiries|contacts?)\b/i;
const NEW_LEAD = /\bnew\s+(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact|entry)\b/i;
const NAME_CUE = /\b(?:name(?:\s+is)?|named|called)\b/i;
/**
 * A name and a known city, the phone blanked, after an opener that hands over one more lead — or with
 * where the lead came from said last ("rekha menon 98450 12345 mysore from facebook").
 */
const NAME_PLACE_ONLY = new RegExp(
  `^[\\s,.:-]*((?:\\p{L}+\\s+){0,2}?\\p{L}+)[\\s,]+(?:(?:from|in)\\s+)?(?:${KNOWN_CITY_PATTERN})(?:[\\s,]+(?:(?:from|via|through|on)\\s+)?(?:${SOURCE_PATTERN})(?:\\s+(?:lead|ad|ads|enquiry|listing))?)?[\\s,.]*$`,
  'iu',
);
/** The same as a list: "gopal das, satara, 98220 …" — the place a town of its own, between commas. */
const NAME_TOWN_FIELDS = new RegExp(
  `^[\\s,.:-]*((?:\\p{L}+\\s+){0,2}?\\p{L}+)\\s*[,;]\\s*(?:(?:from|in)\\s+)?((?:\\p{L}+\\s+){0,2}\\p{L}+)(?:\\s*[,;]\\s*(?:(?:from|via|through|on)\\s+)?(?:${SOURCE_PATTERN})(?:\\s+(?:lead|ad|ads|enquiry|listing))?)?[\\s,.]*$`,
  'iu',
);
function onlyNamePlacePhone(main: string): boolean {
  const said = main.replace(ONE_MORE, '');
  const fields = NAME_TOWN_FIELDS.exec(said);
  const town = fields?.[2] !== undefined && isTownField(fields[2]);
  const name = NAME_PLACE_ONLY.exec(said)?.[1] ?? (town ? fields?.[1] : undefined);
  return name !== undefined && leadingNameWords(name, 3) === name;
}

/** The words that name the phone, said before it: "number", "his mobile number is", "ph:". */
const PHONE_WORDS =
  /\b(?:(?:his|her|their|the)\s+)?(?:(?:mobile|cell|phone|contact|whatsapp)(?:\s+(?:number|no|num))?|number|num|mob|ph)(?:\s+is)?\s*[:.-]?(?=\s{4,}|\s*[,;]|\s*$)/gi;
/** The words that tell how a lead came, before its source: "messaged on …", "saw our ad on …". */
const SOURCE_TOLD_BY =
  /\b(?:messaged|texted|pinged|wrote|enquired|inquired|contacted\s+us|(?:saw|seen|found)\s+(?:us|our\s+(?:ad|advert|advertisement|post|listing|page)))(?=[\s,]*(?:$|,|\s{2,}))/gi;
/** A lead's source said last as a word of its kind: "…, facebook lead", "…, 99acres enquiry". */
const KIND_OF_LEAD_LAST = /(?:^|[\s,;])(?:lead|enquiry|inquiry|ad|listing)\s*[.]?\s*$/i;

/**
 * "kamala das, kothrud pune, 98123 41000", "ravi kumar from nagpur, number 98…, source facebook": a
 * record of a new lead said with no opening words — once the place (a locality with its city, or the
 * city), the source, the phone and the words naming them are set aside, nothing is left but a name.
 */
function onlyARecord(main: string): boolean {
  const said = main.replace(ONE_MORE, '');
  const place = extractCity(said);
  if (!place?.value) return false;
  const withoutPlace = blank(said, place.span);
  const source = extractSource(withoutPlace);
  // ("…, she saw our banner near the metro": a field of its own that tells the source goes with it; in
  // the name's own field, "konkona sen from surat messaged on whatsapp", only the words that tell it.)
  const fieldStart = source ? withoutPlace.lastIndexOf(',', source.span.start) + 1 : 0;
  const field = source
    ? fieldStart > 0
      ? {
          start: fieldStart,
          end: (withoutPlace.indexOf(',', source.span.end) + 1 || withoutPlace.length + 1) - 1,
        }
      : source.span
    : null;
  const rest = blank(withoutPlace, field)
    .replace(SOURCE_TOLD_BY, ' ')
    // ("shekhar gupta's number is …, he is from delhi": whose number, and who is from there.)
    .replace(/'s(?=\s+(?:(?:mobile|cell|phone|contact|whatsapp)\s+)?(?:number|num|no)\b)/gi, '')
    .replace(PHONE_WORDS, ' ')
    .replace(/(?:^|[\s,;])(?:he|she|they)(?:\s+(?:is|are|stays|lives|was))?\s*(?=[\s,;]*$|\s{2,})/gi, ' ')
    .replace(KIND_OF_LEAD_LAST, ' ')
    .replace(/[\s,;.:-]+/g, ' ')
    .trim();
  return rest !== '' && leadingNameWords(rest, 4) === rest && !isKnownPlace(rest);
}

/** "met mr ganesh iyer …": a person named in full after a title ("mr and mrs iyer" names a family). */
const TITLE = /\b(?:mr|mrs|ms|shri|smt)\.?\s+/giu;
function titledFullName(main: string): boolean {
  for (const title of main.matchAll(TITLE)) {
    const name = leadingNameWords(main.slice(title.index + title[0].length), 3);
    if (name && name.includes(' ')) return true;
  }
  return false;
}
const UPDATE_VERB = new RegExp(`\\b(?:${UPDATE_VERBS})\\b`, 'i');
/**
 * "move lead 123 to on hold": a target of the update verb's own clause — not one after "and" or a stop,
 * where another verb begins ("closed his shop and moved to nagpur").
 */
const OWN_TARGET_AFTER_VERB =
  /^(?:(?!\band\b)[^,.;])*?\b(?:to|as|into)\b|\b(?:on\s+(?:hold|ice|the\s+back\s*burner)|in\s+cold\s+storage)\b/i;
const STATUS_WORD = /\bstatus\b/i;
/** Status phrases that say an update on their own: "Rahul not interested", "Priya booked". */
const SELF_EVIDENT_STATUS =
  /\b(?:not|no longer|booking\s+(?:is\s+|has\s+been\s+)?done|fell\s+through|fallen\s+through|called\s+off|deal\s+is\s+off|interested|lost|won|booked|signed|converted|closed|dropped|backed|bought|purchased|paid|token|deal|finali[sz]ed|declined|rejected|cancell?ed|follow|call back|callback|cold|dead|keen|talks|negotiations?|negotiating|bargaining|haggling|shortlisted|positive|discussions?|discussing|transferred|received|progress|followup|inprogress)\b/i;
/** When a follow-up is, said last: "… next week", "… on monday", "… in two days", "… after diwali". */
const FOLLOW_UP_WHEN_LAST =
  /\s+(?:next\s+(?:week|month)|tomorrow|today|tonight|soon|later|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+(?:a|an|one|two|three|four|a\s+few|few|\d+)\s+(?:days?|weeks?|months?)|after\s+\p{L}+|this\s+(?:week|weekend|evening|month))\s*[.!]?\s*$/iu;
/** "mark him won", "put her in follow up": an update verb, its lead, then the status. */
const UPDATE_COMMAND = new RegExp(
  `\\b(?:${UPDATE_VERBS})\\s+(?:him|her|them|\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:as\\s+|to\\s+|in\\s+|into\\s+|on\\s+)?`,
  'iu',
);
/** "… she will decide after diwali, so follow up": a status said last, as what follows from a story. */
const CONCLUDED_STATUS =
  /(?:^|[\s,.;])(?:so|hence|therefore|which\s+means)\s+(?:(?:just|please|let'?s|let\s+us|we\s+(?:will|shall|should|can|need\s+to)|we'll|i\s+(?:will|shall|should)|i'll)\s+)*$/i;
/**
 * A later contact asked for by its verb: "call him after that", "ring her next month", "try him again",
 * "follow up after that".
 */
const CONTACT_ASKED =
  /^(?:call|ring|phone|ping|contact|try|get\s+back|follow[\s-]*up\s+(?:after|on|in|next|with|later|tomorrow|once|by))\b/i;
/** "Amit is not interested", "Priya has booked", "the Bansal deal is done". */
const STATE_VERB = /\b(?:is|are|was|has|have|had|got|just|now|already|finally|went|deal\s+is)\b/i;

/** A lead named in a story: "call with chandni chowdhury", "met ravi", "ravi sharma came …". */
const NAME_REF_IN = /^\s*\p{L}+\s+\p{L}+|\b(?:with|met|to|called|from)\s+\p{L}/iu;

/** Whether a name is the first thing said: "gopal krishna didn't pick up …". */
function opensWithName(text: string): boolean {
  const opening = leadingName(text, 3);
  return opening !== null && text.trimStart().toLowerCase().startsWith(opening.name.toLowerCase());
}

/**
 * "… and the cousin ", "… a buyer who ": somebody else made the subject of what follows, after the
 * sentence has begun ("the joshis chose …" opens with its subject).
 */
const NEW_SUBJECT = /\S\s+(?:(?:the|his|her|their|my|our|a|an|some|one)\s+\p{L}+|who|which|whose)\s+$/iu;

/** "manoj bajpayee and his brother ": the lead and a relation, the subject of what follows together. */
const JOINT_SUBJECT =
  /^\s*(?:\p{L}+\s+){1,3}(?:and|with)\s+(?:his|her|their)\s+(?:wife|husband|spouse|parents|family|father|mother|brother|sister|son|daughter|partner|kids|children|in-laws)\s*$/iu;

/** "… came to the office today and ": a deed told, joined by "and" to what follows. */
const DEED_AND = /\S\s+and\s+(?:(?:then|also|finally|even|later)\s+)*$/i;

/** "… on her behalf", "… for her": what the household did, done for the lead. */
const ON_BEHALF =
  /^\s*(?:on\s+(?:her|his|their)\s+behalf|for\s+(?:her|him|them)|in\s+(?:her|his|their)\s+names?)\b/i;
/** The people a lead decides with: "dev's wife called, they have dropped the idea". */
const HOUSEHOLD = /\b(?:wife|husband|spouse|parents|family|son|daughter|father|mother)\b/i;
/** "meena's husband ", "ravi's parents have ": the spouse or the parents as the subject of what follows. */
const SPOUSE_OR_PARENTS_SUBJECT =
  /'s\s+(?:wife|husband|spouse|parents|father|mother|in[\s-]?laws)\s+(?:(?:has|have|had|also|finally|just|already|today)\s+)*$/i;
/** What a relation did for the lead, who is then "him"/"her": "got him a discount", "helped her". */
const DONE_FOR_THE_LEAD =
  /\b(?:got|gave|helped|arranged|found|fixed)\s+(?:him|her|them)\b[^.;]*?\b(?:so|and|then)\s+(?:he|she|they)\s/i;
/** The money that books a home: the token, the booking amount, the advance. */
const BOOKING_MONEY = /\b(?:token|booking\s+(?:amount|money|advance|cheque)|advance)\b/i;
/** "meena's husband paid the token": the money to book, paid by the lead's spouse or parents. */
const paidByHousehold = (before: string, status: string) =>
  SPOUSE_OR_PARENTS_SUBJECT.test(before) && BOOKING_MONEY.test(status);
// ("… so the family has decided against it": the household said as one.)
const TOLD_BY_THEM =
  /\b(?:they|the\s+(?:whole\s+)?family|both\s+of\s+them)\s+(?:(?:have|has|had|are|is|were|was|also|finally|just|already|both|all)\s+)*$/i;

/**
 * A fact said right after a pronoun subject, or asked by one: "… and they paid", "… then she bought",
 * "… she asked me to call her after two weeks", "… she said call after the 20th".
 */
const TOLD_BY_PRONOUN =
  /\b(?:he|she|they)\s+(?:(?:have|has|had|also|finally|just|already)\s+)*(?:(?:asked|told|requested|wants|wanted)\s+(?:me|us)\s+to\s+|(?:said|says)\s+(?:to\s+)?)?$/i;

/** "… he is …", "… she liked …": a pronoun the subject of a part of a story. */
const PRONOUN_IN_STORY = /\b(?:he|she|they)\s+\p{L}/iu;

/** "… so he will ", "… and she is ": a pronoun made the subject of what follows. */
const PRONOUN_SUBJECT =
  /\b(he|she|they)\s+(?:(?:will|would|is|are|was|were|has|have|had|also|finally|just|already|now|still)\s+)*$/i;

const MALE_RELATION = /\b(?:son|brother|father|dad|husband|uncle|nephew)\b/i;
const FEMALE_RELATION = /\b(?:daughter|sister|mother|mom|wife|aunt|aunty|niece)\b/i;
/** A companion named in a story, outside the household: "with her friend", "the sister", "his colleague". */
const COMPANION = new RegExp(
  `\\b(?:the|his|her|their)\\s+(?:(?:close|best|old|own)\\s+)?(${RELATION})\\b`,
  'giu',
);
const HOUSEHOLD_RELATION =
  /^(?:wife|husband|spouse|parents|father|mother|dad|mom|family|in-?laws?|son|daughter|kids|children)$/i;

/**
 * "meena came with her friend and the friend liked it so much that she booked one": the "he"/"she"
 * right before the status may be the companion the story brought in after the lead — one outside the
 * household, whose gender does not rule the pronoun out — so the deed is not surely the lead's.
 */
function pronounMayBeCompanion(before: string): boolean {
  const pronoun = PRONOUN_SUBJECT.exec(before)?.[1]?.toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const companions = [...before.matchAll(COMPANION)].map((match) => (match[1] ?? '').toLowerCase());
  const last = companions[companions.length - 1];
  if (!last || HOUSEHOLD_RELATION.test(last)) return false;
  return pronoun === 'she' ? !MALE_RELATION.test(last) : !FEMALE_RELATION.test(last);
}

/** "came with his colleague waheeda rehman", "and her friend tina": a companion brought in by name. */
const NAMED_COMPANION = new RegExp(
  `\\b(?:with|and)\\s+(his|her)\\s+(?:(?:close|best|old|own)\\s+)?(?:${RELATION})\\s+((?:\\p{L}+\\s+)?\\p{L}+?)(?=\\s+(?:and|who|he|she|they)\\b|[,.;]|$)`,
  'iu',
);
/** "… and she wants", "… so he has": the pronoun made the subject of what the note comes to. */
const PRONOUN_AFTER = /\b(he|she)\s+(?!(?:and|or)\b)\p{L}/giu;

/**
 * "upendra rao came with his colleague waheeda rehman and she wants a visit …": after a companion
 * brought in by name, "she" is whoever it can be — the companion when "his" says the lead is a man
 * (and so for "he" after "her"); either of the two when nothing tells, which is asked.
 */
function companionSubject(text: string, lead: string | null): string | null {
  const companion = NAMED_COMPANION.exec(text);
  const name = companion?.[2];
  if (!companion || !name || !lead || isPronounReference(name) || leadingNameWords(name, 2) !== name)
    return null;
  const after = text.slice(companion.index + companion[0].length);
  const pronoun = [...after.matchAll(PRONOUN_AFTER)].pop()?.[1]?.toLowerCase();
  if (!pronoun) return null;
  const leadIsMan = companion[1]?.toLowerCase() === 'his';
  return (pronoun === 'she') === leadIsMan ? name : `${lead} or ${name}`;
}

/** Whether the "he"/"she" right before the status cannot be the one relation the story names. */
function pronounIsNotTheRelation(main: string, before: string): boolean {
  const pronoun = PRONOUN_SUBJECT.exec(before)?.[1]?.toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const male = MALE_RELATION.test(main);
  const female = FEMALE_RELATION.test(main);
  // ("meena's parents said no so she has dropped the plan": one person cannot be the parents.)
  if (!male && !female) return PLURAL_RELATION.test(main);
  return pronoun === 'she' ? male && !female : female && !male;
}
const PLURAL_RELATION =
  /\b(?:parents|in-?laws|kids|children|cousins|friends|relatives|neighbou?rs|colleagues)\b/i;

/** A relation of the lead's outside the household, wishing for a visit: "ravi's cousin also wants to …". */
const OTHERS_WISH =
  /\b\p{L}+'s\s+(?:(?:brother|sister)-in-law|cousin|friend|colleague|neighbou?r|brother|sister|uncle|aunt|aunty|relative|boss|cousins|friends|colleagues|tenants?|landlord|driver|secretary|assistant|employee|staff|maid|nephew|niece)\s+(?:also\s+|too\s+)?(?:wants?|would\s+like|will\s+(?:come|visit|see)|is\s+(?:coming|visiting)|plans?\s+to)\b/iu;

/** "… not 6 am", "…, not at 7": an hour said to be not the one meant. */
const DENIED_HOUR =
  /\bnot\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?(?!\s*(?:days?|weeks?|months?|lakhs?|crores?|bhk))\b/gi;
const blankOf = (phrase: string) => ' '.repeat(phrase.length);
const ON_HIS_BEHALF = /\bon\s+(?:his|her|their)\s+behalf\b/i;
/**
 * "wants a site visit for her colleague", "a viewing for his tenant": a visit for somebody of the lead's
 * who is not the household (a spouse, the parents or the children come for the lead) is theirs.
 */
const VISIT_FOR_OTHER =
  /\b(?:visits?|viewings?|tours?|appointments?|showings?)\s+for\s+(?:his|her|their)\s+(?:colleague|friend|tenant|neighbou?r|cousin|boss|relative|client|employee|maid|driver|uncle|aunt|aunty|brother|sister|nephew|niece|colleagues|friends|relatives)\b/i;

/** A name, a state verb, then a word for a state this CRM has no status for. */
const SAID_TO_BE_UNSUPPORTED = new RegExp(
  `^\\s*(?:\\p{L}+\\s+){1,3}(?:is|are|was|has\\s+been|is\\s+still|is\\s+now|kept)\\s+(?:(?:a|an|now|still|kept)\\s+)?${UNSUPPORTED_STATUS.source}` +
    // "jyotsna - on hold": typed as a name, a dash or colon, and the state alone.
    `|^\\s*(?:\\p{L}+\\s*){1,3}[-:]\\s*${UNSUPPORTED_STATUS.source}\\s*[.!]?\\s*$` +
    // "disha patani hot": said in two or three words, a name and the state alone.
    `|^\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s+${UNSUPPORTED_STATUS.source}\\s*[.!]?\\s*$` +
    // "… so the purchase is on hold", "her plans are paused": the lead's purchase in such a state.
    `|(?:\\b(?:the|his|her|their)|\\p{L}'s)\\s+(?:purchase|deal|booking|decision|plans?|buying)\\s+(?:is|are|was|has\\s+been|have\\s+been)\\s+(?:now\\s+|kept\\s+|put\\s+)?(?:on\\s+hold|paused|parked|on\\s+pause|pending|on\\s+ice|on\\s+the\\s+back\\s*burner|in\\s+cold\\s+storage)\\b`,
  'iu',
);

interface Candidate {
  intent: Exclude<Intent, 'UNKNOWN'>;
  position: number;
  strength: number;
}

/** Questions about the CRM ("what is the status of rohan") ask, they do not tell. */
const QUESTION = /^\s*(?:what|what's|whats|which|how|when|where|who|whose|why|is|are|does|did|do)\b/i;
/**
 * A clause that asks ("how many leads came from facebook", "show me tomorrow's visits", "is deepak
 * interested", "…?") writes nothing, unless it is a polite request ("can you add a lead …").
 */
// ("ask vineeta if she is still interested": a question to pass on, no news.)
const ASKS =
  /^\s*(?:(?:so|and|ok|okay|hey|hi|hello|also)[\s,]+)*(?:(?:please\s+)?(?:ask|check\s+with)\s+(?:[a-z]+\s+){1,3}?(?:if|whether)\s|should\s+(?:i|we)|shall\s+(?:i|we)|do\s+you\s+think|(?:can|could|will|would)\s+(?!you\b)(?:[a-z]+\s+){1,2}(?:come|visit|make\s+it|join)\b|what|what's|whats|which|how|when|where|who|whom|whose|why|show(?!\s+(?:the|a|our|him|her|them|(?!(?:me|us)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:the|a|our))\s+(?:(?!(?:and|or|on|at|for|to|with|visits?|list|leads?)\b)[a-z\d-]+\s+){0,4}?(?:flats?|shops?|site|plots?|villas?|units?|offices?|property|apartments?|house|showroom|club\s*house|amenities|towers?|bhk)\b)|list|(?:share|send|give|forward|mail|email)\s+(?:(?:me|us)\s+)?(?:the|a|all)\s+(?:(?:full|whole|complete|latest)\s+)?(?:list|details?|count|number|summary|report|names|numbers)\s+of|send\s+(?:me|us)|share\s+(?:me|us|with\s+(?:me|us))|tell\s+me|give\s+me|tell\s+(?:us\s+)?(?:the\s+)?(?:status|details?|number|update)|count|is|are|am|was|were|does|did|do|(?:has|have|had)(?!\s+(?:a|an|one|two|some|got|coffee|tea|chai|lunch|dinner|breakfast|drinks|meetings?|calls?|chats?|words?|talks?|discussions?|visitors?)\b)|any|(?:can|could|will|would)\s+you\s+(?:please\s+)?(?:tell|show|give|list|check|find|look\s+up|let\s+me\s+know))\b/i;
const POLITE_REQUEST =
  /^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)(?:add|create|book|schedule|mark|update|change|set|register|fix|arrange|put|move|make)\b/i;

const TAG_QUESTION =
  /\b(?:right|correct|na|naa|hai\s+na|isn'?t\s+(?:it|he|she)|is\s+it|no\s+na|yes\s+or\s+no|am\s+i\s+right)\s*[?.]?\s*$/i;

/**
 * A question in Hinglish: "kya" opening it ("kya ravi ka visit kal hai"), a question word ("kab",
 * "kitne", "kaun", "kaise", "kahan"), or "… kya hai" closing it ("mohan ka status kya hai"), before
 * words of time or address at most ("… kya hai abhi", "… kya hua abhi tak", "… kya hai bhai").
 */
const HINGLISH_ASKS =
  /^\s*kya\b|\b(?:kab|kitne|kitna|kitni|kaun|kaunsa|kaunse|kaise|kahan|kahaan|batao|bataiye|batana|bata\s+do|bolo)\b|\bkya\s+(?:(?:status|scene|update|plan|haal)\s+)?(?:hai|h|tha|hua|bola|boli|kaha)(?:[\s,]+(?:abhi|ab|aaj|tak|bhai|bhaiya|sir|ji|yaar|boss|now|today|currently))*\s*[?.]?\s*$/i;

const NAME_THEN_STATUS =
  /^\s*(?!(?:update|change|set|mark|move|put)\b)\p{L}+(?:\s+\p{L}+){0,2}(?:'s)?\s+(?:ka\s+|ki\s+)?status\s*[?.]?\s*$/iu;
/** "…, should i mark him lost", "do you think i should …": advice asked, anywhere in what is said. */
const ADVICE_ASKED =
  /\b(?:should|shall)\s+(?:i|we)\s+(?:(?:just|also|then)\s+)?(?:mark|put|move|update|change|set|book|schedule|close|make|add|create|drop|keep)\b|\bdo\s+you\s+think\b/i;

/**
 * "meena asked if the visit on saturday can be at the clubhouse", "he wanted to know whether the token
 * can wait", "called to check if the visit is still on": the lead's question passed on, which asks for
 * nothing (a wish to come said so — "asked if
 * she can come on sunday" — is the lead's wish, read as one).
 */
// ("asked what happens if she pays the token and backs out", "wanted to know how the refund works": a
// question of what, how, when or why passed on is no news either.)
const REPORTED_QUESTION =
  /\b(?:asked|asking|asks|enquired|inquired|enquiring|inquiring|wondering|wondered|(?:wants?|wanted|wanting)\s+to\s+know|to\s+(?:ask|check|confirm|find\s+out|know))\s+(?:(?:me|us|him|her|them)\s+)?(?:if|whether|what|how|when|why|where|which)\b(?!\s+(?:(?:time|day)\s+)?(?:he|she|they|we|i)\s+(?:can|could|may|might)\s+(?:come|visit|see|drop\s+by)\b)/i;

const REQUEST_AFTER_QUESTION =
  /(?:[,;.]|\bso)\s+(?:(?:so|then|and|please|just)\s+)*(?:book|schedule|fix|arrange|mark|update|put|move|add|create)\b/i;

function isQuestion(text: string): boolean {
  if (POLITE_REQUEST.test(text)) return false;
  // ("… asked if her parents can see it too, so book her for sunday at 5": a request said after it stands.)
  if (REPORTED_QUESTION.test(text) && !REQUEST_AFTER_QUESTION.test(text)) return true;
  // "eknath shinde status": a name and "status" alone asks what it is.
  if (NAME_THEN_STATUS.test(text)) return true;
  if (HINGLISH_ASKS.test(text) || ADVICE_ASKED.test(text)) return true;
  // "ganesh is interested right", "she booked na": a statement asked back for a yes is a question.
  return ASKS.test(text) || /\?\s*$/.test(text) || TAG_QUESTION.test(text);
}

/**
 * "anil is travelling and meena iyer has signed the agreement": a name made the subject of the status
 * after "and", "but" or a comma, when the sentence opened with someone else — the status is theirs.
 */
/** "told me", "said", "says", …: the words that pass news on. */
const REPORTING = String.raw`(?:told\s+(?:me|us)|said|says|informed\s+(?:me|us)|mentioned|confirmed)`;
/** "… has", "… is also": the words between a subject and the status said of it. */
const BEFORE_THE_STATUS = String.raw`(?:(?:has|have|had|is|are|was|were|also|just|finally|already|now)\s+)*$`;
const SUBJECT_BEFORE_STATUS = new RegExp(
  // ("… called and said meena is …": the connector may be followed by the words that pass news on.)
  String.raw`\S(?:(?:\s*[,;]\s*|\s+(?:and|but|while|whereas)\s+)(?:(?<reportedAfter>${REPORTING})\s+(?:that\s+)?)?|\s+(?<reported>${REPORTING})\s+(?:that\s+)?)(?<subject>(?:\p{L}+\s+)??\p{L}+)\s+${BEFORE_THE_STATUS}`,
  'iu',
);
function otherSubjectOf(before: string): string | null {
  const match = SUBJECT_BEFORE_STATUS.exec(before);
  const said = match?.groups?.subject;
  if (!said || leadingNameWords(said, 2) !== said || isPronounReference(said)) return null;
  if (isCommonEnglishWord(said.split(' ')[0] ?? '')) return null;
  const opening = subjectName(before);
  // ("vidya called about sushmita, she says sushmita has dropped the plan": after "she says", the name
  // passed on is the subject, whoever "she" is.)
  const reported = match?.groups?.reported ?? match?.groups?.reportedAfter;
  if (!opening || isPronounReference(opening)) return reported !== undefined ? said : null;
  return !sameFirstWord(opening, said) ? said : null;
}

/**
 * "vidya balan's friend waheeda rehman has booked …": a relation said with a name right before the
 * status is someone of their own — a lead, when the CRM knows them — not news of the first one's.
 */
const NAMED_RELATION_BEFORE_STATUS = new RegExp(
  String.raw`\b(?:${RELATION})\s+((?:\p{L}+\s+)??\p{L}+)\s+${BEFORE_THE_STATUS}`,
  'iu',
);
/** "jaya called on behalf of amitabh bachchan, he has paid the token": the one spoken for is the lead. */
const ON_BEHALF_OF = /\bon\s+behalf\s+of\s+/i;
function onBehalfOf(text: string): string | null {
  const cue = ON_BEHALF_OF.exec(text);
  const name = cue ? leadingNameWords(text.slice(cue.index + cue[0].length), 3) : null;
  return name && !isPronounReference(name) && !name.split(' ').every(isCommonEnglishWord) ? name : null;
}

function namedRelation(before: string): string | null {
  const name = NAMED_RELATION_BEFORE_STATUS.exec(before)?.[1];
  if (!name || isPronounReference(name) || leadingNameWords(name, 2) !== name) return null;
  return name.split(' ').every(isCommonEnglishWord) ? null : name;
}

/** "talks are on with ravi", "received the token amount from rashmi": the lead after the status. */
const LEAD_AFTER_STATUS = /^\s*(?:\p{L}+\s+){0,2}(?:with|from|for)\s+(?=\p{L})/u;

/** "call fatima back": the lead inside a follow-up said as a fact. */
const CALL_BACK_LEAD =
  /^(?:call|ring|ping|contact)\s+((?:\p{L}+\s+){0,1}\p{L}+?)\s+(?:back|again|after|next|later|in)\b/iu;
/** "handed over the keys to saif ali", "the villa to meena iyer": the lead named inside the home handed over. */
const KEYS_TO_LEAD =
  /\b(?:keys|flat|unit|villa|house|home|apartment|possession)\b.*?\bto\s+((?:\p{L}+\s+)?\p{L}+)$/iu;
/** "wants his token refunded": the money asked back — the lead may be backing out, which is asked. */
const TOKEN_BACK = /\b(?:back|refund(?:ed)?|returned?)\b/i;
/** "verifying sooni taraporevala's documents for the booking": the lead whose papers are checked. */
const PAPERS_OF_LEAD =
  /^(?:verifying|checking|processing|reviewing|vetting)\s+((?:\p{L}+\s+){0,2}?\p{L}+)'s\s+(?:kyc\s+)?(?:documents|papers|paperwork|kyc)\b/iu;
/** "deal with esha deol is done": the lead named inside a sale's fact. */
const DEAL_WITH_LEAD =
  /^(?:deal|booking|sale|purchase|registration|registry|(?:token|booking|advance)\s+(?:cheque|check|payment|amount|money|transfer))\s+(?:with|for|of)\s+((?:\p{L}[\p{L}'.-]*\s+){0,2}?\p{L}[\p{L}'.-]*?)(?:'s(?:\s+(?:new\s+)?(?:flat|unit|villa|house|home|plot|apartment|shop|office))?)?\s+(?:is|was|has\s+been|got|has|have|had|happened|done|completed|finished|over|through|went|gone|finally)\b/iu;

/** "check on gopal das again": the lead named inside a later contact. */
const CHECK_ON_LEAD = /^check\s+(?:back\s+)?(?:in\s+)?(?:with|on)\s+((?:\p{L}+\s+){0,2}?\p{L}+?)\s+again\b/iu;
/** "talks with ravi nair are going well": the lead named inside the talks. */
const TALKS_WITH_LEAD =
  /^(?:talks|discussions?|negotiations?)\s+with\s+((?:\p{L}+\s+){0,2}?\p{L}+?)\s+(?:is|are)\b/iu;
/** Facts that name their lead inside them. */
const LEAD_INSIDE_FACT = [CALL_BACK_LEAD, DEAL_WITH_LEAD, KEYS_TO_LEAD, CHECK_ON_LEAD, TALKS_WITH_LEAD];

/** "we lost …", "we finally won …": the speaker's side as the subject of a status verb. */
const WE_BEFORE = /^\s*(?:(?:so|and|ok|okay)\s+)*(?:we|i)\s+(?:(?:have|had|finally|just|already|also)\s+)*$/i;

/** "the lead with number 98…", "the client whose phone is …", "having mobile …": a lead named by its phone. */
const BY_PHONE = String.raw`(?:with|whose|having|on)\s+(?:the\s+)?(?:(?:phone|mobile|contact|cell)\s+)?(?:number|no\.?|phone|mobile)?\s*(?:is\s+)?`;
/** "book priya for thursday at 4": a booking verb with a time is a visit, said without the word. */
const BOOKING = new RegExp(
  String.raw`^\s*(?:(?:please|so|ok|okay|and|also|then|(?:can|could|would|will)\s+you(?:\s+please)?|let\s+us|lets|i\s+(?:want|need)\s+you\s+to|(?:we|you)\s+(?:need|have)\s+to|go\s+ahead\s+and)\s+)*(?:(?:today|tomorrow|day\s+after\s+tomorrow|(?:this\s+|next\s+|coming\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?(?:book|schedule|reschedule|rebook|postpone|prepone|fix|arrange|set\s+up|line\s+up|pencil\s+in|slot)\s+(?!(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact)\b(?!\s+(?:(?:id\s+|number\s+|no\.?\s+|#\s*)?(?:[0-9a-f]*\d|[a-f]{4,}(?![a-z\d]))|${BY_PHONE}(?:\+?\d|\s{3,}))))`,
  'i',
);
/**
 * A booking verb said last, as Hinglish puts it: "… kal 10 baje bulao", "… monday 4 baje fix karo";
 * "… on sunday at 11 so please book that", the story's visit asked for at its end; or "… so make it
 * [monday at 11]", the time moved to last.
 */
const BOOKING_LAST =
  /\s(?<!\b(?:might|may|will|would|should|could|can|shall|probably|maybe|to|he|she|they|i|we)\s+)(?:book|fix|schedule|arrange)(?:\s+(?:that|it|this|the\s+same))?\s*[.!]?\s*$|\b(?:so|then|please)\s+make\s+it\s*$/i;
const MAY_BOOK_LAST = /\b(?:book|fix|schedule|arrange|make\s+it)\b/i;
/** The words a time said first may start with: "at 4 pm tomorrow book ravi", "on monday at 11 fix anil". */
const TIME_FIRST =
  /^\s*(?:at|on|by|around|this|next|coming|today|tomorrow|day\s+after|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)/i;
/** A booking verb at the start, or right after a time said first ("at 4 pm tomorrow book ravi sharma"). */
function bookingAsked(text: string): boolean {
  if (BOOKING.test(text)) return true;
  // "bhanu ko kal subah das baje bulao" (read "bhanu tomorrow morning at 10 am book"): in Hinglish
  // order the booking verb comes last, after the lead and the time.
  if (MAY_BOOK_LAST.test(text)) {
    const said = findTimeMention(text);
    if (said && BOOKING_LAST.test(said.spans.reduce(blank, text))) return true;
  }
  if (!TIME_FIRST.test(text)) return false;
  const time = findTimeMention(text);
  if (!time || (time.spans[0]?.start ?? 1) > 0) return false;
  return BOOKING.test(time.spans.reduce(blank, text));
}
/** "book bhumi …": a booking verb followed by a person's name. */
function leadBooked(main: string): boolean {
  const booking = BOOKING.exec(main);
  return booking !== null && leadingNameWords(main.slice(booking[0].length), 3) !== null;
}

/**
 * "ok rohan sharma called, he wants to visit the site …, book it": a visit the story asks for; so is
 * "he wants to come back on monday at 4" (its time blanked where this is read), unlike "come back to us",
 * and "he will reach the site in two hours", "she will be at the site office by 4", "will be here at 5";
 * so is a day the lead "can do" or "can make it" ("can do wednesday at 10"; not "can do the paperwork").
 */
const VISIT_ASKED =
  /\b(?:(?:will|shall|(?:wants?|wanted|would\s+like|plans?|planning)\s+to)\s+(?:drop|stop|swing|pop)\s+(?:by|in|over)|(?:wants?|wanted|would\s+like|plans?|planning)\s+to\s+come|(?:will|can|could|may|might)\s+(?:only\s+|also\s+|definitely\s+|surely\s+|easily\s+|both\s+|all\s+)?come|(?:is|are)\s+coming|(?:asked|asking)\s+(?:if|whether)\s+(?:he|she|they)\s+(?:can|could|may)\s+come|(?:wants?|wanted|would\s+like|asked\s+for|asking\s+for|needs?)\s+(?:another|(?:one|1)\s+more|a\s+second|a\s+repeat)\s+(?:site\s+)?visit|(?:wants?|wanted|would\s+like|asked|asking)\s+to\s+(?:reschedule|postpone|prepone|shift|move)\b(?!\s+(?:the\s+)?(?:payment|booking|registration|decision|purchase)))(?:\s+(?:over|down|by))?(?!\s+(?:back(?!\s{2,}|\s*$|\s+(?:on|at|tomorrow|today|tonight|next|this|again|to\s+(?:the\s+|our\s+)?(?:site|project|flat|office)|with\s+(?:his|her|their)\s+(?:wife|husband|parents|family|father|mother|kids|children|in-laws|brother|sister)))|to\s+(?:pay|sign|give|collect|know|terms)))\b|\b(?:(?:wants?|wanted|would\s+like|asked|asking|plans?|planning)\s+to|(?:is|are|will\s+be)\s+coming\s+(?:over\s+)?to|will\s+come\s+(?:over\s+)?(?:(?:on|at|by)\s+)?to|asking\s+(?:if|whether)\s+(?:he|she|they)\s+can|(?:he|she|they)\s+(?:can|could)\s+come\s+and)\s+(?:come\s+(?:and\s+|over\s+(?:to\s+|and\s+)?|to\s+)?)?(?:visit|see|view|check\s+out|look\s+at|inspect|tour)\b|\b(?:will|would|is|are|to)\s+(?:be\s+)?(?:come|coming)\s+(?:over\s+)?(?:to|for)\s+(?:the\s+|our\s+)?(?:site|project|sample\s+flat|office|property)\b|\b(?:will|would|'ll|is|are|to)\s+(?:reach|reaching|arrive\s+at|arriving\s+at|be\s+at)\s+(?:the\s+|our\s+)?(?:site|project|sample\s+flat|show\s+flat|(?:site\s+|sales\s+)?office|property)\b|\b(?:will|would|'ll)\s+(?:(?:be|reach|arrive|get)\s+here|(?:reach|get)\s+there)\b|\b(?:can|could)\s+(?:only\s+|also\s+|easily\s+)?(?:do|make\s+it|manage)(?:\s+(?:to|at)\s+(?:the\s+|our\s+)?(?:site|project|sample\s+flat|office|property))?(?=\s*(?:[,.;!]|$)|\s{2,}|\s+(?:on|at|this|next|coming|tomorrow|today|tonight|day\s+after|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|afternoon)\b)/i;
/** "any day after 6 pm", "whenever he is free": said instead of a day. */
const VAGUE_DAY = /\b(?:any\s*(?:day|weekday)|whenever|some\s*day|one\s+of\s+these\s+days)\b/i;
/** "show the shop to arun tomorrow at 12": a home shown to a lead at a time is a visit. */
const HOME_SHOWN =
  /\b(?:show|showing)\s+(?:(?!(?:him|her|them|us|me)\b)[a-z]+(?:\s+[a-z]+)?\s+)?(?:the|a|our)\s+(?:(?!(?:and|or|on|at|for|to|with)\b)[a-z\d-]+\s+){0,4}?(?:flats?|shops?|site|plots?|villas?|units?|offices?|property|apartments?|house|office\s+space|showroom|club\s*house|amenities|towers?|bhk)\b/i;
/** A home a lead may come to see — not its photos, brochure or price. */
const HOME_SEEN =
  '(?:the|a|our)\\s+(?:(?:sample|model|show|new|corner|ready)\\s+)?(?:flats?|site|plots?|villas?|units?|property|apartments?|house|project|shops?|offices?|(?:\\d+|one|two|three|four|five)\\s*bhk)\\b(?!\\s+(?:photos?|pictures?|pics|videos?|brochures?|plans?|layouts?|floor\\s+plans?|details|prices?|rates?|documents?|papers))';
/**
 * "ravi wants to visit the site", "she will visit", "anil will see the flat": a visit asked for, which
 * needs no time to be one.
 */
const VISIT_WISHED = new RegExp(
  `\\b(?:wants?|wanted|would\\s+like|asked\\s+for|asking\\s+for)\\s+(?:a|another|one\\s+more)\\s+(?:second\\s+|quick\\s+|closer\\s+|final\\s+|last\\s+)?look\\s+at\\s+${HOME_SEEN}|` +
    `\\b(?:(?:wants?|wanted|would\\s+like|plans?|planning|asked|asking|keen|(?:now\\s+)?ready)\\s+to|will|shall|(?:is|are|am)\\s+going\\s+to)\\s+(?:come\\s+(?:and\\s+)?)?(?:visit\\b|(?:see|view|check\\s+out|look\\s+at)\\s+${HOME_SEEN}|` +
    // "wants to come over the weekend", "will come down sometime next week": a loose day, asked.
    `(?:come|drop\\s+(?:by|in))(?:\\s+(?:over|down|by|across|again))?(?:\\s+(?:some\\s*time|sometime))?\\s+(?:(?:this|the|next|coming)\\s+(?:weekend|week)|on\\s+the\\s+weekend)\\b)`,
  'i',
);
/** "wants a site visit", "asked for a tour": a visit asked for by its noun, with or without a time. */
const VISIT_REQUESTED =
  /\b(?<!\bnot\s)(?:wants?|would\s+like|needs?|asked\s+for|asking\s+for|requested|requests)\s+(?:a|an|one|another|(?:one|1)\s+more|a\s+second|a\s+third|a\s+repeat)\s+(?:site\s+)?(?:re-?visit|visit|viewing|tour|meeting|appointment)\b/i;
/** The name right before a fact, when the story named that person before: "… at the expo esha ". */
function namedSubject(before: string): boolean {
  const name = trailingNameWords(before, 2);
  return name !== null && !isPronounReference(name) && namedEarlier(before, name);
}

/** A visit wished for by its subject: "feroze wants a visit", "anil will come", "meena is coming". */
const WISH_VERB =
  /\s(?:wants?|would\s+like|needs?|asked\s+for|is\s+coming|will\s+come|will\s+visit|plans?\s+to\s+(?:come|visit))\b/gi;

/** The name said right before the last wish for a visit, when it names again someone the story named. */
function wisherOf(main: string): string | null {
  const wishes = [...main.matchAll(WISH_VERB)];
  const last = wishes[wishes.length - 1];
  if (!last) return null;
  const before = main.slice(0, last.index);
  const name = trailingNameWords(before, 3);
  if (!name || isPronounReference(name)) return null;
  // ("alia is done, now bobby simha wants to see the flat …": a name that opens a part of its own;
  // "meena told me ravi will visit …": a name passed on by the one who told it.)
  const leadUp = before.slice(0, before.toLowerCase().lastIndexOf(name.toLowerCase()));
  return namedEarlier(before, name) || PART_OPENS_BEFORE.test(leadUp) || REPORTED_BEFORE.test(leadUp)
    ? name
    : null;
}
const PART_OPENS_BEFORE = /\S\s*(?:[,;.]\s*|\s(?:and|but|while|whereas|now)\s+)(?:(?:now|then|also)\s+)?$/i;

/** "met esha gupta and feroze … esha …": the name's first word was said before, as a name of the story. */
function namedEarlier(before: string, name: string): boolean {
  const first = name.toLowerCase().split(/\s+/)[0] ?? '';
  const at = before.toLowerCase().lastIndexOf(name.toLowerCase());
  return first.length > 1 && at > 0 && wordsPattern(first).test(before.slice(0, at));
}

const sameFirstWord = (a: string, b: string) =>
  a.toLowerCase().split(/\s+/)[0] === b.toLowerCase().split(/\s+/)[0];

/** "… is back in town, book her for sunday at 11": a booking of the lead the report is about. */
const BOOK_PRONOUN =
  /\b(?:book|schedule|fix|arrange|pencil\s+in|slot|line\s+up|set\s+up)\s+(?:him|her|them)\b|\bput\s+(?:him|her|them)\s+down\s+for\b|\b(?:book|schedule|fix|arrange|set\s+up|plan)\s+(?:that|it|this|one)\s+(?:for|on)\b/i;
/**
 * "wants to bring his wife on sunday at 11", "wants her parents to see it on saturday at 5": the family
 * brought, or sent, at a time comes to see the home.
 */
const FAMILY_BROUGHT =
  /\b(?:(?:(?:wants?|wanted|would\s+like|plans?|planning|asked|keen)\s+to|will|shall|(?:is|are|am)\s+going\s+to)\s+bring|(?:is|are)\s+bringing)\s+(?:his|her|their)\s+(?:wife|husband|spouse|parents|family|father|mother|brother|sister|son|daughter|partner|kids|children|in-laws)\b|\b(?:wants?|wanted|would\s+like)\s+(?:his|her|their)\s+(?:wife|husband|spouse|parents|family|father|mother|brother|sister|son|daughter|partner|kids|children|in-laws)\s+to\s+(?:see|visit|check|look\s+at)\b|\b(?:(?:wants?|wanted|would\s+like|plans?|planning)\s+to|will|shall)\s+come\s+(?:back\s+|again\s+)?(?:here\s+)?with\s+(?:his|her|their)\s+(?:wife|husband|spouse|parents|family|father|mother|brother|sister|son|daughter|partner|kids|children|in-laws)\b/i;
/**
 * "book a cab for ravi tomorrow at 9", "book ravi's train tickets": a ride, a ticket or a room booked for a
 * lead is no visit.
 */
const BOOKED_OTHER =
  /\b(?:book|booked|booking|arrange|arranged|get|send|sent)\s+(?:a|an|the|one|his|her|their|(?:\p{L}+\s+){0,2}\p{L}+'s)\s+(?:(?:train|flight|bus|air|movie|return|hotel)\s+)?(?:cabs?|taxis?|cars?|autos?|rides?|tickets?|tables?|hotels?|rooms?|flights?|trains?|bus|buses|drivers?|uber|ola)\b/iu;

/** "the cab for ravi is booked", "his train tickets were booked": a thing booked, said passively. */
const THING_BOOKED =
  /\b(?:cabs?|taxis?|cars?|autos?|rides?|tickets?|tables?|hotels?|rooms?|flights?|trains?|bus|buses|drivers?|uber|ola|pick-?up|drop)\b[^.;,]{0,40}?\b(?:is|was|are|were|has\s+been|have\s+been|got)\s+(?:booked|arranged|confirmed|done)\b|\b(?:booked|arranged|called|sent|fixed)\s+(?:a|an|the)\s+(?:cab|taxi|car|auto|ride|ticket|table|hotel|room|flight|train|bus|driver|uber|ola|pick-?up|drop)\b(?![^.;]*\b(?:site\s+)?visit\b)/i;
/**
 * "my colleague will visit ravi's office", "i will go to meena's house on monday": our side going to
 * the lead's place is no site visit by the lead.
 */
const WE_VISIT_THEIR_PLACE =
  /\b(?:i|we|my\s+(?:colleague|manager|boss|team)|our\s+(?:team|colleague|manager|executive|agent))\s+(?:will|shall|would|am\s+going\s+to|are\s+going\s+to|have\s+to|need\s+to|must)\s+(?:visit|go\s+to|meet\s+\p{L}+\s+at)\s+(?:\p{L}+\s+){0,3}?\p{L}+'s\s+(?:office|home|house|place|shop|flat|residence|clinic|factory)\b/iu;

/** The people of a story: "met a guy today, …", "got a call from a lady named …". */
const STORY =
  /\b(?:met|spoke\s+(?:to|with)|talked\s+(?:to|with)|got\s+(?:a\s+)?call\s+from|call\s+from|(?:got|received|had|have)\s+(?:a\s+|an\s+)?(?:dm|message|msg|text|mail|email|e-mail|ping)\b|(?:gave|shared|sent|passed\s+on)\s+(?:me|us)\s+the\s+(?:number|contact|details)\s+of\b|(?:an?\s+)?(?:enquiry|inquiry)|walk[\s-]?ins?\b|walked\s+in|referred|gave\s+(?:me|us)\s+(?:a\s+|one\s+)?(?:reference|referral|lead)|(?:got|received|have|had)\s+(?:a|an|one)\s+(?:new\s+)?(?:reference|referral)\b|came\s+(?:by|over|in|to)|dropped\s+(?:by|in)|(?:a|an|one|this)\s+(?:\p{L}+\s+){0,2}(?:gentleman|lady|guy|couple|family|man|woman|person))\b/iu;
/** Interest in a home of ours: "is interested in our project", "are very interested in the 3 bhk". */
const INTEREST_IN_A_HOME =
  /\b(?:is|are)\s+(?:also\s+|very\s+|really\s+)*interested\s+in\s+(?:(?:our|the|a|an|your)\s+)?(?:[\p{L}\d]+\s+){0,2}?(?:project|flats?|villas?|plots?|apartments?|property|homes?|house|bhk|units?|township)\b/iu;
/** "wants a 2 bhk", "is looking for a villa", "she is also looking": the home a buyer is after. */
const WANTS_HOME =
  /\b(?:wants?|wanted|needs?|needed|looking\s+for|searching\s+for|interested\s+in|requires?)\s+(?:(?:a|an|one|some)\s+)?(?:[\p{L}\d]+\s+){0,3}(?:flats?|bhk|villas?|plots?|apartments?|house|home|units?|penthouse|row\s*house|property|shop|office\s+space)\b|\b(?:is|are)\s+(?:also\s+)?(?:looking|house\s+hunting|in\s+the\s+market)(?:\s+to\s+buy)?\b|\b(?:asked|asking)\s+(?:for|about)\s+(?:the\s+)?(?:details|price|prices|rates|brochure|availability)\b|\b(?:enquired|inquired)\b|\b(?:wants?|wanted|plans?|planning|hopes?|hoping|looking)\s+to\s+(?:buy|invest|purchase)\s+(?:in|at|near|around)\b/iu;
/** Every lead at once is not something one transcript may do. */
const BULK =
  /\b(?:every|all|each|sab|sabhi|saare|sare|saari|sari)\s+(?:(?:the|my|of\s+the|of\s+my)\s+)?(?:leads?|clients?|customers?|prospects?|visits?)\b|\ball\s+of\s+them\b|\beveryone\b/i;
/**
 * "his number has changed to …", "update meena's email", "change the address of anil": a contact
 * detail of a lead, which no request here can change; it is never read as a status or a new lead.
 */
const CONTACT_CHANGE =
  /\b(?:number|phone|mobile|email|e-mail|address)\s+(?:(?:has|is|was|got)\s+)?(?:been\s+)?(?:changed|updated)\b|\b(?:change|update|correct|modify|edit)\s+(?:(?:his|her|their|the)\s+|(?:\p{L}+\s+){0,2}\p{L}+'s\s+)?(?:(?:phone|mobile|contact)\s+)?(?:number|phone|mobile|email|e-mail|address)\b/iu;

const REMINDED_VISIT = /\b(?:remind|reminder|reminders)\b[^.;]{0,60}?\b(?:visit|meeting|appointment)s?\b/i;
const OWN_SCHEDULE =
  /\b(?:all\s+)?(?:my|our)\s+(?:(?:site|other|pending)\s+)?(?:visits|appointments|meetings)\b/i;
const WON_HEARD_AS_ONE =
  /\b(?:has|have|had|finally|just)\s+(?:one|1)\s+(?:the|this|that|our)\s+(?:deal|booking|sale)\b/i;

/**
 * "so no visits", "not taking any site visits this week": visits said not to happen; "didn't turn up
 * for the visit today", "missed her site visit": one that did not happen; "booked a car for her visit
 * on friday": a ride to a visit already set, no visit asked for.
 */
/** A rival's: "another builder", "a different project", "the competitor's site". */
const RIVAL_PLACE = String.raw`(?:another|a\s+different|some\s+other|other|a\s+rival|the\s+rival|rival|a\s+competitor'?s?|the\s+competitor'?s?)\s+(?:builder|developer|project|site|society|township|tower)s?\b`;
/**
 * Visits of no booking here: a cab booked for one, "no visits", a visit missed — and one with another
 * builder or at a rival's project ("has a visit with another builder on friday", "is seeing a different
 * project tomorrow").
 */
const NO_VISITS = new RegExp(
  String.raw`\b(?:site\s+)?visits?\s+(?:with|to|at|of)\s+${RIVAL_PLACE}|\b(?:visiting|seeing|checking\s+out|touring|sees|visits|will\s+see|will\s+visit|to\s+see|to\s+visit)\s+${RIVAL_PLACE}|` +
    /\b(?:booked|arranged|sent|called|got|fixed)\s+(?:a|an|the)\s+(?:cab|taxi|car|auto|ride|driver|uber|ola|pick-?up)\s+for\s+(?:his|her|their|the)\s+(?:site\s+)?visit\b|\bno\s+(?:more\s+)?(?:site\s+)?visits?\b|\bnot\s+(?:taking|doing|having|allowing)\s+(?:any\s+)?(?:site\s+)?visits?\b|\b(?:(?:didn'?t|did\s+not|never)\s+(?:turn|show)\s+up\s+for|missed|skipped)\s+(?:the|his|her|their|today'?s|yesterday'?s)\s+(?:site\s+)?visit\b/
      .source,
  'gi',
);

function intentCandidates(said: string, hasPhone: boolean, hasTime: boolean): Candidate[] {
  // (Blanked, not removed: every place found below is a place in what was said.)
  const main = said.replace(NO_VISITS, (phrase) => ' '.repeat(phrase.length));
  if (BULK.test(main) || CONTACT_CHANGE.test(main)) return [];
  // "how do i add a lead": a question about the bot, not a request, unless it carries the details.
  if (
    /^\s*(?:how|what|why|where|can\s+i|could\s+i)\b/i.test(main) &&
    !hasPhone &&
    !hasTime &&
    /\b(?:how|what|why|where)\b.*\b(?:do|does|can|should|is|are)\s+(?:i|you|we)\b/i.test(main)
  )
    return [];
  // "i am on leave tomorrow so please handle my visits": the speaker's own schedule is no booking; nor is
  // a reminder of a visit ("remind ravi about his visit tomorrow"), which this bot cannot send.
  if (OWN_SCHEDULE.test(main) || REMINDED_VISIT.test(main) || WE_VISIT_THEIR_PLACE.test(main)) return [];
  const candidates: Candidate[] = [];
  // "kavita has one the deal": "won" heard as "one"; the update is asked about.
  const wonAsOne = WON_HEARD_AS_ONE.exec(main);
  if (wonAsOne) candidates.push({ intent: 'LEAD_UPDATE', position: wonAsOne.index, strength: 2 });
  const visitNoun = firstIndex(main, VISIT_NOUN);
  const bookedOther = BOOKED_OTHER.test(main);
  if (
    visitNoun < 0 &&
    hasTime &&
    !bookedOther &&
    (BOOKING.test(main) ||
      BOOKING_LAST.test(main) ||
      BOOK_PRONOUN.test(main) ||
      VISIT_ASKED.test(main) ||
      HOME_SHOWN.test(main) ||
      VISIT_WISHED.test(main) ||
      FAMILY_BROUGHT.test(main))
  )
    candidates.push({ intent: 'VISIT_SCHEDULE', position: 0, strength: 3 });
  // "the cab for ravi is booked for monday": the booking of a thing is no sale, and no status.
  const thingBooked = THING_BOOKED.test(main);
  const status = findStatusPhrase(
    main
      .replace(/\bnew\s+(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact)\b/gi, (m) =>
        ' '.repeat(m.length),
      )
      .replace(THING_BOOKED, (m) => ' '.repeat(m.length)),
  );
  if (thingBooked && !status) return [];
  // "met six clients, nothing closed", "nobody booked today": a status of no one.
  if (status?.negated && /^(?:nothing|nobody|no\s+one|none)\b/i.test(main.slice(status.start))) return [];
  // "mumtaz is interested in our project, lives in kochi, 98…": interest told with a number and where
  // the person lives is a new lead, not the status of one.
  const interest = hasPhone && status?.status === 'IN_PROGRESS' ? INTEREST_IN_A_HOME.exec(main) : null;
  if (
    interest &&
    status &&
    status.start >= interest.index &&
    status.start < interest.index + interest[0].length &&
    visitNoun < 0 &&
    !UPDATE_VERB.test(main) &&
    SAYS_A_CITY.test(main)
  )
    return [{ intent: 'LEAD_CREATE', position: 0, strength: 2 }];
  // "meena iyer on monday at 4": a lead and a time, nothing else, is a visit dictated (what was blanked
  // as no visit, "booked a cab for the visit", is something else said).
  if (hasTime && visitNoun < 0 && !status && onlyANameBesides(said))
    candidates.push({ intent: 'VISIT_SCHEDULE', position: 0, strength: 2 });
  // "book bhumi whenever she is free", "she wants to see the flat this weekend": a booking or a
  // visit wished for, said without its time; the answer asks when.
  if (
    visitNoun < 0 &&
    !hasTime &&
    !status &&
    !bookedOther &&
    // (A number of rooms is no number of a time or a phone: "wants to see a 3 bhk".)
    !/\d/.test(main.replace(/\b\d+\s*bhk\b/gi, ' ')) &&
    (leadBooked(main) || VISIT_WISHED.test(main))
  )
    candidates.push({ intent: 'VISIT_SCHEDULE', position: 0, strength: 1 });

  // "girija site visit done today": a visit that happened is no booking.
  // "paresh cancelled his visit": a visit called off is no booking either (cancelling is not supported);
  // nor is one the lead cannot come for.
  const calledOff =
    visitNoun >= 0 &&
    (VISIT_CALLED_OFF.test(main.slice(0, visitNoun)) ||
      VISIT_DECLINED.test(main.slice(0, visitNoun)) ||
      VISIT_CALLED_OFF_AFTER.test(main.slice(visitNoun)));
  const verb = visitNoun >= 0 ? firstIndex(main.slice(0, visitNoun), VISIT_VERB) : -1;
  // "harsh came for the site visit yesterday": a report, unless a booking is asked after it.
  const happened =
    visitNoun >= 0 &&
    verb < 0 &&
    VISIT_HAPPENED.test(main.slice(0, visitNoun)) &&
    !VISIT_VERB.test(main.slice(visitNoun)) &&
    // "… came for a visit yesterday, he wants to come again on monday at 4": a visit asked after it.
    !(hasTime && VISIT_ASKED.test(main.slice(visitNoun)));
  if (visitNoun >= 0 && !calledOff && !happened && !VISIT_DONE.test(main.slice(visitNoun))) {
    // "bhavesh wants a site visit, please arrange": the booking verb said after the visit; "ravi wants
    // to visit the site": a visit asked for, whose time the answer asks.
    if (
      verb >= 0 ||
      hasTime ||
      VISIT_VERB_AFTER.test(main.slice(visitNoun)) ||
      VISIT_WISHED.test(main) ||
      VISIT_REQUESTED.test(main)
    ) {
      candidates.push({
        intent: 'VISIT_SCHEDULE',
        position: verb >= 0 ? verb : visitNoun,
        strength: verb >= 0 && hasTime ? 3 : 2,
      });
    }
  }

  const updateVerb = firstIndex(main, UPDATE_VERB);
  const statusWord = firstIndex(main, STATUS_WORD);
  // "… gave us the booking cheque so please mark him won": a command said after the story.
  const command = UPDATE_COMMAND.exec(main);
  if (status && command && findStatusPhrase(main.slice(command.index + command[0].length))?.start === 0) {
    candidates.push({ intent: 'LEAD_UPDATE', position: command.index, strength: 3 });
  } else if (status) {
    const before = main.slice(0, status.start);
    const contactAsked = status.status === 'FOLLOW_UP' && CONTACT_ASKED.test(main.slice(status.start));
    if (updateVerb >= 0 && updateVerb < status.start) {
      candidates.push({ intent: 'LEAD_UPDATE', position: updateVerb, strength: 3 });
    } else if (updateTarget(main)) {
      // "Amit is a hot lead now, set him to in progress": the verb points at the status.
      candidates.push({ intent: 'LEAD_UPDATE', position: 0, strength: 3 });
    } else if (statusWord >= 0 && !QUESTION.test(main)) {
      candidates.push({ intent: 'LEAD_UPDATE', position: statusWord, strength: 3 });
    } else if (
      // A phrase of several words ("confirmed the booking", "under discussion") says what it means.
      (status.fact ||
        SELF_EVIDENT_STATUS.test(main.slice(status.start, status.end)) ||
        /\S\s+\S/.test(main.slice(status.start, status.end).trim())) &&
      !CREATE_VERB.test(before) &&
      (STATE_VERB.test(before.slice(-30)) ||
        // "… so follow up with her on monday": what a story comes to, with a few words after it.
        (CONCLUDED_STATUS.test(before) && main.slice(status.end).trim().split(/\s+/).length <= 6) ||
        // "suresh came to the office today and they paid the token amount": a fact told of the
        // story's own people (news of a relation is refused where the lead is read: onlyAsRelationOf).
        (status.fact && TOLD_BY_PRONOUN.test(before)) ||
        // "govind is moving to bhopal for work so he will not be buying here": a status of several words
        // said of "he"/"she", in a story that opens with the lead.
        (/\S\s+\S/.test(main.slice(status.start, status.end).trim()) &&
          PRONOUN_SUBJECT.test(before) &&
          opensWithName(before) &&
          !NEW_SUBJECT.test(before)) ||
        // "leela samson came to the office today and paid the token amount": one deed of the lead
        // and, joined to it, a fact of a status; the lead is the one the sentence opens with.
        // ("spoke to rekha she is comparing with a project in baner and will decide by next week": a
        // story that named the lead ("spoke to", "met"), its subject said again as "she".)
        (status.fact &&
          DEED_AND.test(before) &&
          (opensWithName(before) || (NAME_REF_IN.test(before) && PRONOUN_IN_STORY.test(before)))) ||
        // "meena iyer came with an offer of 80 lakhs talks are going on": a story that opens with the
        // lead and ends with a fact of a status, said without a stop between them.
        (status.fact &&
          /^\s*[.!]?\s*$/.test(main.slice(status.end)) &&
          opensWithName(before) &&
          !NEW_SUBJECT.test(before)) ||
        // "ishita roy: follow up", "meera, follow up": a name, a colon or comma, then the status.
        (/^\s*[\p{L}\d\s'.-]{2,40}[:,]?\s*$/u.test(before) && !NEW_SUBJECT.test(before)) ||
        // "manoj and his brother are still discussing …": the lead and the family together.
        JOINT_SUBJECT.test(before) ||
        // "ravi's wife did not like the view so the family has decided against it": the household said
        // as one, in a story that opens with the lead.
        (status.fact &&
          /\bthe\s+(?:whole\s+)?family\s/i.test(before) &&
          TOLD_BY_THEM.test(before) &&
          opensWithName(before)) ||
        // "meena's husband paid the token": the money to book, paid by the lead's household.
        (status.fact &&
          paidByHousehold(before, main.slice(status.start, status.end)) &&
          opensWithName(before)) ||
        // "met esha gupta and feroze … esha paid the token": a fact of someone the story named, said again.
        (status.fact && namedSubject(before)) ||
        // "had a long call with chandni, she is comparing with godrej, still in discussion": a story
        // about a lead that ends with a state said alone, as its last part.
        (/[,.;]\s*(?:(?:so|and|but|still|now|currently|overall|basically)\s+)*$/i.test(before) &&
          /^\s*(?:(?:now|for\s+now|as\s+of\s+now)\s*)?[.!]?\s*$/i.test(main.slice(status.end)) &&
          NAME_REF_IN.test(before)) ||
        // "gopal didn't pick up today, third time, try again next week", "…, will try again tomorrow":
        // a report that opens with the lead, then a later contact asked for as a part of its own.
        // Said without a stop, the later contact is asked for by its verb ("… till the 15th call him
        // after that", "… in the hospital try him again next week").
        (status.status === 'FOLLOW_UP' &&
          ((status.fact &&
            /[,.;]\s*(?:(?:i|we)\s+)?(?:will|shall|need\s+to|have\s+to|should)?\s*$/i.test(before)) ||
            contactAsked) &&
          opensWithName(before)) ||
        // "spoke to kavya … call after 2 months": a later call asked for last, in a story that named the
        // lead ("spoke to", "met", "with") wherever it began.
        (contactAsked &&
          main.slice(status.end).trim().split(/\s+/).length <= 4 &&
          NAME_REF_IN.test(before)) ||
        // "call fatima back after diwali", "talks are on with ravi": the status said first.
        (before.trim() === '' &&
          (status.fact ||
            /^\s*(?:\p{L}+\s+){0,2}(?:with|from|for)\s+\p{L}/u.test(main.slice(status.end)) ||
            // "won deepak rao": the status, then only the lead's name ("follow up deepak rao next
            // week": a follow-up's when after it).
            isOnlyAName(main.slice(status.end)) ||
            (status.status === 'FOLLOW_UP' &&
              isOnlyAName(main.slice(status.end).replace(FOLLOW_UP_WHEN_LAST, ''))))))
    ) {
      candidates.push({ intent: 'LEAD_UPDATE', position: Math.max(0, before.search(/\S/)), strength: 2 });
    }
  } else if (
    (updateVerb >= 0 && OWN_TARGET_AFTER_VERB.test(main.slice(updateVerb))) ||
    (statusWord >= 0 && !QUESTION.test(main)) ||
    (UNSUPPORTED_STATUS.test(main) && LEAD_NOUN.test(main)) ||
    // "raghav is on hold", "sohail is pending": a state no status of this CRM names; the answer asks.
    SAID_TO_BE_UNSUPPORTED.test(main)
  ) {
    // "move lead 123 to on hold": an update whose status is not one we know; validation says so.
    // A weak reading: "put amit down for thursday" has the same shape.
    if (visitNoun < 0) {
      candidates.push({
        intent: 'LEAD_UPDATE',
        position: Math.min(...[updateVerb, statusWord].filter((i) => i >= 0)),
        strength: 1,
      });
    }
  } else if (
    visitNoun < 0 &&
    !CREATE_VERB.test(main) &&
    (/^\s*(?:update|change|modify)\b/i.test(main) ||
      (/^\s*mark\s/i.test(main) && isOnlyAName(main.replace(/^\s*mark\s+/i, ''))))
  ) {
    // "update rohan sharma", "mark rohan sharma": an update that does not say to what; validation
    // asks for the status.
    candidates.push({ intent: 'LEAD_UPDATE', position: 0, strength: 1 });
  }

  const newLead = firstIndex(main, NEW_LEAD);
  const createVerb = CREATE_VERB.exec(main);
  const createVerbAddsVisit =
    createVerb &&
    /^\s+(?:a\s+|the\s+)?(?:site\s+)?(?:visit|meeting|tour|viewing|appointment)/i.test(
      main.slice(createVerb.index + createVerb[0].length),
    );
  if (newLead >= 0) {
    candidates.push({
      intent: 'LEAD_CREATE',
      position: createVerb && createVerb.index < newLead ? createVerb.index : newLead,
      strength: 3,
    });
  } else if (
    createVerb &&
    !createVerbAddsVisit &&
    // "add Leela Das from Guwahati": a person and where they are from is a lead too; so is "add nikhil
    // kamath", a name alone said after the verb that opens the request.
    (LEAD_NOUN.test(main) ||
      hasPhone ||
      NAME_CUE.test(main) ||
      (visitNoun < 0 && SAYS_A_CITY.test(main)) ||
      nameAloneAdded(main, createVerb.index + createVerb[0].length))
  ) {
    candidates.push({
      intent: 'LEAD_CREATE',
      position: createVerb.index,
      strength: LEAD_NOUN.test(main) ? 3 : 2,
    });
  } else if (hasPhone && (NAME_CUE.test(main) || LEAD_NOUN.test(main)) && !status && visitNoun < 0) {
    candidates.push({ intent: 'LEAD_CREATE', position: 0, strength: 1 });
  } else if (
    (STORY.test(main) || (hasPhone && WANTS_HOME.test(main))) &&
    !status &&
    visitNoun < 0 &&
    (hasPhone || ((NAME_CUE.test(main) || titledFullName(main)) && SAYS_A_CITY.test(main)))
  ) {
    // A person met and told about, with a number (or a name and a place): a lead to add. So is a
    // person told with the home they want and their number ("priya from trivandrum wants a 2 bhk,
    // her number is …").
    candidates.push({ intent: 'LEAD_CREATE', position: 0, strength: hasPhone ? 2 : 1 });
  } else if (hasPhone && !status && visitNoun < 0 && (onlyNamePlacePhone(main) || onlyARecord(main))) {
    // "one more, rohini iyer chennai 98400 67012": a name, a city and a mobile number, nothing else.
    candidates.push({ intent: 'LEAD_CREATE', position: 0, strength: 1 });
  }
  // "uday is very keen, he wants a second visit on wednesday at 5": interest told, then a visit asked
  // at a time — the visit is the request (no update verb asks for the status).
  if (
    hasTime &&
    status?.status === 'IN_PROGRESS' &&
    updateVerb < 0 &&
    candidates.some((candidate) => candidate.intent === 'VISIT_SCHEDULE' && candidate.strength >= 2)
  )
    return candidates.filter((candidate) => candidate.intent !== 'LEAD_UPDATE');
  return candidates;
}

// ---- the provider --------------------------------------------------------------------------------

function confidenceOf(intent: Intent, strength: number, said: SaidEntities): number {
  if (intent === 'UNKNOWN') return 0.3;
  const required = REQUIRED_FIELDS[intent];
  const present = required.filter((field) => said[SAID_FIELD_OF[field]] !== undefined).length;
  const base = ({ 1: 0.55, 2: 0.75, 3: 0.88 } as Record<number, number>)[strength] ?? 0.6;
  return Math.round(Math.min(0.99, base + 0.11 * (present / required.length)) * 100) / 100;
}

interface ClauseReading {
  intent: Intent;
  said: SaidEntities;
  strength: number;
  /** "first said yes …": the status is told as the first of two, which a later one replaces. */
  firstThought?: boolean;
}

/** "4 or 5", "or maybe 5", "either 11 or 12": an alternative said right after a value. */
const ALTERNATIVE =
  /^[\s,]*(?:or\s+(?:maybe\s+|else\s+|perhaps\s+)?|maybe\s+)(?:at\s+)?(?:\+?\d[\d\s:-]*(?:\s*[ap]m)?|\p{L}+day)\b/iu;
const EITHER_BEFORE = /\beither\s+(?:at\s+)?$/i;

/** A value as said, with an alternative said around it, so that the deterministic layer asks. */
function withAlternative(value: string, text: string, start: number, end: number): string {
  const after = ALTERNATIVE.exec(text.slice(end));
  const before = EITHER_BEFORE.exec(text.slice(0, start));
  return `${before ? 'either ' : ''}${value}${after ? ` ${after[0].trim()}` : ''}`;
}

/** "don't mark kavita as lost", "do not book him yet": a request said negated is not a request. */
const NEGATED_REQUEST =
  /^\s*(?:(?:so|and|ok|okay|please|but|no)[\s,]+)*(?:don'?t|do\s+not|dont|never|no\s+need\s+to)\s+(?:(?:you\s+)?(?:please\s+)?)(?=\p{L})/iu;

/**
 * "ravi ko won mark mat karo", "visit book mat karna": a Hinglish request closed by "mat" (do not),
 * with or without its verb (normalising may have dropped "karo").
 */
const HINGLISH_PROHIBITIVE =
  /\s+mat(?:\s+(?:kar|karo|karna|karein|karen|kijiye|kariye|daal|daalo|daalna|dal|dalo|dalna|bana|banao|banana|rakh|rakho|rakhna|likh|likho|likhna|bhej|bhejo|bhejna))?(?:\s+(?:do|dena|please|yaar|abhi))*\s*(?=[,.;!]|$)/i;

/**
 * "nawang's daughter called to say that her father has decided not to buy": a relation of the lead's
 * telling of "her father", "his mother", "her husband" — the one the caller is related to, as the lead
 * is to the caller: the lead.
 */
const RECIPROCAL: readonly [string, string][] = [
  ['son|daughter|kids|children|sons|daughters', 'father|mother|parents|dad|mom|mum'],
  ['wife', 'husband'],
  ['husband', 'wife'],
  ['brother|sister', 'brother|sister'],
  ['father|mother|parents|dad|mom|mum', 'son|daughter'],
];
const REPORTED_BY_RELATION = RECIPROCAL.map(
  ([caller, lead]) =>
    new RegExp(
      String.raw`\b\p{L}+'s\s+(?:${caller})\s+(?:called|phoned|rang|messaged|texted|said|told|informed|wrote)\b[^.;]{0,60}?\b(?:his|her|their)\s+(?:${lead})\s+(?:has|have|had|is|are|was|were|will|would|finally|also|just|decided|does|did|doesn'?t|didn'?t)\b`,
      'iu',
    ),
);
const reportedByRelation = (text: string) => REPORTED_BY_RELATION.some((pattern) => pattern.test(text));
/**
 * "… transferred the booking amount from dubai for him": a deed done for the lead, in the same clause —
 * not a feeling about someone else's ("bought a flat with us, happy for him").
 */
const DONE_FOR_HIM =
  /^[^.;,]*?(?<!\b(?:good|happy|glad|great|nice|sad|bad|pleased|proud|thrilled)\s)\bfor\s+(?:him|her|them)\b/i;

/** "gopi's brother", "the wife of anil": a relation of the lead as the one the news is about. */
const SOMEONE_ELSE = new RegExp(
  `(?:\\b\\p{L}+'s\\s+${RELATION}|(?<!\\band\\s+)\\b(?:his|her|their)\\s+${RELATION}|\\b${RELATION}\\s+of\\s+\\p{L}+)(?:\\s+(?:has|have|had|just|also|finally|already|is|was))*\\s*$`,
  'iu',
);
/** Words that are a name and nothing more: "deepak rao". */
/**
 * "meena iyer on monday at 4", "ravi kumar tomorrow at half past ten": only a lead, a day and an hour,
 * as a visit is dictated. Nothing else may be said (no status, no story), and the hour must be there.
 */
const DAY_WORD = /\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
function dictatedVisit(text: string): boolean {
  if (!DAY_WORD.test(text) || !/\d|\bnoon\b/i.test(text) || text.trim().split(/\s+/).length > 9) return false;
  const time = findTimeMention(text);
  if (!time || !/\d|\bnoon\b/i.test(time.text) || !DAY_WORD.test(time.text)) return false;
  return onlyANameBesides(time.spans.reduce(blank, text));
}
const onlyANameBesides = (text: string) => isOnlyAName(text.replace(/\b(?:on|at|for|by)\b/gi, ' '));

const isOnlyAName = (text: string) => text.trim() !== '' && leadingNameWords(text, 3) === text.trim();
/** "won deepak rao", "follow up deepak rao next week": the name said after a status said first. */
function nameAfterStatusFirst(rest: string): string | null {
  if (isOnlyAName(rest)) return rest.trim();
  const name = rest.replace(FOLLOW_UP_WHEN_LAST, '');
  return name !== rest && isOnlyAName(name) ? name.trim() : null;
}

/** "add nikhil kamath": the verb first, then a full name of words that are no common English words. */
function nameAloneAdded(text: string, afterVerb: number): boolean {
  const name = text.slice(afterVerb).trim();
  return (
    text.slice(0, afterVerb).trim().split(/\s+/).length === 1 &&
    name.includes(' ') &&
    isOnlyAName(name) &&
    !name.split(' ').some(isCommonEnglishWord)
  );
}

/** An hour said in any way: "11 am", "at 4", "16:30", "noon". */
const HAS_CLOCK_OR_HOUR = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d{1,2}\b|\b\d{1,2}:\d{2}\b|\bnoon\b/i;
const HAS_CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b/i;
const HEDGED = new RegExp(
  `\\b(?:not\\s+(?:sure|certain)|(?:cannot|can'?t|can\\s+not|unable\\s+to|not\\s+able\\s+to)\\s+(?:buy|go\\s+ahead|proceed|afford\\s+it)\\s+(?:it\\s+)?(?:right\\s+now|now|yet|at\\s+the\\s+moment|for\\s+now)|not\\s+(?:yet\\s+)?confirmed|to\\s+be\\s+confirmed|tentative(?:ly)?|i\\s+think|i\\s+guess|i\\s+suppose|i\\s+believe|(?:need|have|has)\\s+to\\s+(?:confirm|check|verify|double[\\s-]?check)(?=\\s*(?:$|[,.;]|once|first|again|it|that|this|with\\s+(?:him|her|them)))|probably|perhaps|maybe|may\\s+(?:${MAY_VERBS})|might|(?<!\\b(?:if|whether)\\s+(?:he|she|they|we|i)\\s+)could\\s+(?:be|come)|must\\s+be)\\b`,
  'i',
);
/** "we should mark him won soon", "i will update her to lost once she confirms": a status set later. */
const MARKED_LATER = new RegExp(
  `\\b(?:should|shall|will|'ll|would|can|could|(?:need|have|plan|want)\\s+to|going\\s+to)\\s+(?:\\p{L}+\\s+)?(?:${UPDATE_VERBS})\\b[^.;,]*?\\b(?:soon|later|eventually|after\\b|once\\b|when\\b|next\\s+(?:week|month)|tomorrow|in\\s+a\\s+(?:few|couple\\s+of)\\s+days)`,
  'iu',
);
/** "should be ", "will be ", "is expected to be ": right before a status, a state still to come. */
// ("rohan's status should be won" is the status asked for: said of the status, it is a command.)
const FUTURE_STATE =
  /(?<!\bstatus\s+)\b(?:should|shall|will|'ll|would|must|might|could|may|(?:is|are)\s+(?:going|expected|likely|supposed)\s+to)\s+(?:(?:definitely|surely|probably|also|hopefully)\s+)?be\s+$/i;
/** "i think we should close her as lost": the speaker deciding, not doubting. */
const DECIDED = new RegExp(
  `\\b(?:i\\s+think|i\\s+guess|i\\s+feel)\\s+(?:we|you)\\s+(?:should|must|can|have\\s+to|need\\s+to)\\s+(?=(?:${UPDATE_VERBS})\\b)`,
  'gi',
);
/**
 * "i guess it's over mark him as lost", "i feel the deal is dead update her to lost": said without
 * stops, a doubt with a clause of its own (two words or more) before a command to the lead is a doubt
 * of that clause; the command that draws the conclusion is sure. ("i think mark him lost" still asks.)
 */
const DOUBT_OF_ITS_OWN = new RegExp(
  `\\b(?:i\\s+think|i\\s+guess|i\\s+feel|i\\s+believe|i\\s+suppose)\\s+(?:[\\p{L}']+\\s+){2,6}?(?=(?:${UPDATE_VERBS})\\s+(?:him|her|them|this\\s+lead|the\\s+lead)\\b)`,
  'giu',
);
/** "was not sure earlier but now …": a doubt of the past, resolved since, is no doubt. */
const RESOLVED_DOUBT =
  /\b(?:was|were|had\s+been)\s+not\s+(?:sure|certain|convinced)\b[^.;]{0,40}?\bbut\s+(?:now|finally|later|eventually)\b/gi;
/** Where the words of a command begin: after the last stop or comma, or a "so" that draws it from a story. */
function commandStart(before: string): number {
  let start = 0;
  for (const mark of before.matchAll(/[,.;]|\b(?:so|hence|therefore)\s/gi))
    start = mark.index + mark[0].length;
  return start;
}

/** Words that say how, when or how surely — never the person a clause is about. */
const WANT_ADVERBS = 'still|also|really|now|definitely|surely|only|just|actually|probably|maybe|even';
const NO_ADVERB = `(?!(?:${WANT_ADVERBS})\\b)`;
/** "… but wants a 3 bhk", "… but likes tower b": interest said after a loss. */
const STILL_WANTS = new RegExp(
  `\\bbut\\s+(?:(?:he|she|they|${WANT_ADVERBS})\\s+)*(?:(?:is|are)\\s+)?(?:wants?|likes?|prefers?|interested|keen|looking\\s+for|open\\s+to|asking\\s+(?:for|about))\\b`,
  'i',
);
/** Interest denied: "not interested", "no longer keen". */
const NEGATED_INTEREST = /^(?:not|no\s+longer|never)\s+(?:\p{L}+\s+)?(?:interested|keen)$/iu;
/**
 * One option among the homes: "in the 2 bhk", "on the ground floor flat", "in the east facing units" — a
 * layout, a floor, a side, a tower or a view, not the project or the deal.
 */
const ONE_OPTION =
  /^\s+(?:in|on|about)\s+(?:the|a|an|this|that|those|these|their|our|any)?\s*(?:[\p{L}\d-]+\s+){0,2}?(?:\d+\s*bhk|(?:one|two|three|four|five)\s+bhk|bhk|studio|duplex|penthouse|bedroom|floor|facing|tower|wing|block|corner|view|side|layout|configuration|size)s?\b/iu;
const CONDITION_FIRST = /^\s*(?:if|once|unless|as\s+soon\s+as|only\s+if|in\s+case)\b/i;
/**
 * A condition said anywhere, in its own clause or after the request: "if meena calls back, book her
 * …", "book ravi for friday at 4 if he confirms" — not a question passed on ("asked if …", "check if
 * …"), "even if", "as if", nor a courtesy ("if possible", "if you can").
 */
const CONDITION_SAID =
  /(?<!\b(?:ask|asks|asked|asking|check|checks|checked|checking|know|see|wonder|wondering|wondered|enquired|inquired|confirm|find\s+out|even|as|what|whether)\s+(?:(?:him|her|them|me|us)\s+)?)\b(?:only\s+)?(?:if|unless|in\s+case)\s+(?!(?:you|possible|needed|required|necessary|any|so|not)\b)\p{L}/iu;

/**
 * "if gopal confirms, book him for sunday at 10" is read in two clauses, the condition in the first:
 * a request made on a condition is asked about, never written (a follow-up stays one: what a
 * condition comes to is a follow-up).
 */
function withConditionsKept(text: string, readings: ClauseReading[]): ClauseReading[] {
  if (!CONDITION_SAID.test(text)) return readings;
  return readings.map((reading) => {
    const { status, time } = reading.said;
    if (reading.intent === 'LEAD_UPDATE' && status && !/^(?:if|maybe|do\s+not)\b/i.test(status))
      return statusFromWords(status) === 'FOLLOW_UP'
        ? reading
        : { ...reading, said: { ...reading.said, status: `if ${status}` } };
    if (reading.intent === 'VISIT_SCHEDULE' && time && !/^(?:if|maybe)\b/i.test(time))
      return { ...reading, said: { ...reading.said, time: `if ${time}` } };
    return reading;
  });
}

/**
 * The readings of one transcript's clauses: splitting reads the same words several times (the whole
 * clause, each side of a break, then the parts again), so each text is read once per transcript.
 */
let clauseCache: Map<string, ClauseReading> | null = null;

function understandClause(text: string, region: string): ClauseReading {
  const known = clauseCache?.get(text);
  if (known) return known;
  const reading = readClause(text, region);
  clauseCache?.set(text, reading);
  return reading;
}

/** A part of a story: between stops and commas, or before "but", "so", "and then" or a pronoun subject. */
const STORY_PART =
  /[^,.;]+?(?=[,.;]|\s+(?:but|so|and\s+then)\b|\s+(?:and\s+)?(?:he|she|they|we)\s|\s+and\s+(?:fixed|booked|scheduled|set\s+up|arranged|confirmed)\b|$)/gi;
/** What a story tells as done: "met", "came", "visited", "didn't pick up". */
const TOLD_AS_DONE =
  /\b(?:met|came|visited|called|spoke|talked|saw|liked|loved|told|said|mentioned|was|were|had|did|didn'?t|went|dropped|walked|showed|checked|discussed|brought|took|rang|reached|arrived|toured|attended|couldn'?t|could\s+not|unable|missed|skipped)\b/i;
/** When a story happened, said without an hour: "today", "yesterday", "last week", "this morning". */
const STORY_DAY =
  /\b(?:(?:today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|just\s+now|earlier\s+today|this\s+(?:morning|afternoon)|in\s+the\s+(?:morning|afternoon|evening)|last\s+(?:night|week|month|evening)|(?:a|one|two|few)\s+days?\s+(?:ago|back)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;

const STORY_DAY_SAID = new RegExp(STORY_DAY.source, 'i');
/** "… nikhil advani came", "… she called": who did what, right after a day said first. */
const DONE_BY_SUBJECT_AFTER =
  /^[\s,]*(?:\p{L}+\s+){1,3}?(?:came|visited|called|met|saw|spoke|dropped\s+by|walked\s+in|messaged|texted)\b/iu;

/**
 * Where a story's next part begins: a stop, "so", "but", a request said anew ("… today, please book …"),
 * or "and" before what the lead will do ("… in pune for a few days and will drop by on friday at 4").
 */
const PART_BREAK =
  /[.;]|\b(?:so|but|and\s+then|please|kindly|book|schedule|fix|arrange)\b|\band\s+(?:(?:he|she|they)\s+)?(?:will|would|wants?|can|shall)\b/i;

/** A stretch of time ahead with no day in it: "next week", "the coming month", "in two weeks". */
const PERIOD_AHEAD =
  /\b(?:(?:next|coming|following)\s+(?:week|month)|in\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?))\b/i;
/** A weekday said alone ("wednesday at 11"), not "this wednesday", "next friday", "the 4th". */
const BARE_WEEKDAY =
  /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![^]*\b(?:this|next|coming|following|today|tomorrow)\b)/i;

/**
 * "ehsan is coming to pune next week so fix his visit on wednesday at 11 am": when a later part of the
 * story says a whole time (a day and an hour), the days said in the parts before it are the story's,
 * not the visit's. A comma is no break: "monday, at 5 pm" is one time.
 */
function lastPartsTime(time: TimeMention | null, text: string): TimeMention | null {
  if (!time || time.spans.length < 2) return time;
  for (let index = time.spans.length - 1; index > 0; index--) {
    const [before, after] = time.spans.slice(index - 1, index + 1);
    if (!before || !after || !PART_BREAK.test(text.slice(before.end, after.start))) continue;
    const spans = time.spans.slice(index);
    const said = spans.map((span) => text.slice(span.start, span.end).trim()).join(' ');
    // ("she is coming next week and wants to see it on wednesday at 11": the week the story says is the
    // visit's — the whole time is kept, "next week on wednesday", read as next week's wednesday.)
    const toldBefore = time.spans.slice(0, index).map((span) => text.slice(span.start, span.end));
    if (toldBefore.some((told) => PERIOD_AHEAD.test(told)) && BARE_WEEKDAY.test(said)) return time;
    return dayIn(said) && HAS_CLOCK_OR_HOUR.test(said) ? { text: said, spans } : time;
  }
  return time;
}

/**
 * "met ravi today at the office …, so book a visit on monday at 4": the day a story tells of ("met …
 * today") is when it happened, not when the visit is, and is set aside before the visit's time is
 * looked for — in a part of the story told as done, with no hour of its own.
 */
function withoutStoryDays(text: string): string {
  if (!STORY_DAY_SAID.test(text)) return text;
  // A day said after what the story tells as done, with no hour of its own ("met ravi at the site today
  // ravi wants to come back on sunday at 4": "today" is when they met, not the visit).
  return text.replace(STORY_PART, (part) =>
    TOLD_AS_DONE.test(part) && !HAS_CLOCK.test(part) && !/\bat\s+\d/i.test(part)
      ? part.replace(STORY_DAY, (day) => ' '.repeat(day.length))
      : part.replace(STORY_DAY, (day: string, offset: number) => {
          const before = part.slice(0, offset);
          const after = part.slice(offset + day.length);
          // ("yesterday evening nikhil came to the site and wants to come on sunday at 11": said first,
          // right before who did what, the day is the story's.)
          const told =
            (TOLD_AS_DONE.test(before) && !HAS_CLOCK.test(before) && !/\bat\s+\d/i.test(before)) ||
            (before.trim() === '' && DONE_BY_SUBJECT_AFTER.test(after));
          return told && !/^\s*(?:at\s+)?\d/i.test(after) && (!HAS_CLOCK.test(after) || dayIn(after) !== null)
            ? ' '.repeat(day.length)
            : day;
        }),
  );
}

/** Reads one request from normalised text. */
function readClause(text: string, region: string): ClauseReading {
  const negated = NEGATED_REQUEST.exec(text);
  const prohibited = negated ? null : HINGLISH_PROHIBITIVE.exec(text);
  if (negated || prohibited) {
    // An update said negated keeps its lead, so that the answer asks what the status should be;
    // anything else said negated writes nothing.
    const request = negated ? text.slice(negated[0].length) : text.replace(HINGLISH_PROHIBITIVE, ' ').trim();
    const reading = readClause(request, region);
    if (reading.intent !== 'LEAD_UPDATE') return { intent: 'UNKNOWN', said: {}, strength: 0 };
    const { lead_reference: lead, status } = reading.said;
    return {
      ...reading,
      strength: 1,
      said: { ...(lead ? { lead_reference: lead } : {}), status: `do not ${status ?? 'change'}` },
    };
  }
  if (isQuestion(text)) return { intent: 'UNKNOWN', said: {}, strength: 0 };
  const { main: withPhone, notes: markedNotes } = splitNotes(text);

  // A lead's id is neither a phone nor a time: "lead 6a504160-…" holds digits of both shapes.
  const ids = [...withPhone.matchAll(UUID_ANYWHERE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  // "book lead 37024378 for …": eight digits right after "lead" are the first group of its id (a mobile
  // number has ten), so they are no phone either.
  const cuedId = cuedLeadId(ids.reduce(blank, withPhone));
  if (cuedId && /^\d{8}(?:…)?$/.test(cuedId.id)) ids.push({ start: cuedId.start, end: cuedId.end });
  const phone = findPhoneMention(ids.reduce(blank, withPhone), region);
  const withoutPhone = blank(withPhone, phone);
  // "lead 12 on friday": the lead's number must not be read as part of the time.
  const leadIdSpan = cuedLeadId(withoutPhone);
  // Only a visit needs its time, and a visit is named ("visit", "meeting", "tour"…) or booked.
  const needsTime =
    VISIT_NOUN.test(withoutPhone) ||
    bookingAsked(withoutPhone) ||
    BOOK_PRONOUN.test(withoutPhone) ||
    VISIT_ASKED.test(withoutPhone) ||
    HOME_SHOWN.test(withoutPhone) ||
    VISIT_WISHED.test(withoutPhone) ||
    FAMILY_BROUGHT.test(withoutPhone) ||
    dictatedVisit(withoutPhone);
  const time = needsTime
    ? lastPartsTime(
        findTimeMention(withoutStoryDays([...ids, leadIdSpan].reduce(blank, withoutPhone))),
        withoutPhone,
      )
    : null;
  const main = (time?.spans ?? []).reduce((text, span) => blank(text, span), withoutPhone);

  const candidates = intentCandidates(main, phone !== null, time !== null);
  const [chosen] = candidates.sort((a, b) => a.position - b.position || b.strength - a.strength);
  if (!chosen) return { intent: 'UNKNOWN', said: {}, strength: 0 };
  const said: SaidEntities = {};
  let firstThought = false;

  if (chosen.intent === 'LEAD_CREATE') {
    // A number too short to be a phone, said where the phone goes, is an invalid phone, not a missing one.
    const shortNumber = phone ? undefined : PHONE_CUE_WITH_DIGITS.exec(main)?.[1];
    // "phone 98480 11221 and 98480 11222": two numbers for one phone field; the answer asks which.
    const another = phone ? findPhoneMention([...ids, phone].reduce(blank, withPhone), region) : null;
    if (phone && another && another.text.replace(/\D/g, '') !== phone.text.replace(/\D/g, ''))
      said.phone = `${phone.text} or ${another.text}`;
    else if (phone) said.phone = withAlternative(phone.text, withPhone, phone.start, phone.end);
    else if (shortNumber) said.phone = shortNumber.trim();
    const source = extractSource(main);
    const withoutSource = blank(main, source?.span ?? null);
    if (source) said.source = source.value;
    const found = extractCity(withoutSource);
    // "from pune or mumbai": two cities for one lead; the answer asks which.
    const city = found && /^\s*or\s+\p{L}/u.test(withoutSource.slice(found.span.end)) ? null : found;
    if (city?.value) said.city = city.value;
    if (city?.locality) said.locality = city.locality;
    // ("…, no name yet, …", "didn't get her name": a name said to be unknown is no name.)
    const unnamed = NAME_NOT_KNOWN.exec(withoutSource);
    const forName = unnamed
      ? blank(withoutSource, { start: unnamed.index, end: unnamed.index + unnamed[0].length })
      : withoutSource;
    const name = unnamed
      ? null
      : (referredName(blank(main, city?.span ?? null), city !== null) ??
        extractNameForCreate(blank(forName, city?.span ?? null), forName, city !== null));
    if (name) said.name = name;
    if (markedNotes) said.notes = markedNotes;
  } else if (chosen.intent === 'VISIT_SCHEDULE') {
    // "farooq's cousin also wants to see the flat": a wish of someone else's, not asked to be booked,
    // is news (a spouse or the parents come for the lead: "… wants her parents to see it").
    // ("arun's brother will see the villa on his behalf": for the lead.)
    if (
      (OTHERS_WISH.test(main) &&
        !bookingAsked(main) &&
        !VISIT_VERB_AFTER.test(main) &&
        !ON_HIS_BEHALF.test(main)) ||
      VISIT_FOR_OTHER.test(main)
    )
      return { intent: 'UNKNOWN', said: {}, strength: 0 };
    // "smriti might come next week, not sure": a visit in doubt with no hour is no plan yet — nothing
    // to write or ask (with an hour, below, it is asked about).
    if (time && HEDGED.test(main) && !HAS_CLOCK_OR_HOUR.test(withoutPhone) && !bookingAsked(main))
      return { intent: 'UNKNOWN', said: {}, strength: 0 };
    if (time) {
      const first = time.spans[0]?.start ?? 0;
      const last = time.spans[time.spans.length - 1]?.end ?? first;
      // "monday or tuesday at 5": the alternative said inside the time stays in it, to be asked about.
      const inside = withoutPhone.slice(first, last);
      // "tomorrow at 11 am and also at 4 pm": a second hour for the same visit is asked about.
      // ("at 6 pm not 6 am": an hour denied after the one meant is no second hour.)
      const other = HAS_CLOCK.test(main) ? findTimeMention(main.replace(DENIED_HOUR, blankOf)) : null;
      // "dinesh might come on monday at 5, not confirmed yet": a visit in doubt is asked about.
      // "he can come any day after 6 pm": no day is meant, so none is written.
      const unsure = HEDGED.test(main) || VAGUE_DAY.test(withoutPhone) ? 'maybe ' : '';
      said.time =
        unsure +
        (/\b(?:or|either)\b/i.test(inside)
          ? inside.trim()
          : other && HAS_CLOCK.test(other.text) && HAS_CLOCK.test(time.text)
            ? `${time.text} or ${other.text}`
            : withAlternative(time.text, withoutPhone, first, last));
    }
    const blanked = extractLeadReference(
      main.replace(VISIT_NOUN, (m) => ' '.repeat(m.length)),
      phone?.text,
    );
    // "i will meet varun sharma at his office": "meet" is the visit's word and the lead's cue at once.
    const cued = blanked && isPronounReference(blanked) ? extractLeadReference(main, phone?.text) : null;
    const reference = cued && !isPronounReference(cued) ? cued : blanked;
    // "this is about abhishek, … he wants to bring his wife on sunday": "he" is the one the note is about.
    const toldOf =
      reference && isPronounReference(reference)
        ? (laterSubject(main.slice(0, lastWordAt(main, reference)), subjectName(main)) ??
          subjectName(main) ??
          // ("it was raining so jhumpa could not come today, she will come tomorrow": the one narrated.)
          narratedName(main))
        : null;
    // "met esha and feroze at the expo, … feroze wants a visit on monday": the one who wants the visit,
    // named right before the wish, is its lead — not the first name of the story.
    const wisher = wisherOf(main);
    // "zarina is fine boman irani wants to come again so book him …": "him" is the later subject.
    const himBooked = PRONOUN_BOOKED.exec(main);
    const laterBooked =
      himBooked && reference && !isPronounReference(reference)
        ? pronounTarget(main, himBooked.index, reference)
        : null;
    const chosenLead =
      laterBooked ??
      toldOf ??
      (wisher && reference && !isPronounReference(reference) && !sameFirstWord(wisher, reference)
        ? wisher
        : reference);
    const lead = onBehalfOf(main) ?? companionSubject(main, chosenLead) ?? chosenLead;
    if (lead) said.lead_reference = withPlaceOf(withoutPhone, lead);
    // "… on monday at 5 pm, he wants to see the corner plot": what the lead wants of the visit, said
    // after its time, is its note.
    const lastTime = time?.spans[time.spans.length - 1]?.end;
    const wish = lastTime === undefined ? null : VISIT_NOTE_AFTER.exec(withoutPhone.slice(lastTime));
    const notes = markedNotes ?? (wish?.[1] ? cleanClause(wish[1]) : undefined);
    if (notes) said.notes = notes;
  } else {
    // A time in an update belongs to its notes ("call him next week"), so it stays in the text.
    // "gopi's brother bought a flat": the news is about somebody else, not the lead.
    const update = extractUpdate(withoutPhone);
    firstThought =
      update.statusSpan !== undefined && FIRST_THOUGHT_BEFORE.test(main.slice(0, update.statusSpan.start));
    // Only when the relation is who did it: the last words before the status.
    const subject = update.statusSpan ? main.slice(0, update.statusSpan.start) : main;
    // ("meena's husband paid the token": the money to book paid by the household is the lead's.)
    const householdPaid = paidByHousehold(subject, update.status ?? '');
    // ("madhur's son has talked her out of buying": a relation's deed done to the lead is the lead's news.)
    const doneToTheLead = /^(?:talked|talks|persuaded|convinced)\s+(?:him|her|them)\b/i.test(
      update.status ?? '',
    );
    // ("kausar's brother paid the token on her behalf": done for the lead, it is the lead's; so is
    // "transferred the booking amount from dubai for him".)
    const fromTheStatus = main.slice(update.statusSpan?.start ?? 0);
    const onTheLeadsBehalf =
      ON_HIS_BEHALF.test(fromTheStatus) || DONE_FOR_HIM.test(fromTheStatus) || reportedByRelation(main);
    if (SOMEONE_ELSE.test(subject) && !householdPaid && !doneToTheLead && !onTheLeadsBehalf)
      return { intent: 'UNKNOWN', said: {}, strength: 0 };
    // "i think ganesh is won but not sure": a status the speaker doubts is asked about; a follow-up
    // is what a doubt comes to ("she might buy after diwali, put her in follow up").
    // "not interested in the villa but wants a 3 bhk": interest said right after the loss is a doubt too;
    // so is one layout, floor or side turned down ("not interested in the 2 bhk, he wants a 3 bhk").
    const contrary =
      update.statusSpan !== undefined &&
      statusFromWords(update.status ?? '') === 'LOST' &&
      (STILL_WANTS.test(main.slice(update.statusSpan.end)) ||
        (NEGATED_INTEREST.test(update.status ?? '') &&
          ONE_OPTION.test(main.slice(update.statusSpan.end)) &&
          // ("… not interested in this tower, he went with a competitor": unless a loss is told after it.)
          !findStatusPhrases(main.slice(update.statusSpan.end)).some((phrase) => phrase.status === 'LOST')));
    // "i think she is serious, she came twice, mark her in progress": a doubt said of an earlier part
    // of the story is no doubt of a command given after it.
    const command = updateTarget(main);
    // (Spoken without stops, "so" sets the command apart: "… cannot go ahead right now so mark him lost".)
    const commandPart = command ? main.slice(commandStart(main.slice(0, command.verb))) : main;
    const tokenBack =
      update.statusSpan !== undefined &&
      statusFromWords(update.status ?? '') === 'LOST' &&
      /\b(?:token|booking|advance)\b/i.test(update.status ?? '') &&
      TOKEN_BACK.test(update.status ?? '');
    // ("we should mark him won soon", "will update her to lost once she confirms": marked later, not now.)
    const markedLater = command !== null && MARKED_LATER.test(commandPart);
    // ("she should be won by friday", "he will be closed next week": a state to come, not now.)
    const toCome =
      update.statusSpan !== undefined &&
      FUTURE_STATE.test(main.slice(0, update.statusSpan.start)) &&
      statusFromWords(update.status ?? '') !== 'FOLLOW_UP';
    const doubted =
      contrary ||
      tokenBack ||
      toCome ||
      (markedLater && update.status !== undefined && statusFromWords(update.status) !== 'FOLLOW_UP') ||
      (HEDGED.test(
        commandPart.replace(RESOLVED_DOUBT, ' ').replace(DECIDED, ' ').replace(DOUBT_OF_ITS_OWN, ' '),
      ) &&
        update.status !== undefined &&
        statusFromWords(update.status) !== 'FOLLOW_UP');
    // "if chitra pays the token tomorrow mark her as won": a status on a condition said first.
    const conditional = CONDITION_FIRST.test(main) && statusFromWords(update.status ?? '') !== 'FOLLOW_UP';
    if (update.status)
      said.status = conditional ? `if ${update.status}` : doubted ? `maybe ${update.status}` : update.status;
    // The lead stands before the status ("amit is not interested"), inside a fact ("call fatima
    // back"), or after it ("talks are on with ravi teja").
    const span = update.statusSpan;
    const beforeStatus = span ? blank(main, span).slice(0, span.end) : main;
    const factSaid = span ? main.slice(span.start, span.end) : '';
    const inside = span
      ? LEAD_INSIDE_FACT.map((pattern) => pattern.exec(factSaid)?.[1]).find((name) => name !== undefined)
      : undefined;
    // ("our legal team is verifying sooni's documents": whose papers they are names the lead, whoever checks.)
    const papersOf = span ? PAPERS_OF_LEAD.exec(factSaid)?.[1] : undefined;
    const after = span ? LEAD_AFTER_STATUS.exec(main.slice(span.end)) : null;
    const rest = span ? main.slice(span.end) : '';
    // "we lost sunil to another builder", "we finally won kavita": the lead is the verb's object.
    const ours = span && WE_BEFORE.test(main.slice(0, span.start)) ? leadingNameWords(rest, 3) : null;
    const named =
      ours ??
      papersOf ??
      namedRelation(main.slice(0, span?.start ?? 0)) ??
      otherSubjectOf(main.slice(0, span?.start ?? 0)) ??
      extractLeadReference(beforeStatus, phone?.text) ??
      inside ??
      (span && main.slice(0, span.start).trim() === '' ? nameAfterStatusFirst(rest) : null);
    const afterStatus =
      named === null && after
        ? extractLeadReference(main.slice((span?.end ?? 0) + after[0].length), phone?.text)
        : null;
    const reference = named ?? afterStatus;
    // "registration done for kiran mehta, she is our customer now": the lead named after the status
    // is no part of its note.
    const leadAt = span && afterStatus ? main.toLowerCase().indexOf(afterStatus.toLowerCase(), span.end) : -1;
    const updateNotes =
      span && afterStatus && leadAt >= 0
        ? extractUpdate(blank(withoutPhone, { start: span.end, end: leadAt + afterStatus.length })).notes
        : update.notes;
    // "chitra liked the flat … so follow up with her": "her" is the one the story is about — the name it
    // opens with, or in a run-on note the first one it narrates ("… in between kavya called and she …").
    const opening = subjectName(main);
    const beforeTheStatus = main.slice(0, update.statusSpan?.start ?? main.length);
    const toldOf =
      reference && isPronounReference(reference)
        ? (laterSubject(beforeTheStatus, opening) ?? opening ?? narratedName(main))
        : null;
    // "i met zarina … and boman irani called me … to say he is not interested": the "he" right before
    // the status is the later subject, not the lead the story named first.
    // ("meena is fine but ravi wants to buy so mark him in progress": "him" as the command's object.)
    const himMarked = PRONOUN_BOOKED.exec(main);
    const heOfLater =
      reference && !isPronounReference(reference)
        ? PRONOUN_SUBJECT.test(beforeTheStatus)
          ? pronounTarget(main, beforeTheStatus.length, reference)
          : himMarked
            ? pronounTarget(main, himMarked.index, reference)
            : null
        : null;
    const lead = onBehalfOf(main) ?? toldOf ?? heOfLater ?? reference;
    // "ravi's cousin came and he paid the token": news about the cousin, not about ravi — unless
    // the speaker asks for the update ("priya's husband said yes, mark her won").
    const asked = UPDATE_COMMAND.test(main) || command !== null;
    // "dev's wife called, they have dropped the idea": "they" after a spouse or the parents is the
    // lead's household, whose decision is the lead's.
    // So is what the speaker concludes after their news ("… so it is over for us").
    const toldBefore = main.slice(0, update.statusSpan?.start ?? 0);
    const household =
      HOUSEHOLD.test(main) &&
      (TOLD_BY_THEM.test(toldBefore) ||
        CONCLUDED_STATUS.test(toldBefore) ||
        /^so\b/i.test(update.status ?? '') ||
        // "her husband … paid the booking amount on her behalf": done for the lead.
        ON_BEHALF.test(main.slice(update.statusSpan?.end ?? 0)) ||
        // "eshwari's son does not want her to invest so she has dropped the idea": "she" cannot be the son.
        pronounIsNotTheRelation(main, toldBefore) ||
        householdPaid);
    // "chetan's nephew got him a staff discount so he booked there": a relation did something for the
    // lead ("got him"), and the "he" after it is the lead.
    const forTheLead = DONE_FOR_THE_LEAD.test(main) || doneToTheLead || onTheLeadsBehalf;
    if (lead && !asked && !household && !forTheLead && onlyAsRelationOf(main, lead))
      return { intent: 'UNKNOWN', said: {}, strength: 0 };
    if (!asked && !householdPaid && !onTheLeadsBehalf && pronounMayBeCompanion(toldBefore))
      return { intent: 'UNKNOWN', said: {}, strength: 0 };
    if (lead) said.lead_reference = withPlaceOf(withoutPhone, lead);
    // A doubt said after the status ("won but not sure") is the doubt, not a note.
    const notes = markedNotes ?? (doubted || conditional ? undefined : updateNotes);
    if (notes) said.notes = notes;
  }
  // "book meena iyer or ravi kumar for monday": another lead said as the alternative goes with it, so
  // that the deterministic layer asks which.
  if (said.lead_reference) said.lead_reference = withLeadAlternative(main, said.lead_reference);
  return {
    intent: chosen.intent,
    said,
    strength: chosen.strength,
    ...(firstThought ? { firstThought } : {}),
  };
}

const OR_AFTER = /^\s+or\s+(?:maybe\s+|else\s+)?/i;

function withLeadAlternative(text: string, lead: string): string {
  if (isPronounReference(lead) || / or /i.test(lead)) return lead;
  const at = lastWordAt(text, lead);
  const or = at < text.length ? OR_AFTER.exec(text.slice(at + lead.length)) : null;
  const other = or ? leadingNameWords(text.slice(at + lead.length + or[0].length), 3) : null;
  return other && !isPronounReference(other) && !other.split(' ').every(isCommonEnglishWord)
    ? `${lead} or ${other}`
    : lead;
}

/** A wish of the lead's, said after the visit's time: "he wants to see the corner plot". */
const VISIT_NOTE_AFTER =
  /^[\s,.;]*((?:(?:he|she|they)\s+(?:wants?|needs?|would\s+like|prefers?|likes?|is\s+(?:looking|interested|bringing|keen|coming)|will\s+(?:bring|need|want|come|be|arrive|reach|join)|asked)|(?:his|her|their)\s+(?:budget|requirement|preference|wife|husband|family|parents|father|mother|son|daughter)\s+(?:is|are|was|will|wants?|needs?))\b[^.;]{4,})/i;

/** "priya from delhi": where a lead is from, said right after the name, tells two of one name apart. */
const PLACE_AFTER_LEAD = new RegExp(`^\\s+(?:from|of)\\s+(${KNOWN_CITY_PATTERN}|\\p{L}+)\\b`, 'iu');

function withPlaceOf(text: string, lead: string): string {
  if (isPronounReference(lead)) return lead;
  const at = text.toLowerCase().indexOf(lead.toLowerCase());
  const place = at < 0 ? null : PLACE_AFTER_LEAD.exec(text.slice(at + lead.length))?.[1];
  return place && isKnownPlace(place) ? `${lead} from ${place}` : lead;
}

const INTENT_VERB =
  '(?:please\\s+|also\\s+|then\\s+|and\\s+|let\\s+us\\s+|lets\\s+)*(?:book|schedule|reschedule|rebook|postpone|prepone|fix|arrange|set\\s+up|plan|mark|update|change|move|set|add|create|register|onboard|put|close|log)\\b';
/**
 * Where a transcript may hold a second request: "… and book a visit for her", "…. Then mark him as
 * won". A break is kept only if the words on both sides read as requests of their own.
 */
const REQUEST_BREAK = new RegExp(
  // ("he will call us and fix a new date": a verb after "will … and" is the subject's too, still to come.)
  `(?<!\\b(?:will|'ll|would|shall)\\s+[a-z]+(?:\\s+(?:us|me|back))?)` +
    `(?:\\s*[,;]\\s*|\\s+)(?:and\\s+then|and\\s+also|and|then|also|after\\s+that|plus)\\s+(?=${INTENT_VERB})|[.;!?]\\s+(?=${INTENT_VERB})|\\s*,\\s*(?=${INTENT_VERB})|(?<=\\d{5})\\s+(?=${INTENT_VERB}|(?:he|she|they)\\s+(?:also\\s+)?(?:wants?\\s+(?:to|a|an)|would\\s+like|will\\s+come|is\\s+coming|are\\s+coming)\\b)|[.;!?]\\s+(?=(?:next|another|new|one\\s+more)\\s+(?:site\\s+)?visit\\b)` +
    // ("… 98240 84013 he wants to visit on sunday at 3": after a number, the lead's wish is a request of
    // its own; "… she is already interested" tells of the lead, and stays with it.)
    // "mark asha won book bharat …", "book ravi at 4 pm mark sunil lost": said in one breath, a request
    // verb right after a status or an hour that ended the request before it.
    // ("… won mark mat karo" is one request, said negated in Hinglish).
    `|(?<=\\b(?:won|lost|up|progress|new|keen|interested|am|pm|noon|o'?clock))\\s+(?=(?:book|schedule|mark|update|add|create)\\b(?!\\s+mat\\b))` +
    // "… esha paid the token and feroze wants a visit on monday": another person's wish, said after
    // "and", is a request of its own (a part that reads as none is joined back to its neighbour).
    // ("anil sharma and sunita rao will come …" is one visit for two: after "and", one word only.)
    // ("… not interested in the villa but still wants to see flats": an adverb is no other person.)
    `|\\s+and\\s+(?=${NO_ADVERB}[a-z]+\\s+(?:still\\s+|also\\s+)?(?:wants\\s+(?:a|an|to)|will\\s+come|is\\s+coming)\\b)` +
    `|\\s+but\\s+(?=${NO_ADVERB}[a-z]+\\s+(?:[a-z]+\\s+)?(?:still\\s+|also\\s+)?(?:wants\\s+(?:a|an|to)|will\\s+come|is\\s+coming)\\b)` +
    // "… wants her brother to see it too let's fix that for saturday": "let's" opens a request of its
    // own, with or without a stop before it.
    `|\\s+(?=(?:let\\s+us|lets)\\s+(?:book|schedule|fix|arrange|set\\s+up|plan|mark|update|put|move)\\b)`,
  'gi',
);

/** "… and another one for sunita", "… and one more for manish": a second request of the same kind. */
const CONTINUATION_BREAK = /[\s,]+and\s+(?=(?:another|one\s+more|one)\b)/gi;
const CONTINUATION = /^(?:another|one\s+more|one)(?:\s+(?:one|lead|visit|meeting|entry))?\b\s*/i;

/** How a request said without its verb continues the one before it. */
const LEAD_IN: Record<Exclude<Intent, 'UNKNOWN'>, string> = {
  LEAD_CREATE: 'add a new lead',
  VISIT_SCHEDULE: 'book a visit',
  LEAD_UPDATE: 'mark',
};

function splitAt(text: string, breaks: RegExp): string[] {
  const clauses: string[] = [];
  let from = 0;
  for (const match of text.matchAll(breaks)) {
    clauses.push(text.slice(from, match.index));
    from = match.index + match[0].length;
  }
  clauses.push(text.slice(from));
  return clauses.map((clause) => clause.trim()).filter(Boolean);
}

const splitRequests = (text: string) =>
  splitAt(text, REQUEST_BREAK).flatMap((clause) => splitAt(clause, CONTINUATION_BREAK));

/** Every entity the intent needs was heard. */
const isComplete = (reading: ClauseReading) =>
  reading.intent !== 'UNKNOWN' &&
  REQUIRED_FIELDS[reading.intent].every((field) => reading.said[SAID_FIELD_OF[field]] !== undefined) &&
  // ("… and things are moving forward": common words are no lead's name.)
  !commonWordsOnly(reading.said.lead_reference);

const commonWordsOnly = (reference: string | undefined) =>
  reference !== undefined &&
  /^[\p{L}\s]+$/u.test(reference) &&
  !isPronounReference(reference) &&
  reference.split(/\s+/).every((word) => isCommonEnglishWord(word.toLowerCase()));

/**
 * "mark anil won and neha lost", "schedule rohan on monday at 11 and for sunita on tuesday at 12",
 * "book farhan at 10 then lavanya at 12": an "and" or "then" joins two requests of one kind when the
 * words after it, read with the first request's verb, make a complete request of that kind on their own.
 */
function splitSharedVerb(clause: string, region: string, depth = 0): string[] {
  const whole = understandClause(clause, region);
  if (whole.intent === 'UNKNOWN' || depth > 4) return [clause];
  for (const { at, length, connector, ownVerb } of breaksIn(clause, whole.intent)) {
    const left = clause.slice(0, at);
    const right = clause.slice(at + length);
    // "… she wants to see the sample flat and the clubhouse": a thing after "and" is no new lead.
    if (/^\s*(?:the|a|an|our|his|her|their|this|that|these|those)\s/i.test(right)) continue;
    const first = understandClause(left, region);
    if (!isComplete(first)) continue;
    // ("pankaj wants a visit on saturday at 4, manoj is not interested": after a list's comma, a request
    // of another kind before it, and the clause's own kind after it, are two requests; "ravi is lost.
    // meena wants a visit on friday at 4": so is another lead's own request after a stop.)
    const next: ClauseReading = understandClause(right, region);
    // "… and naren is lost": what reads on its own as a complete request of another kind is not made a
    // second one of the first kind by lending it the first's verb and day.
    const ownKind: boolean = isComplete(next) && next.intent !== whole.intent;
    const continuation: string = `${LEAD_IN[whole.intent]} ${right}${sharedDay(first, right)}`;
    // ("… is done and he has taken possession": a subject pronoun after "and" borrows no verb.)
    const pronounSubject = /^\s*(?:he|she|they|it|we|i)\s/i.test(right);
    // ("…, ehsaan will join him": a person with a verb of their own borrows none either.)
    const second: ClauseReading | null =
      ownKind || pronounSubject || ownVerb ? null : understandClause(continuation, region);
    if (second && first.intent === whole.intent && second.intent === whole.intent && isComplete(second))
      return [left, ...splitSharedVerb(continuation, region, depth + 1)];
    // "… phone 94140 55443 also rekha is lost": after "also" or "then", a complete request of its own;
    // after a bare "and", one of another kind about the same person ("… and he wants to visit on …").
    const bareAnd = connector !== undefined && /^[\s,]*and\s*$/i.test(connector);
    // ("add tishani … 94440 38112 and she is interested in the villas, source google": what is said of a
    // lead being added is part of adding it — a new lead has no status to update.)
    const aboutThem =
      /^\s*(?:he|she|they)\b/i.test(right) &&
      next?.intent !== first.intent &&
      !(first.intent === 'LEAD_CREATE' && next?.intent === 'LEAD_UPDATE');
    // "mahi wants to see the flat on tuesday at 11 and naren has asked for time, so put him on follow
    // up": after "and", another lead named first, with a request of another kind, is a request of its own.
    const nextLead = next?.said.lead_reference;
    const firstLead = first.said.lead_reference;
    const anotherLead =
      next?.intent !== first.intent &&
      nextLead !== undefined &&
      firstLead !== undefined &&
      !isPronounReference(nextLead) &&
      !sameFirstWord(nextLead, firstLead) &&
      opensWithName(right);
    // ("ravi wants to come back on sunday at 4 but meena is not interested": after "but", only another
    // lead's own request of another kind.)
    const butJoin = connector !== undefined && /^[\s,]*but\s*$/i.test(connector);
    if (next && isComplete(next) && (butJoin ? anotherLead : !bareAnd || aboutThem || anotherLead))
      return [left, ...splitSharedVerb(right, region, depth + 1)];
  }
  return [clause];
}

/**
 * "book dev at 10 and esha at 12 on monday": a day said once, last, after the last visit's hour, is
 * the day of every visit in the list said without one.
 */
function withDaySaidLast(readings: ClauseReading[]): ClauseReading[] {
  const last = readings[readings.length - 1];
  const time = last?.intent === 'VISIT_SCHEDULE' ? (last.said.time ?? '') : '';
  const day = dayIn(time);
  if (!day || !time.trimEnd().toLowerCase().endsWith(day.toLowerCase())) return readings;
  return readings.map((reading) =>
    reading !== last &&
    reading.intent === 'VISIT_SCHEDULE' &&
    reading.said.time &&
    dayIn(reading.said.time) === null
      ? { ...reading, said: { ...reading.said, time: `${reading.said.time} ${day}` } }
      : reading,
  );
}

/** "tomorrow book charu at 11 and deepak at 3": the second visit said without a day has the first's. */
function sharedDay(first: ClauseReading, right: string): string {
  const day = first.intent === 'VISIT_SCHEDULE' ? dayIn(first.said.time ?? '') : null;
  return day && dayIn(right) === null ? ` ${day}` : '';
}

const TWO_NAMES = '((?:\\p{L}+\\s+)??\\p{L}+)\\s+and\\s+((?:\\p{L}+\\s+)??\\p{L}+)';
/**
 * "akash and bhumi are both not interested", "ravi sharma and meena iyer are won": the verb is looked
 * for first, so that a second name of two words is not cut before it; then "ravi and meena both lost".
 */
const SUBJECTS_AND = new RegExp(
  `^\\s*${TWO_NAMES}\\s+(?:both\\s+)?(are|have|were|want|will|would|need)\\s+(?:both\\s+)?(.+)$`,
  'iu',
);
/** Without a verb, the second name may be one word or two: each is tried ("… deshmukh both lost"). */
const SUBJECTS_AND_VERBLESS = ['\\p{L}+', '\\p{L}+\\s+\\p{L}+'].map(
  (second) =>
    new RegExp(`^\\s*((?:\\p{L}+\\s+)??\\p{L}+)\\s+and\\s+(${second})\\s+(?:both\\s+)?()(.+)$`, 'iu'),
);
/** "mark akash and bhumi as lost", "book kabir and lata for monday at 4 pm". */
const OBJECTS_AND = new RegExp(
  `^\\s*(mark|set|move|put|update|change|book|schedule|fix)\\s+${TWO_NAMES}(?:\\s+both|\\s+together)?(\\s+(?:as|to|in|into|for|on|at|tomorrow|today)\\s+.+)$`,
  'iu',
);
/**
 * "follow up with ravi and meena next week": one follow-up for each (what is said after a stop goes on
 * after the second: "…, and sunil is lost").
 */
const FOLLOW_UP_WITH_BOTH = new RegExp(
  `^\\s*((?:please\\s+)?(?:follow[\\s-]*up|check\\s+back|touch\\s+base)\\s+with)\\s+${TWO_NAMES}((?:\\s+(?:both|too))?(?:\\s+(?:next|this|on|after|tomorrow|today|tonight|in|at|by|later|again|once)\\b[^,.;]*)?)(\\s*[,.;].*)?$`,
  'iu',
);
const SINGULAR: Record<string, string> = {
  are: 'is',
  have: 'has',
  were: 'was',
  want: 'wants',
  need: 'needs',
};

/** Two leads named together with one status: a request for each. */
function splitConjoinedLeads(clause: string): string[] {
  const isName = (words: string | undefined) => !!words && leadingNameWords(words, 2) === words;
  // "ravi and meena both lost": without a verb, only when a status follows at once.
  const subjects =
    SUBJECTS_AND.exec(clause) ??
    SUBJECTS_AND_VERBLESS.map((pattern) => pattern.exec(clause)).find(
      (match) => match && findStatusPhrase(match[4] ?? '')?.start === 0,
    );
  // "ravi and meena are friends but only meena wants a visit", "ravi kumar and meena iyer were here,
  // ravi has paid …": what follows names one of them again, in full or by the first name.
  const namedAgain = (rest: string) =>
    [subjects?.[1], subjects?.[2]].some(
      (name) => name && wordsPattern(name.split(/\s+/)[0] ?? '').test(rest),
    );
  if (subjects && isName(subjects[1]) && isName(subjects[2]) && !namedAgain(subjects[4] ?? '')) {
    const verb = SINGULAR[(subjects[3] ?? '').toLowerCase()] ?? subjects[3];
    return [`${subjects[1]} ${verb} ${subjects[4]}`, `${subjects[2]} ${verb} ${subjects[4]}`];
  }
  const objects = OBJECTS_AND.exec(clause) ?? FOLLOW_UP_WITH_BOTH.exec(clause);
  if (objects && isName(objects[2]) && isName(objects[3]))
    return [
      `${objects[1]} ${objects[2]}${objects[4]}`,
      `${objects[1]} ${objects[3]}${objects[4]}${objects[5] ?? ''}`,
    ];
  return [clause];
}

/** "mark jatin as won kamala as lost": after a status, another lead and "as"/"to" start a request. */
const LEAD_AS_NEXT = /^\s+(?=((?:\p{L}+\s+){0,1}\p{L}+)\s+(?:as|to)\s+\p{L})/u;

const REASON_NEXT = /^\s*(?:due\s+to|because|since|as|coz|cause|owing\s+to|reason)\b/i;

/**
 * "ravi is won, sunil is lost", "book ravi on monday at 4, sunil on tuesday at 5", "Ravi: WON. Meena:
 * LOST.": after a comma or stop, a lead's name and then (after "is", "as", "to", ":" or "-") a status,
 * or a day or hour, starts a request of its own.
 */
const LIST_SEPARATOR = /\s*[,.;]\s*/g;
/** "visits for tomorrow", "tomorrow's visits": what a list of visits is headed by. */
const LIST_HEADING =
  /^\s*(?:(?:the\s+)?(?:site\s+)?(?:visits|appointments|meetings)\s+)?(?:for\s+|on\s+)?(?:today|tomorrow|day\s+after\s+tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s)?(?:\s+(?:site\s+)?(?:visits|appointments|meetings))?\s*:?\s*$/i;

function listBreaks(clause: string, intent: Intent): { at: number; length: number; ownVerb?: boolean }[] {
  // After a separator; for updates also right after a status said without one ("hina is lost ishita
  // is follow up", as recognisers write it without punctuation).
  const gaps = [...clause.matchAll(LIST_SEPARATOR)].map((match) => ({
    at: match.index,
    length: match[0].length,
  }));
  // (A visit's clause too: "ravi is lost meena will come on friday at 4", said without a stop.)
  if (intent === 'LEAD_UPDATE' || intent === 'VISIT_SCHEDULE')
    for (const phrase of findStatusPhrases(clause)) {
      const space = /^\s+(?![,])/.exec(clause.slice(phrase.end));
      // "lost due to high price": a reason after the status is its note, never a request of its own.
      if (space && !/^\s*,/.test(clause.slice(phrase.end)) && !REASON_NEXT.test(clause.slice(phrase.end)))
        gaps.push({ at: phrase.end, length: space[0].length });
    }
  // Where a clause of its own may begin: after a stop, a comma or a status (not after "but" or an hour).
  const clauseEnds = gaps.length;
  // "… arvind is keen but chirag is not interested": another lead's own status, after "but".
  if (intent === 'LEAD_UPDATE')
    for (const but of clause.matchAll(/\s+(?:but|while|whereas)\s+/gi))
      gaps.push({ at: but.index, length: but[0].length });
  // "visits tmrw fatima 11am gopal 3pm": typed without commas, each visit ends at its hour ("… wants a
  // visit on saturday at 4 manoj is not interested": so does a visit before another lead's status).
  if (intent === 'VISIT_SCHEDULE' || intent === 'LEAD_UPDATE')
    // ("tomorrow's visits ravi at 10 meena at 12": said, each visit ends at its hour after "at".)
    for (const hour of clause.matchAll(
      /\b(?:\d{1,2}(?::\d{2})?\s*[ap]m|at\s+\d{1,2}(?::\d{2})?(?!\s*[ap]m\b))\b(?=\s+\p{L})/giu,
    ))
      gaps.push({ at: hour.index + hour[0].length, length: 1 });
  const breaks: { at: number; length: number; ownVerb?: boolean }[] = [];
  for (const [index, gap] of gaps.entries()) {
    const after = clause.slice(gap.at + gap.length);
    let ownVerb = false;
    // "sunita follow up": the name may be one word or two; the words after it decide.
    const startsRequest = [2, 1].some((words) => {
      const name = leadingName(after, words);
      if (!name || isPronounReference(name.name)) return false;
      const rest = after
        .slice(name.end)
        .replace(/^\s*(?:[:-]\s*|(?:is|as|to)\s+)?(?:(?:still|now|also|already|finally|just)\s+)*/i, '')
        // ("… but ehsaan asked us to call back next month": the lead's words passed on.)
        .replace(
          /^(?:(?:asked|told|requested)\s+(?:us|me)\s+to|said\s+(?:that\s+)?(?:we\s+should\s+)?)\s+/i,
          '',
        );
      // "ravi is lost. meena will come on friday at 4": after a stop, a comma or a status, another
      // person with a verb of their own may open a request of their own (the split stands only when
      // both parts are whole requests, the second with its own lead).
      const verb = /^\s+([\p{L}']+)/u.exec(after.slice(name.end))?.[1]?.toLowerCase() ?? '';
      if (index < clauseEnds && SUBJECT_VERB.has(verb) && !PASSED_ON.has(verb)) {
        ownVerb = true;
        return true;
      }
      // ("… but meena is still thinking": a status phrase that says its own verb.)
      return intent === 'LEAD_UPDATE'
        ? findStatusPhrase(rest)?.start === 0 ||
            findStatusPhrase(after.slice(name.end).trimStart())?.start === 0
        : /^(?:on|at|for|by|tomorrow|today|\d)/i.test(rest) &&
            // A day, or (in a list whose day was said once, before it) an hour alone: "…, gopal 3pm",
            // "visits for tomorrow, meena at 11, ravi at 4".
            (dayIn(rest) !== null ||
              /^\d{1,2}(?::\d{2})?\s*[ap]m\b/i.test(rest) ||
              (/^at\s+\d{1,2}(?::\d{2})?\b/i.test(rest) && dayIn(clause.slice(0, gap.at)) !== null));
    });
    // "visits for tomorrow, meena …": the heading of the list is no request of its own.
    if (startsRequest && !LIST_HEADING.test(clause.slice(0, gap.at)))
      breaks.push(ownVerb ? { ...gap, ownVerb } : gap);
  }
  return breaks;
}

/** Where a clause may hold a second request: at a connector, or (for updates) right after a status. */
function breaksIn(
  clause: string,
  intent: Intent,
): { at: number; length: number; connector?: string; ownVerb?: boolean }[] {
  const breaks: { at: number; length: number; connector?: string; ownVerb?: boolean }[] = [];
  for (const match of clause.matchAll(/[\s,]+(?:and\s+then|and\s+also|and|then|also)\s+/gi))
    breaks.push({ at: match.index, length: match[0].length, connector: match[0] });
  // ("at first she said no, later she called back and …": what the lead did later is told anew.)
  for (const match of clause.matchAll(/\s*,\s*(?:but\s+)?later\s+(?=(?:he|she|they)\s)/gi))
    breaks.push({ at: match.index, length: match[0].length, connector: match[0] });
  if (intent === 'VISIT_SCHEDULE')
    for (const match of clause.matchAll(/[\s,]+but\s+/gi))
      breaks.push({ at: match.index, length: match[0].length, connector: match[0] });
  if (intent === 'LEAD_UPDATE' || intent === 'VISIT_SCHEDULE') breaks.push(...listBreaks(clause, intent));
  // Two leads each with "as"/"to" before their status, or no break of this kind at all.
  if (intent === 'LEAD_UPDATE' && /\b(?:as|to)\s[^]*\b(?:as|to)\s/i.test(clause)) {
    for (const phrase of findStatusPhrases(clause)) {
      const gap = LEAD_AS_NEXT.exec(clause.slice(phrase.end));
      // The words before "as" must be a name ("the plan to buy" is no lead).
      if (gap && leadingNameWords(gap[1] ?? '') === gap[1])
        breaks.push({ at: phrase.end, length: gap[0].length });
    }
  }
  return breaks.sort((a, b) => a.at - b.at);
}

/** A clause said without its verb ("another one for sunita …") takes the verb of the one before. */
function continued(clause: string, previous: ClauseReading | undefined): string {
  if (!previous || previous.intent === 'UNKNOWN' || !CONTINUATION.test(clause)) return clause;
  const rest = clause.replace(CONTINUATION, '');
  return `${LEAD_IN[previous.intent]} ${rest}${sharedDay(previous, rest)}`;
}

export function understandWithRules(transcript: string, region = 'IN'): Understanding {
  clauseCache = new Map();
  try {
    // "mark sunil won and priya lost, no wait, leave priya": the request about that lead taken back.
    const left = leftOutByName(transcript);
    if (left) {
      const understood = understandTranscript(normalizeTranscript(left.kept), region);
      const others = understood.actions.filter((action) => !namedIn(action.said, left.name));
      if (others.length === 0) return nothingUnderstood();
      if (others.length < understood.actions.length) return { ...understood, actions: others };
    }
    // "mark ravi as lost, no no, leave it": the last request said was taken back.
    const kept = beforeWithdrawal(transcript);
    if (kept === null) return withoutDeniedValue(normalizeTranscript(transcript), region);
    const understood = /\p{L}|\d/u.test(kept)
      ? understandTranscript(normalizeTranscript(kept), region)
      : null;
    if (understood && understood.actions.length > 1)
      return { ...understood, actions: understood.actions.slice(0, -1) };
    return nothingUnderstood();
  } finally {
    clauseCache = null;
  }
}

const nothingUnderstood = (): Understanding => ({
  actions: [{ intent: 'UNKNOWN', said: {} }],
  confidence: confidenceOf('UNKNOWN', 0, {}),
});

/** Whether a request is about the lead `name` names ("priya" for "priya shah"). */
function namedIn(said: SaidEntities, name: string): boolean {
  const words = (said.lead_reference ?? said.name ?? '').toLowerCase().split(/\s+/);
  return name.split(/\s+/).every((word) => words.includes(word));
}

/** "… no, not ravi": words denied at the end, with nothing put instead. */
const DENIED_AT_END =
  /[\s,.;?]+(?:(?:no|nahi|sorry|wait)[\s,]+)*not\s+((?:\p{L}[\p{L}'.-]*\s*){1,3}?)[\s.!]*$/iu;

/** "… not yet", "… not now": a request held back for now. */
const HELD_FOR_NOW = /^(?:yet|now|today|right\s+now)$/i;

/** The said fields a denial may take back, in the order they are looked for. */
const DENIABLE: readonly SaidField[] = [
  'lead_reference',
  'name',
  'time',
  'status',
  'city',
  'locality',
  'source',
];

/**
 * "mark ravi sharma as won, no, not ravi", "book sunil monday at 4 no not monday": a value said and
 * then denied with nothing put instead is taken out of the last request, so that it is asked for.
 */
function withoutDeniedValue(text: string, region: string): Understanding {
  const denied = DENIED_AT_END.exec(text);
  const words = denied?.[1]?.trim().toLowerCase();
  const before = denied ? text.slice(0, denied.index) : text;
  const saidBefore = (value: string | undefined) =>
    words !== undefined && value !== undefined && ` ${value.toLowerCase()} `.includes(` ${words} `);
  // "… but now she is not interested": "not" with a status word is that status, no denial.
  const aStatus = words !== undefined && statusFromWords(`not ${words}`) !== null;
  // ("mark kavya as won? no, not yet", "book her for friday at 4, wait, not now": the request held back —
  // its status or its time becomes what was said instead, "not yet", which the answer asks about.)
  if (denied && words && HELD_FOR_NOW.test(words)) {
    const held = understandTranscript(before, region);
    const last = held.actions[held.actions.length - 1];
    const field =
      last?.intent === 'LEAD_UPDATE' ? 'status' : last?.intent === 'VISIT_SCHEDULE' ? 'time' : null;
    if (last && field) {
      const { notes: _notes, ...said } = last.said;
      return {
        ...held,
        actions: [...held.actions.slice(0, -1), { ...last, said: { ...said, [field]: `not ${words}` } }],
      };
    }
  }
  if (!denied || !words || !saidBefore(before) || aStatus) return understandTranscript(text, region);
  const understood = understandTranscript(before, region);
  const last = understood.actions[understood.actions.length - 1];
  const field = last ? DENIABLE.find((name) => saidBefore(last.said[name])) : undefined;
  if (!last || !field) return understandTranscript(text, region);
  const { [field]: _taken, ...said } = last.said;
  return { ...understood, actions: [...understood.actions.slice(0, -1), { ...last, said }] };
}

/** How long a voice note said without stops must be to be read as a story of several parts. */
const RUN_ON_WORDS = 16;
/** Where a clause of a run-on voice note begins: "… and she said …", "… so he is …", "… because …". */
const RUN_ON_BREAK =
  /\s+(?=(?:(?:and|but|so)\s+(?:then\s+)?)?(?:he|she|they)\s)|\s+(?=(?:so|but|because|and\s+then)\s)/gi;
/** A narration verb after a lead's name: "kavya madhavan called", "lokesh rahul came". */
const NARRATED =
  /\s(?:called|came|said|told|visited|is|was|has|had|wants|wanted|needs|needed|asked|liked|loved|will|would|spent|went|saw|met|phoned|rang|messaged|walked|dropped|arrived|showed|could|couldn't|did|didn't|se)\b/gi;
/** The first name in a run-on voice note that is the subject of its narration ("… kavya madhavan called …"). */
function narratedName(text: string): string | null {
  for (const verb of text.matchAll(NARRATED)) {
    const name = trailingNameWords(text.slice(0, verb.index), 2);
    if (name && name.includes(' ') && !isPronounReference(name) && !name.split(' ').some(isCommonEnglishWord))
      return name;
  }
  return null;
}

/**
 * "i met zarina at the site and boman irani called me … to say he is not interested", "zarina is fine but
 * boman irani wants to come again so book him …": "he"/"him" is the person named last as the subject of
 * the story, when that is someone other than the one it opens with (the nearest subject, as English
 * reads it).
 */
function laterSubject(said: string, opening: string | null): string | null {
  // ("… told me that ravi kumar is keen": "that" here joins the news, it is no article.)
  const text = said.replace(REPORTING_THAT, '$1');
  let last: string | null = null;
  for (const verb of text.matchAll(NARRATED)) {
    const before = text.slice(0, verb.index);
    const name = trailingNameWords(before, 2);
    // ("met laxmikant kudalkar and rahul dev burman, …, but burman is serious": one word of a name said
    // in full before is that person.)
    const fullBefore =
      name !== null && !name.includes(' ') && wordsPattern(name).test(before.slice(0, -name.length));
    if (
      name &&
      (name.includes(' ') || fullBefore) &&
      !isPronounReference(name) &&
      !name.split(' ').some(isCommonEnglishWord)
    )
      last = name;
  }
  return last && (!opening || !sameFirstWord(last, opening)) ? last : null;
}

const REPORTING_THAT = new RegExp(String.raw`\b(${REPORTING})\s+that\b`, 'gi');

/** The parts of a story: what is said between stops, commas and semicolons. */
const STORY_BREAK = /\s*[,.;]\s*/;
/** A status said first in a part, after words that only lead up to it: "deal closed", "still negotiating". */
const LEADS_UP = /^(?:(?:so|and|but|still|now|currently|overall|basically|already|then)\s+)*/i;

/**
 * "ekta came to the office, agreement signed, deal closed", "ajay came back to me, he is comparing
 * rates, follow up on monday": a voice note that tells a story about one lead and ends with the state
 * it comes to, or the next step, said as a part of its own without the lead. When nothing else in the
 * transcript is a request, the last part that reads as one is the story's lead's — never when the
 * story is about somebody of the lead's ("ajay's son came, he bought a flat elsewhere") or asks.
 */
function storyRequest(text: string, region: string): ClauseReading | null {
  let parts = text.split(STORY_BREAK).filter((part) => part.trim() !== '');
  // A voice note said in one breath, with no stops: its parts are where its clauses begin.
  const runOn = parts.length < 2 && text.split(/\s+/).length >= RUN_ON_WORDS;
  if (runOn) parts = splitAt(text, RUN_ON_BREAK);
  if (parts.length < 2 || parts.some(isQuestion)) return null;
  const opening = parts[0] ?? '';
  const subject =
    subjectName(opening) ?? extractLeadReference(opening, undefined) ?? (runOn ? narratedName(text) : null);
  if (!subject || isPronounReference(subject) || onlyAsRelationOf(text, subject)) return null;
  // The last part, then the last two: what a story comes to is said at its end.
  for (let from = parts.length - 1; from >= Math.max(1, parts.length - 2); from--) {
    const told = parts.slice(from).join(', ');
    const reading = understandClause(told, region);
    const lead = reading.said.lead_reference;
    if (reading.intent !== 'UNKNOWN' && (lead === undefined || isPronounReference(lead))) {
      // "i met zarina … and boman irani called me … to say | he is not interested": "he" is the later
      // subject of the story, not the one it opens with.
      const later = lead !== undefined ? laterSubject(parts.slice(0, from).join(' '), subject) : null;
      // "… with her friend and the friend liked it so much that | she booked one": the pronoun may be
      // the companion, not the lead.
      if (
        reading.intent === 'LEAD_UPDATE' &&
        lead !== undefined &&
        pronounMayBeCompanion(`${parts.slice(0, from).join(' ')} ${lead} `)
      )
        return null;
      return { ...reading, said: { ...reading.said, lead_reference: later ?? subject } };
    }
    // "…, deal closed", "…, negotiating now": a status said first in the part.
    const leadUp = LEADS_UP.exec(told)?.[0].length ?? 0;
    const status = findStatusPhrase(told.slice(leadUp));
    if (reading.intent === 'UNKNOWN' && status?.start === 0 && !status.negated) {
      const update = extractUpdate(told);
      if (update.status)
        return {
          intent: 'LEAD_UPDATE',
          strength: 2,
          said: {
            lead_reference: subject,
            status: update.status,
            ...(update.notes ? { notes: update.notes } : {}),
          },
        };
    }
  }
  return null;
}

const isReading = (reading: ClauseReading | null): reading is ClauseReading => reading !== null;

/** An opening said with doubt, a condition or a question: what follows it is not told as done. */
const DOUBTING_OPENING =
  /\b(?:not\s+sure|if|unless|whether|maybe|might|perhaps|(?:don'?t|do\s+not)\s+know|no\s+idea|wonder)\b|\?/i;

/**
 * "hafeez contractor and charles correa both came today, hafeez booked the 3 bhk and charles is still
 * thinking": an opening that is no request (who came, and when), then requests that each name their
 * own lead. They are read from the first stop or comma after which every request is whole and names
 * its lead — never after an opening said with doubt or as a question.
 */
function requestsAfterOpening(text: string, region: string): ClauseReading[] | null {
  for (const stop of text.matchAll(/\s*[,.;:]\s*/g)) {
    if (DOUBTING_OPENING.test(text.slice(0, stop.index))) return null;
    const rest = text.slice(stop.index + stop[0].length);
    if (!opensWithName(rest)) continue;
    const readings = splitRequests(rest)
      .flatMap(splitConjoinedLeads)
      .flatMap((clause) => splitSharedVerb(clause, region))
      .map((clause) => understandClause(clause, region));
    const named = (reading: ClauseReading) =>
      isComplete(reading) &&
      reading.said.lead_reference !== undefined &&
      !isPronounReference(reading.said.lead_reference);
    if (readings.length > 0 && readings.every(named)) return readings;
  }
  return null;
}

/** A verb a person said again by name is the subject of: "… harmanpreet has booked …". */
const SUBJECT_VERB = new Set([
  'is',
  'has',
  'had',
  'was',
  'wants',
  'wanted',
  'needs',
  'said',
  'says',
  'told',
  'will',
  'would',
  'can',
  'could',
  'does',
  'did',
  "didn't",
  "doesn't",
  'booked',
  'paid',
  'signed',
  'asked',
  'liked',
  'loved',
  'bought',
  'took',
  'chose',
  'decided',
  'agreed',
  'refused',
  'declined',
]);
/** Verbs that pass on what someone said: the clause after them is theirs to tell, no request. */
const PASSED_ON = new Set(['said', 'says', 'told', 'asked']);
/** Words after which a name is an object or a companion, not a new subject: "with ravi", "and meena". */
const NOT_BEFORE_SUBJECT = new Set([
  'and',
  'with',
  'to',
  'for',
  'of',
  'from',
  'that',
  'than',
  'by',
  'about',
  'told',
  'asked',
  'met',
  'called',
  'book',
  'mark',
  'tell',
  'ask',
  'call',
  'meet',
  'said',
  'says',
  'or',
  'nor',
  'if',
  'whether',
  'because',
  'only',
  'but',
  'also',
  'both',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
]);

/**
 * "harmanpreet kaur and smriti mandhana came together harmanpreet has booked smriti wants time till
 * january": in speech written without stops, a person said again by name as the subject of a verb
 * begins a clause of their own — a comma is put before the name, as a writer would.
 */
function withRepeatedSubjectsBroken(text: string): string {
  if (/[,.;:!?]/.test(text)) return text;
  // (Whole words only: the letters inside an id, "lead d2ae6d92 is lost", are no words said again.)
  const found = [...text.matchAll(/(?<![\p{L}\d])\p{L}[\p{L}']*(?![\p{L}\d])/gu)];
  const words = found.map((word) => word[0].toLowerCase());
  const wordAt = (index: number) => words[index] ?? '';
  const saidBefore = (said: string[], before: number) =>
    words.some((_, at) => at + said.length <= before && said.every((word, k) => wordAt(at + k) === word));
  let broken = '';
  let from = 0;
  for (let index = 1; index < words.length - 1; index++) {
    if (!SUBJECT_VERB.has(wordAt(index + 1))) continue;
    const last = wordAt(index);
    if (isCommonEnglishWord(last) || NOT_NAME_WORDS.has(last) || isPronounReference(last)) continue;
    // The name said again in full ("qadir khan is …") or by its first word alone ("harmanpreet has …").
    const start = index >= 2 && saidBefore([wordAt(index - 1), last], index - 1) ? index - 1 : index;
    if (start === index && !saidBefore([last], index - 1)) continue;
    if (start === 0 || NOT_BEFORE_SUBJECT.has(wordAt(start - 1))) continue;
    const at = found[start]?.index ?? from;
    broken += `${text.slice(from, at).trimEnd()}, `;
    from = at;
  }
  return from === 0 ? text : broken + text.slice(from);
}

/** A visit, or a booking for a time, spoken of: what a bare "cancelled" after it calls off. */
const VISIT_TALK =
  /\b(?:visits?|visiting|meetings?|appointments?|tours?|viewings?|coming|come|(?:book|schedule|fix|arrange)\s+(?:\p{L}+\s+){1,3}?for)\b/iu;

/** A new lead's name said to be unknown: "no name yet", "name not known", "didn't get his name". */
const NAME_NOT_KNOWN =
  /\b(?:no\s+name(?:\s+(?:yet|given|known|for\s+now))?|name\s+(?:not\s+(?:known|given|yet|said|taken)|unknown|pending|to\s+be\s+(?:confirmed|taken))|(?:didn'?t|did\s+not|don'?t|do\s+not|could\s+not|couldn'?t)\s+(?:get|know|have|take|catch)\s+(?:his|her|their|the)\s+name(?:\s+yet)?)\b/i;

/** "…, and vishal too", "… and meena as well", "…, same for ravi": the request said again for another lead. */
const SAME_FOR_ANOTHER =
  /[\s,;.]+(?:and\s+)?(?:(?:the\s+)?same\s+(?:for|with)\s+((?:(?!and\b)\p{L}+\s+){0,2}\p{L}+)|((?:(?!and\b)\p{L}+\s+){0,2}(?!and\b)\p{L}+)\s+(?:too|as\s+well))\s*[.!]?\s*$/iu;

/**
 * "mark pritam as follow up, and vishal too": the last request, said once more for the lead named after
 * it (its note stays with the first).
 */
function sameForAnother(text: string, region: string): Understanding | null {
  const tail = SAME_FOR_ANOTHER.exec(text);
  const name = (tail?.[1] ?? tail?.[2])?.trim();
  if (!tail || !name || leadingNameWords(name, 3) !== name || isPronounReference(name)) return null;
  const head = understandTranscript(text.slice(0, tail.index), region);
  const last = head.actions[head.actions.length - 1];
  if (
    !last ||
    (last.intent !== 'LEAD_UPDATE' && last.intent !== 'VISIT_SCHEDULE') ||
    !last.said.lead_reference ||
    namedIn(last.said, name)
  )
    return null;
  const { notes: _notes, ...said } = last.said;
  return { ...head, actions: [...head.actions, { ...last, said: { ...said, lead_reference: name } }] };
}

function understandTranscript(text: string, region: string): Understanding {
  const same = sameForAnother(text, region);
  if (same) return same;
  text = withRepeatedSubjectsBroken(text);
  const clauses: string[] = [];
  const first: ClauseReading[] = [];
  for (const part of splitRequests(text)
    .flatMap(splitConjoinedLeads)
    .flatMap((clause) => splitSharedVerb(clause, region))) {
    const clause = continued(part, first[first.length - 1]);
    clauses.push(clause);
    first.push(understandClause(clause, region));
  }
  let readings = first;
  // A clause that is no request of its own belongs to its neighbour: read the two together.
  while (readings.length > 1) {
    const unknown = readings.findIndex((reading) => reading.intent === 'UNKNOWN');
    if (unknown < 0) break;
    // "ravi's site visit is done, book the next one for friday at 4": a report about a lead, then a
    // request that names nobody, is that lead's request; the report itself writes nothing.
    const next = readings[unknown + 1];
    // "meena kal shaam 5 baje, bulao visit ke liye": when the words before a visit that has no time
    // hold one, they are its lead and its time — read together, below.
    const timeBefore =
      next?.intent === 'VISIT_SCHEDULE' &&
      !next.said.time &&
      findTimeMention(clauses[unknown] ?? '') !== null;
    // ("zarina is fine | but boman irani wants to come again so book him …": the clause's own subject first.)
    const own = next ? ownSubject(clauses[unknown + 1] ?? '', next) : null;
    // ("upendra came with his colleague waheeda rehman | and she wants a visit …": "she" is the colleague;
    // "jaya called on behalf of amitabh | he has paid the token": "he" is the one spoken for.)
    const pronounNext =
      next?.said.lead_reference !== undefined && isPronounReference(next.said.lead_reference);
    const spokenFor = pronounNext ? onBehalfOf(clauses[unknown] ?? '') : null;
    const reported =
      next && !timeBefore ? (own ?? spokenFor ?? leadOfReport(clauses[unknown] ?? '', next)) : null;
    const subject =
      reported && pronounNext
        ? (companionSubject(`${clauses[unknown] ?? ''} ${clauses[unknown + 1] ?? ''}`, reported) ?? reported)
        : reported;
    if (next && subject) {
      readings = [...readings];
      readings.splice(unknown, 2, { ...next, said: { ...next.said, lead_reference: subject } });
      clauses.splice(unknown, 2, clauses[unknown + 1] ?? '');
      continue;
    }
    // "waheeda referred her neighbour sanjay dutt, book sanjay dutt for wednesday at 5": a report
    // before a request that is whole on its own — its lead named, its time or status said — is news
    // that writes nothing.
    const whole =
      next !== undefined &&
      next.said.lead_reference !== undefined &&
      !isPronounReference(next.said.lead_reference) &&
      (next.intent === 'VISIT_SCHEDULE'
        ? next.said.time !== undefined
        : next.intent === 'LEAD_UPDATE' && next.said.status !== undefined);
    if (whole) {
      readings = readings.filter((_, index) => index !== unknown);
      clauses.splice(unknown, 1);
      continue;
    }
    const into = Math.max(0, unknown - 1);
    clauses.splice(into, 2, `${clauses[into]} ${clauses[into + 1]}`);
    readings = clauses.map((clause) => understandClause(clause, region));
  }
  if (readings.every((reading) => reading.intent === 'UNKNOWN')) {
    const told = requestsAfterOpening(text, region) ?? [storyRequest(text, region)].filter(isReading);
    if (told.length > 0) readings = told;
  }
  readings = withConditionsKept(text, readings);
  // "don't book him for friday, he cancelled", "was coming tomorrow at 11 but she cancelled": a bare
  // "cancelled" after a visit spoken of before it (in its own clause or one before) is that visit
  // called off, no loss.
  readings = readings.map((reading) => {
    const status = reading.said.status ?? '';
    const at = text.toLowerCase().lastIndexOf(status.toLowerCase());
    return reading.intent === 'LEAD_UPDATE' &&
      /^(?:cancell?ed|called\s+off)$/i.test(status) &&
      VISIT_TALK.test(text.slice(0, Math.max(0, at)))
      ? { intent: 'UNKNOWN', said: {}, strength: 0 }
      : reading;
  });
  readings = withNamesInFull(
    text,
    bothBooked(
      text,
      withLeadCarriedOn(
        withDaySaidLast(
          withoutRestatedRequests(wishThenBooking(withoutFirstThoughts(oneUpdatePerLead(readings)))),
        ),
      ),
    ),
  );
  readings = withoutRepeats(readings);
  readings = readings.map((reading) => withPronounOfTwo(text, reading, readings));
  // ".", "": nothing to read is one request not understood (the minimum of no confidences would be
  // Infinity, which JSON writes as null).
  if (readings.length === 0) readings = [{ intent: 'UNKNOWN', said: {}, strength: 0 }];
  const confidence = Math.min(
    ...readings.map((reading) => confidenceOf(reading.intent, reading.strength, reading.said)),
  );
  return { actions: readings.map(({ intent, said }) => ({ intent, said })), confidence };
}

/**
 * "ravi kumar and meena iyer came today, ravi paid the token, meena said no": a lead called by the first
 * name alone, said in full elsewhere in the same words, is the one said in full (one full form only).
 */
function withNamesInFull(text: string, readings: ClauseReading[]): ClauseReading[] {
  return readings.map((reading) => {
    const lead = reading.said.lead_reference;
    if (reading.intent === 'UNKNOWN' || !lead || /\s/.test(lead.trim()) || isPronounReference(lead))
      return reading;
    // The short form is the later mention; the full one is said before it, its other words a name's.
    const forms = [...text.matchAll(wordsPattern(lead, 'gi'))].map(
      (match) => leadingNameWords(text.slice(match.index), 3)?.toLowerCase() ?? '',
    );
    if (forms.length < 2 || forms[forms.length - 1] !== lead.trim().toLowerCase()) return reading;
    const full = new Set(
      forms.filter(
        (form) =>
          form !== lead.trim().toLowerCase() &&
          sameFirstWord(form, lead) &&
          form
            .split(/\s+/)
            .slice(1)
            .every(
              (word) => /^\p{L}+$/u.test(word) && !isCommonEnglishWord(word) && !NOT_NAME_WORDS.has(word),
            ),
      ),
    );
    const [only] = full;
    return full.size === 1 && only
      ? { ...reading, said: { ...reading.said, lead_reference: only } }
      : reading;
  });
}

/** "…, book both of them", "book them both": the visit is booked for each of the two people named. */
const BOTH_BOOKED = /\b(?:book|schedule|fix|arrange)\s+(?:both\s+of\s+them|them\s+both|both)\b/i;
/** "… wants to come with jaya prada on saturday …": the one who comes along, by name. */
const COMES_WITH = /\b(?:come|coming|comes|came|visit|visiting)\s+(?:along\s+)?with\s+/i;

/**
 * "amitabh wants to come with jaya prada on saturday at 11, book both of them": one visit read, two
 * people named — the one who wants it and the one who comes with them — and both are booked.
 */
function bothBooked(text: string, readings: ClauseReading[]): ClauseReading[] {
  const visits = readings.filter((reading) => reading.intent === 'VISIT_SCHEDULE');
  const [visit] = visits;
  const lead = visit?.said.lead_reference;
  if (!visit || visits.length !== 1 || !visit.said.time || !lead || !BOTH_BOOKED.test(text)) return readings;
  const cue = COMES_WITH.exec(text);
  const companion = cue ? leadingNameWords(text.slice(cue.index + cue[0].length), 3) : null;
  if (!companion || isPronounReference(lead) || isPronounReference(companion)) return readings;
  if (sameFirstWord(lead, companion)) return readings;
  return readings.flatMap((reading) =>
    reading === visit
      ? [lead, companion].map((each) => ({ ...visit, said: { ...visit.said, lead_reference: each } }))
      : [reading],
  );
}

/**
 * "rekha is keen on the corner unit, let's fix that for saturday at 4", "add lead … , book a visit on
 * sunday at 11": a request that names no lead, right after one about a lead, is about that lead.
 */
function withLeadCarriedOn(readings: ClauseReading[]): ClauseReading[] {
  return readings.map((reading, index) => {
    const previous = readings[index - 1];
    const lead = previous?.said.lead_reference ?? previous?.said.name;
    if (
      !previous ||
      previous.intent === 'UNKNOWN' ||
      lead === undefined ||
      isPronounReference(lead) ||
      (reading.intent !== 'VISIT_SCHEDULE' && reading.intent !== 'LEAD_UPDATE') ||
      reading.said.lead_reference !== undefined
    )
      return reading;
    return { ...reading, said: { ...reading.said, lead_reference: lead } };
  });
}

/**
 * "Neeraj called. He bought a flat from Lodha. Mark him lost.": a status told and then one asked for
 * "him" are about one lead, and make one update — the same status once; the one asked for when the
 * first was only told (a fact); otherwise both, for the answer to ask which.
 */
/** The lead a report names at its start, when the request after it names no lead of its own. */
const PRONOUN_BOOKED =
  /\b(?:book|schedule|fix|arrange|bring|call|mark|put|move|set|update|change)\s+(?:him|her)\b/i;
/** "meena told me (that) ravi …": the later subject passed on by the one the story opens with. */
const REPORTED_BEFORE = new RegExp(String.raw`\b${REPORTING}\s+(?:that\s+)?$`, 'i');

/**
 * Whom "him"/"her" said at `at` points to, when a later subject than `opening` was named: that subject,
 * the nearest — unless the opening person passed the news of it on ("meena told me ravi is keen, so
 * book her"), when either may be meant and both are given, to be asked about.
 */
function pronounTarget(text: string, at: number, opening: string): string | null {
  const later = laterSubject(text.slice(0, at), opening);
  if (!later) return null;
  return REPORTED_BEFORE.test(text.slice(0, lastWordAt(text.slice(0, at), later)))
    ? `${opening} or ${later}`
    : later;
}

/** Where the last whole-word "him"/"her" (or any words) stands in a text; its length when absent. */
function lastWordAt(text: string, words: string): number {
  let at = text.length;
  for (const match of text.matchAll(wordsPattern(words, 'gi', true))) at = match.index;
  return at;
}

/** The name a clause opens with as its subject, when its request's lead is only a pronoun. */
function ownSubject(clause: string, reading: ClauseReading): string | null {
  const said = reading.said.lead_reference;
  if (said === undefined || !isPronounReference(said)) return null;
  const name = leadingName(clause.trim(), 3);
  return name && !isPronounReference(name.name) && NARRATED_AFTER.test(clause.trim().slice(name.end))
    ? name.name
    : null;
}
const NARRATED_AFTER = new RegExp(`^${NARRATED.source}`, 'i');

function leadOfReport(report: string, next: ClauseReading): string | null {
  if (next.intent !== 'VISIT_SCHEDULE' && next.intent !== 'LEAD_UPDATE') return null;
  const said = next.said.lead_reference;
  if (said !== undefined && !isPronounReference(said)) return null;
  const text = report.replace(/'s\b/i, '').trim();
  const name = leadingName(text, 3);
  // The name must open the report ("the weather was bad, …" names no lead).
  if (!name || isPronounReference(name.name) || !text.toLowerCase().startsWith(name.name.toLowerCase()))
    return null;
  // ("zarina is fine but boman irani wants to come again, so book him …": "him" is the later subject.)
  return (said !== undefined && laterSubject(text, name.name)) || name.name;
}

/**
 * "… he's from chennai, number …, add him as a lead": a request said again after the story that
 * carried it, with nothing of its own (or only a pronoun for the lead), is that same request.
 */
/**
 * "radha called. she wants to see the flat. book her for thursday at 5": a visit wished for without a
 * time, then booked with one for the same lead, is one visit — the booking, about the wisher.
 */
function wishThenBooking(readings: ClauseReading[]): ClauseReading[] {
  const kept: ClauseReading[] = [];
  for (const reading of readings) {
    const previous = kept[kept.length - 1];
    const lead = reading.said.lead_reference;
    const sameLead = lead === undefined || isPronounReference(lead) || lead === previous?.said.lead_reference;
    if (
      previous?.intent === 'VISIT_SCHEDULE' &&
      reading.intent === 'VISIT_SCHEDULE' &&
      previous.said.time === undefined &&
      reading.said.time !== undefined &&
      sameLead
    ) {
      const wisher = previous.said.lead_reference;
      kept[kept.length - 1] = {
        ...reading,
        said: {
          ...reading.said,
          ...(wisher && (!lead || isPronounReference(lead)) ? { lead_reference: wisher } : {}),
        },
      };
      continue;
    }
    kept.push(reading);
  }
  return kept;
}

/**
 * "met rohan sharma and priya nair at the site, she booked …", "spoke to ravi kumar and sunil rao, he
 * wants …": two people named together, then "he" or "she" — which one is it? Neither named again after
 * the pair, the lead read for the pronoun is a guess: it is left a pronoun, and the answer asks who.
 */
const NAMED_TOGETHER =
  /\b((?:\p{L}+\s+)?\p{L}+)\s+(?:(?:came|come|comes|was|were|is|are)\s+)?(?:and|with|along\s+with)\s+((?:\p{L}+\s+)?\p{L}+)\b/giu;
const SINGULAR_PRONOUN = /\b(he|she|him|her)\b/i;
const wholeName = (said: string) => (said && leadingNameWords(said, 2) === said ? said : null);

function withPronounOfTwo(text: string, reading: ClauseReading, all: ClauseReading[]): ClauseReading {
  const lead = reading.said.lead_reference;
  if (reading.intent === 'UNKNOWN' || !lead || isPronounReference(lead)) return reading;
  const leads = all.map((other) => other.said.lead_reference ?? '').filter((other) => other !== '');
  for (const pair of text.matchAll(NAMED_TOGETHER)) {
    const [, first = '', second = ''] = pair;
    // Each side a name said whole ("met ravi and meena": the word before "and" alone).
    const names = [
      wholeName(first) ?? wholeName(first.split(/\s+/).pop() ?? ''),
      wholeName(second) ?? wholeName(second.split(/\s+/)[0] ?? ''),
    ];
    if (names.some((name) => !name || name.split(' ').some(isCommonEnglishWord))) continue;
    if (!names.some((name) => sameFirstWord(name ?? '', lead))) continue;
    // ("book rohan and priya for monday at 4, she will bring her mother": a request for both of the
    // pair is theirs, whatever the pronoun after it.)
    if (names.every((name) => leads.some((other) => sameFirstWord(name ?? '', other)))) continue;
    const after = text.slice(pair.index + pair[0].length);
    const pronoun = SINGULAR_PRONOUN.exec(after);
    if (!pronoun) continue;
    // Either one said again after the pair tells which one the story goes on about: as the subject of
    // a verb before the pronoun ("…, only satyajit is interested, put him …"), that one is meant.
    const before = after.slice(0, pronoun.index);
    const againAsSubject = names.filter((name) => {
      const first = name?.split(' ')[0] ?? '';
      return [...before.matchAll(wordsPattern(first, 'gi'))].some((mention) =>
        SUBJECT_VERB.has(/^\s+([\p{L}']+)/u.exec(before.slice(mention.index + first.length))?.[1] ?? ''),
      );
    });
    const [meant] = againAsSubject;
    if (meant && againAsSubject.length === 1 && !sameFirstWord(meant, lead))
      return { ...reading, said: { ...reading.said, lead_reference: meant } };
    const namedAgain = names.some((name) => wordsPattern(name?.split(' ')[0] ?? '').test(after));
    if (!namedAgain)
      return { ...reading, said: { ...reading.said, lead_reference: pronoun[1] ?? pronoun[0] } };
  }
  return reading;
}

/**
 * "mark ravi and meena as follow up, and sunil is lost": a request read twice (a clause carried along
 * with each of two leads) is one request — nothing is written twice.
 */
function withoutRepeats(readings: ClauseReading[]): ClauseReading[] {
  const seen = new Set<string>();
  return readings.filter((reading) => {
    if (reading.intent === 'UNKNOWN') return true;
    const key = JSON.stringify([
      reading.intent,
      Object.entries(reading.said)
        .map(([field, value]) => [field, String(value).trim().toLowerCase()])
        .sort(),
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutRestatedRequests(readings: ClauseReading[]): ClauseReading[] {
  return readings.filter((reading, index) => {
    const previous = readings[index - 1];
    if (!previous || previous.intent !== reading.intent || reading.intent === 'UNKNOWN') return true;
    const own = Object.entries(reading.said).filter(
      ([field, value]) => !(field === 'lead_reference' && isPronounReference(String(value))),
    );
    return own.length > 0;
  });
}

/** A next step with the lead, said as a verb: "call her next week", "meet him after diwali". */
const NEXT_STEP = /^\s*(?:call|ring|phone|ping|contact|message|whatsapp|meet|remind|try)\b/i;

function withoutNotes({ notes: _notes, ...said }: SaidEntities): SaidEntities {
  return said;
}

/**
 * "at first he said he is not interested, then he called back and wants to visit on wednesday": a
 * status told as a first thought, and then a later request about the same lead (or "he", or no one
 * named), is replaced by it — the later request is written, for the first thought's lead.
 */
function withoutFirstThoughts(readings: ClauseReading[]): ClauseReading[] {
  const [first, ...rest] = readings;
  if (!first) return [];
  const later = rest.find((next) => next.intent !== 'UNKNOWN');
  const lead = first.said.lead_reference;
  const laterLead = later?.said.lead_reference;
  const pointsBack = laterLead === undefined || isPronounReference(laterLead);
  if (
    first.intent !== 'LEAD_UPDATE' ||
    first.firstThought !== true ||
    !lead ||
    !later ||
    (!pointsBack && laterLead.toLowerCase() !== lead.toLowerCase())
  )
    return [first, ...withoutFirstThoughts(rest)];
  return withoutFirstThoughts(
    rest.map((next) =>
      next === later && pointsBack ? { ...next, said: { ...next.said, lead_reference: lead } } : next,
    ),
  );
}

function oneUpdatePerLead(readings: ClauseReading[]): ClauseReading[] {
  const kept: ClauseReading[] = [];
  for (const reading of readings) {
    const previous = kept[kept.length - 1];
    // "… mark him as won", "… has given the token. please mark as won": a pronoun, or no lead at all,
    // after an update of a named lead is that lead again.
    const pointsBack =
      previous?.intent === 'LEAD_UPDATE' &&
      reading.intent === 'LEAD_UPDATE' &&
      previous.said.lead_reference !== undefined &&
      (reading.said.lead_reference === undefined || isPronounReference(reading.said.lead_reference));
    if (!previous || !pointsBack) {
      kept.push(reading);
      continue;
    }
    const before = previous.said.status ?? '';
    const after = reading.said.status ?? '';
    // ("… the token transfer is done, please update him": a command with no status of its own asks
    // for the one told.)
    const same =
      after.trim() === '' ||
      (statusFromWords(before) !== null && statusFromWords(before) === statusFromWords(after));
    // ("first said yes to the 3 bhk but then he backed out": the later status replaces a first thought.)
    const replaces =
      previous.strength < reading.strength || (previous.firstThought === true && after.trim() !== '');
    const status = same ? before : replaces ? after : `${before} or ${after}`;
    // "put meena on follow up and call her next week": the follow-up said again with when it is, is
    // its note, as it is after a comma.
    // ("… will decide after the papers, follow up next week": the follow-up asked for is no note.)
    const when =
      same && statusFromWords(after) === 'FOLLOW_UP' && NEXT_STEP.test(after) && SAYS_WHEN.test(after)
        ? after
        : undefined;
    // ("… is interested but her husband is away …, so she asked me to follow up then": the status the
    // story comes to replaces the one before it, and the story before it is no note.)
    const superseded = !same && replaces;
    const notes =
      [superseded ? undefined : previous.said.notes, when, reading.said.notes].filter(Boolean).join('; ') ||
      undefined;
    kept[kept.length - 1] = {
      ...previous,
      strength: Math.max(previous.strength, reading.strength),
      said: { ...withoutNotes(previous.said), status, ...(notes ? { notes } : {}) },
    };
  }
  return kept;
}

export class RulesProvider implements UnderstandingProvider {
  readonly name = 'rules';

  constructor(private readonly region = 'IN') {}

  async understand(transcript: string): Promise<Understanding> {
    return understandWithRules(transcript, this.region);
  }
}
