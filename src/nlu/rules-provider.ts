import type { Intent } from '../domain';
import { REQUIRED_FIELDS } from '../domain';
import { KNOWN_CITY_PATTERN, SOURCE_PATTERN, canonicalSource } from './lexicon';
import { normalizeTranscript } from './normalize';
import { findPhoneMention } from './phone';
import type { SaidEntities, Understanding, UnderstandingProvider } from './provider';
import { PRONOUN_REFERENCE } from './references';
import { findStatusPhrase } from './status';
import { findTimeMention } from './time';

/**
 * The embedded understanding engine: no key, no network, a few microseconds a transcript. It reads
 * normalised text in three steps: cut off the notes, locate the phone and the time (which have their
 * own grammars), then find the intent from its cue words and read the remaining entities around them.
 */

const WORD = "\\p{L}[\\p{L}'.-]*";

/** Words that end a name or a city: what follows them is some other entity. */
const BOUNDARY_WORDS = new Set(
  (
    'from in at on by for with and or to as of is are was has have had who whose whom which that this these ' +
    'phone number mobile mob contact cell ph tel no num source via through thru city lives living based ' +
    'located staying resident interested looking wants want budget referred reference lead status visit ' +
    'meeting tour site tomorrow today tonight morning evening afternoon night next coming monday tuesday ' +
    'wednesday thursday friday saturday sunday am pm email notes note remarks comment comments he she they ' +
    'his her their him them it its but so then also around about please new prospect client customer ' +
    'buyer enquiry inquiry named called name mark update change move set schedule book fix arrange ' +
    'deal account family case file booking flat unit plot apartment villa property the a an up i me my ' +
    'you your we our can could would will want need add create register onboard enter save log put got ' +
    'today yesterday just also went got became turned not no finally already now should be ' +
    'bought booked signed paid wants needs said called visited saw liked close closed location area ' +
    'locality address place town district state ka ki ke ko se ne kar karo do hai'
  ).split(' '),
);

const SKIP_BEFORE_NAME =
  /^(?:(?:a|an|the|new|lead|prospect|client|customer|buyer|enquiry|inquiry|contact|person|guy|lady|named|called|name|is|mr\.?|mrs\.?|ms\.?|miss|shri|smt\.?|sri)\s+|[:\-,]\s*)+/i;

const KNOWN_CITY_START = new RegExp(`^(?:${KNOWN_CITY_PATTERN})$`, 'i');
const WORD_OR_MARK = new RegExp(`(${WORD})|([^\\s])`, 'gu');

/** Reads up to `maxWords` name-like words from the start of `text`, stopping at a boundary. */
function leadingNameWords(text: string, maxWords = 4): string | null {
  const words: string[] = [];
  const rest = text.replace(SKIP_BEFORE_NAME, '');
  for (const match of rest.matchAll(WORD_OR_MARK)) {
    const word = match[1];
    if (!word) break; // punctuation or a digit ends the name
    const possessive = /'s$/i.test(word);
    const bare = word.replace(/'s$/i, '').replace(/[.'-]+$/, '');
    if (BOUNDARY_WORDS.has(bare.toLowerCase())) break;
    if (words.length > 0 && (KNOWN_CITY_START.test(bare) || canonicalSource(bare))) break;
    words.push(bare);
    if (possessive) break;
    if (/[.]$/.test(word) && !/^(?:mr|mrs|ms|dr|st)\.$/i.test(word)) break;
    if (words.length === maxWords) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

function firstIndex(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

interface Span {
  start: number;
  end: number;
}

/** Blanks out a span so later extractors do not read it twice; lengths and offsets are kept. */
function blank(text: string, span: Span | null): string {
  if (!span) return text;
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

const NOTES_MARKER =
  /(?:^|[\s,.;])(?:(?:with|and|add|plus)\s+(?:a\s+|the\s+|some\s+)?)?(?:notes?|remarks?|comments?)\b(?!\s+down\b)\s*(?:[:\-–]|says?|saying|that|is|are)?\s*/i;

function splitNotes(text: string): { main: string; notes: string | undefined } {
  const match = NOTES_MARKER.exec(text);
  if (!match) return { main: text, notes: undefined };
  const notes = cleanClause(text.slice(match.index + match[0].length));
  return { main: text.slice(0, match.index), notes: notes || undefined };
}

function cleanClause(text: string): string {
  return text
    .trim()
    .replace(/^[\s,.;:\-–]+/, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
}

// ---- intent cues ---------------------------------------------------------------------------------

const VISIT_NOUN =
  /\b(?:site[\s-]?visits?|visits?|viewings?|meetings?|meet|(?:property\s+|site\s+)?tours?|showings?|walk-?throughs?|appointments?|inspections?|site\s+seeing|demo)\b/i;
const VISIT_VERB =
  /\b(?:schedule|scheduled|book|fix|arrange|set\s*up|setup|plan|organi[sz]e|line\s+up|slot|reschedule|put\s+in|pencil\s+in|take|add|create|keep|rakh)\b/i;
const CREATE_VERB =
  /\b(?:add|adding|create|creating|register|onboard|enrol|enroll|capture|enter|save|log|record|put\s+in|note\s+down)\b/i;
const LEAD_NOUN =
  /\b(?:leads?|prospects?|clients?|customers?|buyers?|enquiry|inquiry|enquiries|contacts?)\b/i;
const NEW_LEAD = /\bnew\s+(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact|entry)\b/i;
const NAME_CUE = /\b(?:name(?:\s+is)?|named|called)\b/i;
const UPDATE_VERBS =
  'update|updated|mark|marked|change|changed|move|moved|set|shift|put|flag|tag|convert|turn|close|closed';
const UPDATE_VERB = new RegExp(`\\b(?:${UPDATE_VERBS})\\b`, 'i');
const STATUS_WORD = /\bstatus\b/i;
/** Status phrases that say an update on their own: "Rahul not interested", "Priya booked". */
const SELF_EVIDENT_STATUS =
  /\b(?:not|no longer|interested|lost|won|booked|signed|converted|closed|dropped|backed|bought|purchased|paid|token|deal|finali[sz]ed|declined|rejected|cancell?ed|follow|call back|callback|cold|dead)\b/i;
/** "Amit is not interested", "Priya has booked", "the Bansal deal is done". */
const STATE_VERB = /\b(?:is|are|was|has|have|had|got|just|now|already|finally|went|deal\s+is)\b/i;

interface Candidate {
  intent: Exclude<Intent, 'UNKNOWN'>;
  position: number;
  strength: number;
}

/** Questions about the CRM ("what is the status of rohan") ask, they do not tell. */
const QUESTION = /^\s*(?:what|what's|whats|which|how|when|where|who|whose|why|is|are|does|did|do)\b/i;
/** Every lead at once is not something one transcript may do. */
const BULK =
  /\b(?:every|all|each)\s+(?:(?:the|my|of\s+the|of\s+my)\s+)?(?:leads?|clients?|customers?|prospects?|visits?)\b|\ball\s+of\s+them\b|\beveryone\b/i;

function intentCandidates(main: string, hasPhone: boolean, hasTime: boolean): Candidate[] {
  if (BULK.test(main)) return [];
  // "how do i add a lead": a question about the bot, not a request, unless it carries the details.
  if (
    /^\s*(?:how|what|why|where|can\s+i|could\s+i)\b/i.test(main) &&
    !hasPhone &&
    !hasTime &&
    /\b(?:how|what|why|where)\b.*\b(?:do|does|can|should|is|are)\s+(?:i|you|we)\b/i.test(main)
  )
    return [];
  const candidates: Candidate[] = [];
  const visitNoun = firstIndex(main, VISIT_NOUN);
  const status = findStatusPhrase(
    main.replace(/\bnew\s+(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact)\b/gi, (m) =>
      ' '.repeat(m.length),
    ),
  );

  if (visitNoun >= 0) {
    const verb = firstIndex(main.slice(0, visitNoun), VISIT_VERB);
    if (verb >= 0 || hasTime) {
      candidates.push({
        intent: 'VISIT_SCHEDULE',
        position: verb >= 0 ? verb : visitNoun,
        strength: verb >= 0 && hasTime ? 3 : 2,
      });
    }
  }

  const updateVerb = firstIndex(main, UPDATE_VERB);
  const statusWord = firstIndex(main, STATUS_WORD);
  if (status) {
    const before = main.slice(0, status.start);
    if (updateVerb >= 0 && updateVerb < status.start) {
      candidates.push({ intent: 'LEAD_UPDATE', position: updateVerb, strength: 3 });
    } else if (updateTarget(main)) {
      // "Amit is a hot lead now, set him to in progress": the verb points at the status.
      candidates.push({ intent: 'LEAD_UPDATE', position: 0, strength: 3 });
    } else if (statusWord >= 0 && !QUESTION.test(main)) {
      candidates.push({ intent: 'LEAD_UPDATE', position: statusWord, strength: 3 });
    } else if (
      SELF_EVIDENT_STATUS.test(main.slice(status.start, status.end)) &&
      !CREATE_VERB.test(before) &&
      (STATE_VERB.test(before.slice(-30)) || /^\s*[\p{L}\d\s'.-]{2,40}$/u.test(before))
    ) {
      candidates.push({ intent: 'LEAD_UPDATE', position: Math.max(0, before.search(/\S/)), strength: 2 });
    }
  } else if (
    (updateVerb >= 0 && /\b(?:to|as|into)\b|\bon\s+hold\b/i.test(main.slice(updateVerb))) ||
    (statusWord >= 0 && !QUESTION.test(main)) ||
    (UNSUPPORTED_STATUS.test(main) && LEAD_NOUN.test(main))
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
  } else if (/^\s*(?:update|change|modify)\b/i.test(main) && visitNoun < 0 && !CREATE_VERB.test(main)) {
    // "update rohan sharma": an update that does not say to what; validation asks for the status.
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
    // "add Leela Das from Guwahati": a person and where they are from is a lead too.
    (LEAD_NOUN.test(main) || hasPhone || NAME_CUE.test(main) || (visitNoun < 0 && SAYS_A_CITY.test(main)))
  ) {
    candidates.push({
      intent: 'LEAD_CREATE',
      position: createVerb.index,
      strength: LEAD_NOUN.test(main) ? 3 : 2,
    });
  } else if (hasPhone && (NAME_CUE.test(main) || LEAD_NOUN.test(main)) && !status && visitNoun < 0) {
    candidates.push({ intent: 'LEAD_CREATE', position: 0, strength: 1 });
  }
  return candidates;
}

// ---- entities ------------------------------------------------------------------------------------

const SOURCE_AFTER_CUE = new RegExp(
  `\\b(?:(?:lead\\s+)?source(?:\\s+is|\\s+was)?\\s*[:\\-]?|via|through|thru|from|on|by|referred\\s+(?:through|via|by)|came\\s+(?:in\\s+)?(?:from|through|via)|saw|seen|found\\s+us\\s+on)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?(${SOURCE_PATTERN})\\b`,
  'i',
);
const SOURCE_UNKNOWN_AFTER_CUE =
  /\b(?:lead\s+)?source(?:\s+is|\s+was)?\s*[:-]?\s+(\p{L}[\p{L}\d.&'-]*(?:\s+\p{L}[\p{L}\d.&'-]*)?)/iu;
const SOURCE_BARE = new RegExp(
  `\\b(instagram|facebook|whats\\s?app|referral|walk[\\s-]?in|walked\\s+in|website|99\\s?acres|magic\\s?bricks|nobroker|no\\s+broker|housing\\.com|justdial|just\\s+dial|linkedin|youtube|cold\\s+call)\\b`,
  'i',
);
const REFERRED_BY = /\breferred\s+by\s+/i;

function extractSource(main: string): { value: string; span: Span } | null {
  const cued = SOURCE_AFTER_CUE.exec(main);
  if (cued) return { value: cued[1]!, span: { start: cued.index, end: cued.index + cued[0].length } };
  const referred = REFERRED_BY.exec(main);
  if (referred) {
    const who = leadingNameWords(main.slice(referred.index + referred[0].length), 3) ?? '';
    return {
      value: 'referral',
      span: { start: referred.index, end: referred.index + referred[0].length + who.length },
    };
  }
  const unknown = SOURCE_UNKNOWN_AFTER_CUE.exec(main);
  if (unknown) {
    const value = unknown[1]!.split(/\s+/).filter((word) => !BOUNDARY_WORDS.has(word.toLowerCase()))[0];
    if (value) return { value, span: { start: unknown.index, end: unknown.index + unknown[0].length } };
  }
  const bare = SOURCE_BARE.exec(main);
  // "whatsapp number 98…" names the kind of number, not where the lead came from.
  if (bare && /^\s*(?:number|no\b|num|contact|id|handle)/i.test(main.slice(bare.index + bare[0].length)))
    return null;
  if (bare) return { value: bare[1]!, span: { start: bare.index, end: bare.index + bare[0].length } };
  return null;
}

const CITY_CUE =
  /\b(?:from|in|city(?:\s+is|\s+name)?\s*[:-]?|based\s+(?:in|out\s+of)|located\s+in|lives\s+in|living\s+in|staying\s+(?:in|at)|resident\s+of|residing\s+in|stays\s+in|location\s*[:-]?|area\s*[:-]?|of)\s+/gi;
const SAYS_A_CITY = new RegExp(`\\b(?:from|in|city)\\s+\\p{L}|\\b(?:${KNOWN_CITY_PATTERN})\\b`, 'iu');
const KNOWN_CITY = new RegExp(`\\b(${KNOWN_CITY_PATTERN})\\b`, 'i');
const KNOWN_CITY_AT_START = new RegExp(`^(${KNOWN_CITY_PATTERN})\\b`, 'i');

export function extractCity(main: string): { value: string; span: Span } | null {
  // A known city after a cue first, then an unknown one after a strong cue, then a known one anywhere.
  let unknownAfterCue: { value: string; span: Span } | null = null;
  for (const cue of main.matchAll(CITY_CUE)) {
    const after = main.slice(cue.index + cue[0].length);
    const known = KNOWN_CITY_AT_START.exec(after);
    if (known)
      return {
        value: known[1]!,
        span: { start: cue.index, end: cue.index + cue[0].length + known[0].length },
      };
    const cueWord = cue[0].trim().toLowerCase();
    if (
      (!unknownAfterCue && cueWord !== 'of' && cueWord !== 'in') ||
      (!unknownAfterCue && cueWord === 'in' && /^\p{Lu}/u.test(after))
    ) {
      const words = leadingNameWords(after, 3);
      if (words && !/^(?:the|a|an)$/i.test(words)) {
        unknownAfterCue = {
          value: words,
          span: { start: cue.index, end: cue.index + cue[0].length + words.length },
        };
      }
    }
  }
  if (unknownAfterCue) return unknownAfterCue;
  const anywhere = KNOWN_CITY.exec(main);
  if (anywhere)
    return { value: anywhere[1]!, span: { start: anywhere.index, end: anywhere.index + anywhere[0].length } };
  return null;
}

const NAME_AFTER_STRONG_CUE =
  /\b(?:(?:his|her|their|the|client'?s?|customer'?s?|lead'?s?)\s+)?(?:full\s+)?(?:name(?:\s+is)?|named|called)\s*[:-]?\s+/gi;
const NAME_AFTER_LEAD_CUE =
  /\b(?:lead|prospect|client|customer|buyer|enquiry|inquiry|contact|add|adding|create|register|onboard|enrol|enroll|capture|save|for|mr\.?|mrs\.?|ms\.?|shri|smt\.?|met|meeting|spoke\s+(?:to|with)|talked\s+to|call\s+from|enquiry\s+from|inquiry\s+from)\s*[:,-]?\s+/gi;

export function extractNameForCreate(main: string): string | null {
  for (const cue of main.matchAll(NAME_AFTER_STRONG_CUE)) {
    const name = leadingNameWords(main.slice(cue.index + cue[0].length));
    if (name) return name;
  }
  for (const cue of main.matchAll(NAME_AFTER_LEAD_CUE)) {
    const name = leadingNameWords(main.slice(cue.index + cue[0].length));
    if (name) return name;
  }
  // "Rohan Sharma, Pune, 98765 43210": a name standing first.
  return leadingNameWords(main.replace(/^\s*(?:(?:ok|okay|so|hi|hello|hey|yes|yeah)\b[\s,]*)+/i, ''), 4);
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const LEAD_ID_AFTER_CUE =
  /\blead\s*(?:id|number|no\.?|num|#|with\s+id|with\s+number)?\s*(?:is\s+)?[:#]?\s*([0-9a-f][0-9a-f-]{0,35})(\.{2,}|\.(?=\s|$)|…)?(?![\p{L}\d])/iu;
const ID_TOKEN = /(?:^|\s)#?([0-9a-f]*\d[0-9a-f]*(?:-[0-9a-f]+)*)(?:\.{2,}|…)?(?=\s|[,.;]|$)/gi;

/** Where a person refers to a lead by name: after these words, before these. */
const POSSESSIVE = new RegExp(`(?:^|\\s)((?:${WORD}\\s+){0,2}${WORD})'s\\s`, 'u');
const NAME_REF_AFTER = new RegExp(
  `\\b(?:for|with|of|${UPDATE_VERBS}|visit|meet|meeting|lead|client|customer|prospect|called|named|status)\\s+` +
    '(?:the\\s+)?(?:lead\\s+|client\\s+|customer\\s+|prospect\\s+|mr\\.?\\s+|mrs\\.?\\s+|ms\\.?\\s+|status\\s+(?:of|for)\\s+)?',
  'gi',
);

function extractLeadReference(main: string, phoneText: string | undefined): string | null {
  const uuid = UUID.exec(main);
  if (uuid) return uuid[0];
  const cued = LEAD_ID_AFTER_CUE.exec(main);
  if (cued && /\d/.test(cued[1]!)) return cued[1]! + (cued[2] ? '…' : '');
  if (phoneText) return phoneText;
  for (const token of main.matchAll(ID_TOKEN)) {
    const value = token[1]!;
    if (/[a-f]/i.test(value) && value.replace(/-/g, '').length >= 4) return value;
  }
  // "Priya Nair's visit", "Amit is not interested": a name standing before a possessive or a verb.
  for (const cue of main.matchAll(NAME_REF_AFTER)) {
    const name = leadingNameWords(main.slice(cue.index + cue[0].length), 3);
    if (name) return name;
  }
  const possessive = POSSESSIVE.exec(main);
  if (possessive) {
    const name = leadingNameWords(possessive[1]!, 3);
    if (name) return name;
  }
  const subject = leadingNameWords(
    main.replace(/^\s*(?:(?:ok|okay|so|hi|hey|yes|yeah|and|also|the\s+lead|lead)\b[\s,]*)+/i, ''),
    3,
  );
  if (subject) return subject;
  // "book a visit for her": the lead talked about before; the pipeline knows which.
  return PRONOUN_REFERENCE.exec(main)?.[0].toLowerCase().replace(/\s+/g, ' ') ?? null;
}

const STATUS_AFTER_TO =
  /\b(?:to|as|into|status\s+(?:is|to|as))\s+(?:be\s+)?(?:the\s+)?["']?([\p{L}][\p{L}\s-]{0,30}?)["']?(?=\s*(?:[,.;]|$|\b(?:because|since|as|and|with|notes?|remarks?|coz|cause|but)\b))/iu;
/** Statuses people use that this CRM does not have: read as said, so validation can name them. */
const UNSUPPORTED_STATUS = /\b(?:on\s+hold|paused|parked|archived|snoozed|dormant|on\s+pause)\b/i;

/** What makes the words after a status a clause of their own (notes) and not its object. */
const CLAUSE_START =
  /^\s*(?:[,.;:\-–]|(?:because|since|as|coz|cause|but|reason|saying|said|says|they|he|she|we|i|client|customer|buyer|budget|wants|will|may|might|needs|already)\b)/i;
const CLAUSE_CONNECTOR =
  /^[\s,.;:\-–]*(?:(?:because|since|as|and|coz|cause|but|reason|saying|said|says|they\s+said|—)\b[\s,:]*)*/i;

/** "move her to in progress", "mark X as won": the status an update verb points at. */
const TARGET_AFTER_VERB = new RegExp(`\\b(?:${UPDATE_VERBS})\\b[^,.;]*?\\b(?:to|as|into)\\s+`, 'i');

/** Where an update verb points at a known status: the verb's position and the status phrase. */
function updateTarget(main: string): { verb: number; span: Span } | null {
  const target = TARGET_AFTER_VERB.exec(main);
  if (!target) return null;
  const from = target.index + target[0].length;
  const pointed = findStatusPhrase(main.slice(from));
  if (!pointed || pointed.start !== 0) return null;
  return { verb: target.index, span: { start: from, end: from + pointed.end } };
}

/** The words after a status, as notes, when they form a clause of their own. */
function trailingNotes(after: string): { notes?: string } {
  const trailing = cleanClause(after.replace(CLAUSE_CONNECTOR, ''));
  return CLAUSE_START.test(after) && trailing.split(/\s+/).filter(Boolean).length >= 2
    ? { notes: trailing }
    : {};
}

function extractUpdate(main: string): { status?: string; notes?: string; statusSpan?: Span } {
  const target = updateTarget(main);
  if (target) {
    const { span } = target;
    return {
      status: main.slice(span.start, span.end),
      statusSpan: span,
      ...trailingNotes(main.slice(span.end)),
    };
  }
  const found = findStatusPhrase(
    main.replace(/\bnew\s+(?:lead|prospect|client|customer)\b/gi, (m) => ' '.repeat(m.length)),
  );
  if (found) {
    return {
      status: main.slice(found.start, found.end),
      statusSpan: { start: found.start, end: found.end },
      ...trailingNotes(main.slice(found.end)),
    };
  }
  const unsupported = UNSUPPORTED_STATUS.exec(main);
  if (unsupported) {
    return {
      status: unsupported[0],
      statusSpan: { start: unsupported.index, end: unsupported.index + unsupported[0].length },
    };
  }
  const toWords = STATUS_AFTER_TO.exec(main);
  if (toWords)
    return {
      status: toWords[1]!.trim(),
      statusSpan: { start: toWords.index, end: toWords.index + toWords[0].length },
    };
  return {};
}

const PHONE_CUE_WITH_DIGITS =
  /\b(?:phone|mobile|mob|number|contact|cell|ph|tel)(?:\s+(?:number|no\.?|num))?(?:\s+is)?\s*[:-]?\s*(\+?\d[\d\s-]{2,})/i;

// ---- the provider --------------------------------------------------------------------------------

function confidenceOf(intent: Intent, strength: number, said: SaidEntities): number {
  if (intent === 'UNKNOWN') return 0.3;
  const required = REQUIRED_FIELDS[intent].map((field) =>
    field === 'lead_id' ? 'lead_ref' : field === 'visit_time' ? 'time' : field,
  );
  const present = required.filter((field) => said[field as keyof SaidEntities] !== undefined).length;
  const base = ({ 1: 0.55, 2: 0.75, 3: 0.88 } as Record<number, number>)[strength] ?? 0.6;
  return Math.round(Math.min(0.99, base + 0.11 * (present / required.length)) * 100) / 100;
}

interface ClauseReading {
  intent: Intent;
  said: SaidEntities;
  strength: number;
}

/** Reads one request from normalised text. */
function understandClause(text: string, region: string): ClauseReading {
  const { main: withPhone, notes: markedNotes } = splitNotes(text);

  const phone = findPhoneMention(withPhone, region);
  const withoutPhone = blank(withPhone, phone);
  // "lead 12 on friday": the lead's number must not be read as part of the time.
  const leadIdCue = LEAD_ID_AFTER_CUE.exec(withoutPhone);
  const leadIdSpan = leadIdCue
    ? { start: leadIdCue.index, end: leadIdCue.index + leadIdCue[0].length }
    : null;
  // Only a visit needs its time, and a visit is always named ("visit", "meeting", "tour"…).
  const time = VISIT_NOUN.test(withoutPhone) ? findTimeMention(blank(withoutPhone, leadIdSpan)) : null;
  const main = (time?.spans ?? []).reduce((text, span) => blank(text, span), withoutPhone);

  const candidates = intentCandidates(main, phone !== null, time !== null);
  if (candidates.length === 0) return { intent: 'UNKNOWN', said: {}, strength: 0 };
  const chosen = candidates.sort((a, b) => a.position - b.position || b.strength - a.strength)[0]!;
  const said: SaidEntities = {};

  if (chosen.intent === 'LEAD_CREATE') {
    // A number too short to be a phone, said where the phone goes, is an invalid phone, not a missing one.
    const shortNumber = phone ? null : PHONE_CUE_WITH_DIGITS.exec(main);
    if (phone) said.phone = phone.text;
    else if (shortNumber) said.phone = shortNumber[1]!.trim();
    const source = extractSource(main);
    const withoutSource = blank(main, source?.span ?? null);
    if (source) said.source = source.value;
    const city = extractCity(withoutSource);
    if (city) said.city = city.value;
    const name = extractNameForCreate(blank(withoutSource, city?.span ?? null));
    if (name) said.name = name;
    if (markedNotes) said.notes = markedNotes;
  } else if (chosen.intent === 'VISIT_SCHEDULE') {
    if (time) said.time = time.text;
    const reference = extractLeadReference(
      main.replace(VISIT_NOUN, (m) => ' '.repeat(m.length)),
      phone?.text,
    );
    if (reference) said.lead_ref = reference;
    if (markedNotes) said.notes = markedNotes;
  } else {
    // A time in an update belongs to its notes ("call him next week"), so it stays in the text.
    const update = extractUpdate(withoutPhone);
    if (update.status) said.status = update.status;
    const beforeStatus = update.statusSpan
      ? blank(main, update.statusSpan).slice(0, update.statusSpan.end)
      : main;
    const reference = extractLeadReference(beforeStatus, phone?.text);
    if (reference) said.lead_ref = reference;
    const notes = markedNotes ?? update.notes;
    if (notes) said.notes = notes;
  }
  return { intent: chosen.intent, said, strength: chosen.strength };
}

const INTENT_VERB =
  '(?:please\\s+|also\\s+|then\\s+|and\\s+)*(?:book|schedule|fix|arrange|set\\s+up|plan|mark|update|change|move|set|add|create|register|onboard|put|close|log)\\b';
/**
 * Where a transcript may hold a second request: "… and book a visit for her", "…. Then mark him as
 * won". A break is kept only if the words on both sides read as requests of their own.
 */
const REQUEST_BREAK = new RegExp(
  `(?:\\s*[,;]\\s*|\\s+)(?:and\\s+then|and\\s+also|and|then|also|after\\s+that|plus)\\s+(?=${INTENT_VERB})|[.;!?]\\s+(?=${INTENT_VERB})`,
  'gi',
);

function splitRequests(text: string): string[] {
  const clauses: string[] = [];
  let from = 0;
  for (const match of text.matchAll(REQUEST_BREAK)) {
    clauses.push(text.slice(from, match.index));
    from = match.index + match[0].length;
  }
  clauses.push(text.slice(from));
  return clauses.map((clause) => clause.trim()).filter(Boolean);
}

export function understandWithRules(transcript: string, region = 'IN'): Understanding {
  const text = normalizeTranscript(transcript);
  const clauses = splitRequests(text);
  let readings = clauses.map((clause) => understandClause(clause, region));
  // A clause that is no request of its own belongs to its neighbour: read the two together.
  while (readings.length > 1) {
    const unknown = readings.findIndex((reading) => reading.intent === 'UNKNOWN');
    if (unknown < 0) break;
    const into = Math.max(0, unknown - 1);
    clauses.splice(into, 2, `${clauses[into]} ${clauses[into + 1]}`);
    readings = clauses.map((clause) => understandClause(clause, region));
  }
  const confidence = Math.min(
    ...readings.map((reading) => confidenceOf(reading.intent, reading.strength, reading.said)),
  );
  return { actions: readings.map(({ intent, said }) => ({ intent, said })), confidence };
}

export class RulesProvider implements UnderstandingProvider {
  readonly name = 'rules';

  constructor(private readonly region = 'IN') {}

  async understand(transcript: string): Promise<Understanding> {
    return understandWithRules(transcript, this.region);
  }
}
