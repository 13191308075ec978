import { KNOWN_CITY_PATTERN, NOT_NAME_WORDS, SOURCE_PATTERN } from './lexicon';
import { patternOf, wordsPattern } from './said-pattern';
import { findStatusPhrase } from './status';
import { WordSet } from './word-set';

/**
 * Self-corrections in speech: "thursday at 3 no sorry 4", "mark him as won i mean follow up", "from
 * thane actually make that pune", "for priya, no, for sunita". A repair marker ("no sorry", "i mean",
 * "actually", "make it", "wait", "scratch that", "correction", "not X but Y") replaces the value it
 * follows with the value after it, in whichever slot that is: the words from the start of the
 * replaced value (the reparandum) to the start of the new one are cut out. Which value is replaced
 * is decided by kind: the new value's kind (a time of day, a day, digits, a status, a city, a source,
 * a lead after "for", a name) picks the last value of the same kind before the marker. A marker with
 * nothing it could correct is dropped as a filler. Runs on normalised text (digits and times written).
 */

type Kind =
  | 'clock'
  | 'daypart'
  | 'meridiem'
  | 'day'
  | 'digits'
  | 'status'
  | 'city'
  | 'source'
  | 'for-lead'
  | 'place'
  | 'name'
  | 'named';

interface Value {
  kind: Kind;
  start: number;
  end: number;
  /** Words between a marker and its new value that go with the marker ("just", "not indore"). */
  dropped?: { start: number; end: number };
}

/** Longest first: "no sorry" before "no", "actually make that" before "actually". */
const MARKERS = [
  // A correction announced in words: "at 4, let me correct that, 5", "on monday my mistake tuesday".
  'let me correct that',
  'let me correct myself',
  'let me correct',
  'correcting myself',
  'correcting that',
  'i correct myself',
  'what i meant was',
  'what i meant is',
  'what i mean is',
  'sorry i meant to say',
  'i meant to say',
  'i mean to say',
  'i misspoke',
  'my mistake',
  'my bad',
  'oops',
  // Hinglish "i mean": "won mark karo matlab follow up".
  'matlab',
  'actually make that',
  'change that to',
  // "mark her lost, no, leave it at follow up": the status kept is the one put instead.
  'leave it at',
  'leave it as',
  'leave it in',
  'keep it at',
  'keep it as',
  'keep it in',
  'change it to',
  // "… tomorrow at 11, but move it to the day after at the same time": the visit moved.
  'move it to',
  'shift it to',
  'push it to',
  'postpone it to',
  'prepone it to',
  'actually make it',
  'actually no',
  'no no no',
  'no no',
  'nahi nahi',
  'no sorry',
  'no just',
  'no wait',
  'sorry i meant',
  'sorry i mean',
  'i meant',
  'i mean',
  'make that',
  'make it',
  'scratch that',
  // "mark him won, just kidding, he is still thinking": what was said in jest is taken back.
  'just kidding',
  'just joking',
  'or rather',
  'correction',
  'actually',
  'sorry',
  'wait',
  'no',
  // Hinglish "no": "kal 11 baje nahi 12 baje".
  'nahi',
  'nahin',
];

/** Words after which "wait" is the verb: "will wait", "want to wait", "can't wait". */
const WAIT_AS_VERB_BEFORE =
  "(?:will|would|to|can|could|should|must|shall|may|might|not|cannot|can't|won't|'ll|happy|ready|let's)";

/** Markers come in runs: "no make it", "wait no", "sorry make it", "no wait actually". */
const ONE_MARKER = `(?:${MARKERS.map((marker) => marker.replace(/ /g, '[\\s,]+')).join('|')})`;
const MARKER = new RegExp(
  // "… can't come on sunday so make it monday at 11": "make it" after "so" or "then" is a request of
  // its own, not a repair of what came before.
  // ("they will wait for a year": "wait" after a verb that takes it is the verb, no repair.)
  `(?:^|[\\s,.;])(?!(?<=\\b(?:so|then|please|and)\\s)make\\s+(?:it|that)\\b)(?!(?<=\\b${WAIT_AS_VERB_BEFORE}\\s)wait\\b)(${ONE_MARKER}(?:[\\s,]+${ONE_MARKER})*)(?=[\\s,.;]|$)[\\s,.;]*`,
  'gi',
);

/**
 * Whether a marker's words are said, in order, anywhere in the text: where none is, MARKER (costly:
 * tried at every space) cannot match. Its separators are all read as spaces here, so this finds every
 * place MARKER could, and some it will not.
 */
const MARKER_WORDS = new WordSet(MARKERS.map((marker) => ` ${marker} `));
function mayHoldMarker(text: string): boolean {
  return MARKER_WORDS.anyIn(` ${text.toLowerCase().replace(/[\s,.;]+/g, ' ')} `);
}

/** Words that only fill: removed when no repair needs them. */
const LEFTOVER = new RegExp(
  `(?:^|(?<=[\\s,.;]))(?:i\\s+mean|i\\s+meant|actually|(?<!\\b${WAIT_AS_VERB_BEFORE}\\s)wait)(?=[\\s,.;]|$)[,]?`,
  'gi',
);

const WEEKDAY = '(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?';
const DAY_WORD = `(?:${WEEKDAY}|today|tomorrow|tonight|day\\s+after(?:\\s+tomorrow)?|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+\\w+)?)`;
// "morning 10", "evening at 6": a part of the day said with its hour is one value.
const CLOCK =
  '(?:(?:(?:morning|evening|afternoon|night)\\s+(?:at\\s+)?)?\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm))?|noon|midnight)';

const PATTERNS: readonly [Kind, RegExp][] = [
  ['digits', /(?:\+?\d{3,}(?:[\s-]+\d{2,})*)/y],
  ['day', new RegExp(DAY_WORD, 'iy')],
  ['clock', new RegExp(`${CLOCK}(?![\\d:])`, 'iy')],
  // "at 7 in the evening sorry morning": the part of the day alone; the hour stays.
  ['daypart', /(?:in\s+the\s+)?(?:morning|evening|afternoon|night)\b/iy],
  ['city', new RegExp(`(?:${KNOWN_CITY_PATTERN})\\b`, 'iy')],
  ['source', new RegExp(`(?:${SOURCE_PATTERN})\\b`, 'iy')],
  // The second word is a surname, never the marker itself ("for sonal no for geeta").
  [
    'for-lead',
    new RegExp(
      `for\\s+(?:lead\\s+)?(?!${DAY_WORD}\\b)\\p{L}[\\p{L}'.-]*(?:\\s+(?!(?:no|sorry|wait|actually|i|make|correction|correcting|scratch|or|at|on|let|my|oops|what|matlab)\\b)\\p{L}[\\p{L}'.-]*)?`,
      'iuy',
    ),
  ],
  // "from vapi sorry valsad": a place no list knows, after its cue; the value is the word itself.
  ['place', /(?:from|in)\s+\p{L}[\p{L}'.-]*/iuy],
];

const STATUS_WINDOW = 160;

/** The value of a known kind that starts exactly at `at`, if any. */
function valueAt(text: string, at: number): Value | null {
  // A status phrase and the words it is read with fit in a window: the rest of a long text is not read.
  const status = findStatusPhrase(text.slice(at, at + STATUS_WINDOW));
  if (status && status.start === 0) return { kind: 'status', start: at, end: at + status.end };
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match && match[0].length > 0 && !/\p{L}/u.test(text[at + match[0].length] ?? '')) {
      if (kind !== 'place') return { kind, start: at, end: at + match[0].length };
      // "from facebook", "in follow up": a value of a known kind after the cue is that value.
      const cue = /^\p{L}+\s+/u.exec(match[0])?.[0].length ?? 0;
      return valueAt(text, at + cue) ?? { kind, start: at + cue, end: at + match[0].length };
    }
  }
  return null;
}

const WORD_START = /(?:^|[\s,.;])(?=[^\s,.;])/g;

/** Every value of a known kind before `end`, left to right, each starting where a word starts. */
function valuesBefore(text: string, end: number): Value[] {
  const values: Value[] = [];
  let reached = 0;
  for (const word of text.slice(0, end).matchAll(WORD_START)) {
    const at = word.index + word[0].length;
    if (at < reached) continue;
    const value = valueAt(text, at);
    if (value && value.end <= end) {
      values.push(value);
      reached = value.end;
    }
  }
  return values;
}

/** Clock and day are one slot for a repair that says both ("monday wait tuesday at 4"). */
const PLACES: readonly Kind[] = ['place', 'city'];
const sameSlot = (earlier: Kind, later: Kind) =>
  earlier === later || (PLACES.includes(earlier) && PLACES.includes(later));

/** A name said just before a marker: the words back to the cue that introduced it. */
const NAME_BEFORE =
  /\b(?:lead|named|called|name\s+is|name|mark|update|for|with|book|add|set|schedule|meet|met)\s+((?:\p{L}[\p{L}'.-]*\s*){1,4})$/iu;

/** The span a repair replaces, or null when there is nothing it could replace. */
function reparandumOf(text: string, markerStart: number, replacement: Value | null): Value | null {
  const before = text.slice(0, markerStart).replace(/[\s,.;]+$/, '');
  // "correction, the name is tanvi": the name's cue words decide; only the marker goes.
  if (replacement?.kind === 'named') return { kind: 'named', start: markerStart, end: markerStart };
  const values = valuesBefore(text, before.length);
  if (replacement?.kind === 'daypart' && !values.some((value) => value.kind === 'daypart')) {
    // "at 8 am no evening": the part of the day was said as am/pm; that is what it replaces.
    const clock = [...values].reverse().find((value) => value.kind === 'clock');
    const meridiem = clock ? /\s*[ap]m$/i.exec(text.slice(clock.start, clock.end)) : null;
    if (!clock || !meridiem) return null;
    return { kind: 'daypart', start: clock.end - meridiem[0].length, end: clock.end };
  }
  if (replacement?.kind === 'meridiem') {
    // "at 9 pm sorry am": only the am/pm of the last time said is replaced; its hour stands.
    const clock = [...values].reverse().find((value) => value.kind === 'clock');
    const meridiem = clock ? /\s*[ap]m$/i.exec(text.slice(clock.start, clock.end)) : null;
    if (!clock || !meridiem) return null;
    return { kind: 'meridiem', start: clock.end - meridiem[0].length, end: clock.end };
  }
  const last = values[values.length - 1];
  if (replacement && replacement.kind !== 'name') {
    // The last value of the same kind: "at 3 on monday no 4" corrects the 3.
    const found = [...values].reverse().find((value) => sameSlot(value.kind, replacement.kind)) ?? null;
    return found ? withTimeSaidWhole(text, values, found, replacement) : null;
  }
  // No value of a known kind follows: a name ("sameer no sorry samir khan"), or a retraction of the
  // value just before the marker ("won, no wait, she has not decided").
  if (last && last.end === before.length) {
    // "for anil no sunil": the new name goes after the same "for"; only the old name is replaced.
    const cue = last.kind === 'for-lead' ? /^for\s+(?:lead\s+)?/i.exec(text.slice(last.start)) : null;
    return cue ? { ...last, start: last.start + cue[0].length } : last;
  }
  const name = NAME_BEFORE.exec(before);
  if (name?.[1] && replacement) {
    const said = name[1].trimEnd();
    // "sonam kapur sorry kapoor": one word that spells the last one anew replaces only that word.
    const last = /\p{L}[\p{L}'.-]*$/u.exec(said)?.[0] ?? '';
    const instead = text.slice(replacement.start, replacement.end).trim();
    if (last !== said && spelledAnew(last, instead))
      return { kind: 'name', start: before.length - last.length, end: before.length };
    return { kind: 'name', start: before.length - said.length, end: before.length };
  }
  return null;
}

/** The words between a day and its hour: "friday at 11", "11 on friday", "monday, 4". */
const DAY_AND_HOUR = /^[\s,]*(?:(?:at|on|by|around)\s+)?$/i;

/**
 * "friday at 11 sorry friday at 1", "monday at 3 wait tuesday at 4": a new value that says the day
 * and the hour replaces the day and the hour said before, not the day alone (which would leave the
 * old hour standing beside the new one).
 */
function withTimeSaidWhole(text: string, values: Value[], found: Value, replacement: Value): Value {
  if (found.kind !== 'day' && found.kind !== 'clock') return found;
  const other: Kind = found.kind === 'day' ? 'clock' : 'day';
  const next = /^[\s,]*(?:(?:at|on|by|around)\s+)?/i.exec(text.slice(replacement.end))?.[0].length ?? 0;
  if (valueAt(text, replacement.end + next)?.kind !== other) return found;
  const old = values.find(
    (value) =>
      value.kind === other &&
      value.start >= found.end &&
      DAY_AND_HOUR.test(text.slice(found.end, value.start)),
  );
  return old ? { ...found, end: old.end } : found;
}

/** Whether `word` looks like `said` spelled another way: same first letter, at most two edits. */
function spelledAnew(said: string, word: string): boolean {
  const a = said.toLowerCase();
  const b = word.toLowerCase();
  if (!a || !b || a[0] !== b[0] || a === b) return false;
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next[j] = Math.min((next[j - 1] ?? 0) + 1, (row[j] ?? 0) + 1, substitution);
    }
    row = next;
  }
  return (row[b.length] ?? Infinity) <= 2;
}

/** The value that follows a marker: of a known kind, a name, or nothing usable. */
function replacementAt(text: string, at: number): Value | null {
  const labelled = /^(?:the\s+|his\s+|her\s+)?(name|city|number|phone|time|status)\s+(?:is\s+)?/i.exec(
    text.slice(at),
  );
  if (labelled?.[1]?.toLowerCase() === 'name') return { kind: 'named', start: at, end: at };
  // "lost, no no, he is in progress": the subject said again before the new value.
  const restated = labelled
    ? null
    : /^(?:he|she|they|it)\s+(?:is|are|was|has\s+been|'s)\s+(?:now\s+)?/i.exec(text.slice(at));
  const leadIn = at + (labelled?.[0].length ?? restated?.[0].length ?? 0);
  const from = deniedSkipped(text, leadIn);
  const dropped = from > leadIn ? { dropped: { start: leadIn, end: from } } : {};
  const meridiem = /^[ap]m(?![\p{L}\d])/iu.exec(text.slice(from));
  if (meridiem) return { kind: 'meridiem', start: at, end: from + meridiem[0].length, ...dropped };
  // "as won no no as lost", "at 4 no at 5": the new value said again with its cue word.
  const cue = /^(?:as|to|at|on|into)\s+/i.exec(text.slice(from))?.[0].length ?? 0;
  const known = valueAt(text, from) ?? (cue ? valueAt(text, from + cue) : null);
  if (known) return { ...known, start: at, ...dropped };
  const word = /^\p{L}[\p{L}'.-]*/u.exec(text.slice(from));
  // "… and bindu lost no bindu follow up": the lead said again (it was said before the marker),
  // then the new value: the name goes with the marker, the value replaces the old one.
  const again = word ? /^\s+(?:(?:is|as|to)\s+)?/i.exec(text.slice(from + word[0].length)) : null;
  if (word && again && wordsPattern(word[0]).test(text.slice(0, at))) {
    const value = valueAt(text, from + word[0].length + again[0].length);
    if (value && value.kind !== 'name')
      return { ...value, start: at, dropped: { start: leadIn, end: value.start } };
  }
  return word ? { kind: 'name', start: at, end: from + word[0].length, ...dropped } : null;
}

/**
 * Where the new value starts after words that only lead up to it: "no, just ravi kumar", "sorry, not
 * indore, bhopal" (the value denied again before the one put instead).
 */
function deniedSkipped(text: string, from: number): number {
  const lead = /^(?:just|only|simply|rather)\s+/i.exec(text.slice(from));
  const at = from + (lead?.[0].length ?? 0);
  const not = /^not\s+/i.exec(text.slice(at));
  if (!not) return at;
  // "not interested" is a status of its own (LOST), not a denied "interested".
  const said = findStatusPhrase(text.slice(at));
  if (said && said.start === 0 && !said.negated) return at;
  const denied = valueAt(text, at + not[0].length);
  if (!denied) return at;
  const gap = /^\s*,?\s*(?:but\s+)?/i.exec(text.slice(denied.end))?.[0] ?? '';
  const instead = valueAt(text, denied.end + gap.length);
  return instead && sameSlot(denied.kind, instead.kind) ? denied.end + gap.length : at;
}

/**
 * Nouns that "no" says none of after a name ("sneha no response", "mark ravi no show", "book kiran no
 * problem"): there "no" is a determiner, not a repair.
 */
const NONE_OF =
  /^(?:show|response|respond|answer|reply|problem|problems|issue|issues|longer|more|need|needs|one|idea|interest|budget|parking|loan|money|cash|deal|time|visit|visits|call|calls|update|updates|change|changes|news|way|chance|doubt|thanks|worries|worry|contact|signal|network|pickup|luck|clue|use|hurry|rush|plan|plans|requirement|requirements|decision|word|reason|matter|comment|comments|objection|objections|payment|token|booking|discount|offer|documents|papers|phone|number|mobile|city|email|address|name|status|details)$/i;

/** What may follow a lead's name in a request: a cue for the rest, or nothing. */
// ("new lead ravi sharma no rakesh sharma pune 98220 …": a new lead's city or number after the name too.)
const AFTER_LEAD_NAME = new RegExp(
  `^(?:\\s+\\p{L}[\\p{L}'.-]*)?(?:\\s*(?:$|[,.;])|\\s+(?:on|at|as|to|for|in|into|is|status|tomorrow|today|tonight|next|this|coming|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:${KNOWN_CITY_PATTERN}))\\b|\\s+\\+?\\d{5})`,
  'iu',
);

/** Whether every word said could be a lead's name: none a word of running speech, of "no …", or a status. */
function onlyNameWords(said: string): boolean {
  const words = said.trim().toLowerCase().split(/\s+/);
  return (
    words.every((word) => !NOT_NAME_WORDS.has(word) && !NONE_OF.test(word)) && findStatusPhrase(said) === null
  );
}

/**
 * "mark ramesh no suresh as won", "visit for anil no sunil on monday": a bare "no" between a lead's
 * name and another name-like word followed by what a name is followed by puts the second for the first.
 */
function namePutInstead(text: string, replaced: Value, replacement: Value): boolean {
  if (replaced.kind !== 'name' && replaced.kind !== 'for-lead') return false;
  // Every word put instead must be a name's: "no phone yet" is none of a phone, not a new name.
  return (
    onlyNameWords(text.slice(replacement.start, replacement.end)) &&
    AFTER_LEAD_NAME.test(text.slice(replacement.end))
  );
}

/** "not at 4 but at 5", "not as lost but as follow up": the value after "but" stands. */
const NOT_BUT = /\bnot\s+(at|as|on|for|to|in|from)\s+[^,.;]{1,40}?\s+but\s+\1\s+/gi;
/** "not won but in progress", "not 4 but 5": a value denied and the one of its kind put instead. */
const NOT_VALUE_BUT = /\bnot\s+(?=\S)/gi;

function withoutDeniedValue(text: string): string {
  for (const not of text.matchAll(NOT_VALUE_BUT)) {
    const start = not.index + not[0].length;
    const denied = valueAt(text, start);
    if (!denied) continue;
    // "not interested but …" is a status of its own (LOST), not a denied "interested".
    const withNot = findStatusPhrase(text.slice(not.index));
    if (denied.kind === 'status' && withNot && withNot.start === 0 && !withNot.negated) continue;
    // "not at 4 but at 5", "not tomorrow, day after": the value put instead, after "but" or a comma,
    // or said at once after it ("not tomorrow day after").
    const but = /^\s*(?:,?\s*but\s+|,\s*|(?=\S))/i.exec(text.slice(denied.end));
    if (!but) continue;
    const putInstead = valueAt(text, denied.end + but[0].length);
    if (!putInstead || !sameSlot(denied.kind, putInstead.kind)) continue;
    // "on monday not monday tuesday": the value denied was said just before; that saying goes too.
    const deniedText = text.slice(start, denied.end).trim().toLowerCase();
    const before = text.slice(0, not.index).trimEnd();
    const saidBefore =
      before.toLowerCase().endsWith(deniedText) && /(?:^|\s)$/.test(before.slice(0, -deniedText.length))
        ? before.length - deniedText.length
        : not.index;
    return `${text.slice(0, saidBefore)}${text.slice(denied.end + but[0].length)}`;
  }
  return text;
}

/** "as won no no as lost": when the new value repeats its cue word, the old cue goes with the old value. */
function withCueSaidAgain(text: string, replaced: Value | null, afterMarker: number): Value | null {
  const cue = /^(as|to|at|on|into)\s+/i.exec(text.slice(afterMarker))?.[1];
  if (!replaced || !cue) return replaced;
  const before = patternOf(`\\b${cue}\\s+$`, 'i').exec(text.slice(0, replaced.start));
  return before ? { ...replaced, start: replaced.start - before[0].length } : replaced;
}

/** Words that quote the lead, right before what they said: "she said ", "he told me that ". */
const QUOTED_BEFORE = /\b(?:said|says|saying|told\s+(?:me|us)|replied|asked)(?:\s+that)?[\s,]*$/i;

/** Said after a request to take it back with nothing put instead: "forget it", "never mind", "rehne do". */
const WITHDRAWAL = new RegExp(
  `(?:^|[\\s,.;!])(?:${ONE_MARKER}[\\s,.;!]+)*` +
    '(?:leave\\s+it(?:\\s+(?:as\\s+it\\s+is|for\\s+now|alone|then))?|forget\\s+(?:it|that|this|about\\s+(?:it|that))|' +
    'never\\s*mind|ignore\\s+(?:it|that|this|what\\s+i\\s+said)|cancel\\s+(?:that|this|it)|' +
    "(?:don'?t|do\\s+not)\\s+do\\s+(?:it|that|anything)|(?:rehne|rehene|rahne|jaane|jane|chhod)\\s+do|chhodo|chodo|" +
    // "… hold on, let me check first": put off until the speaker knows.
    '(?:hold\\s+on[\\s,]+)?let\\s+me\\s+(?:check|confirm|verify|think|see|ask|double[\\s-]?check)(?:\\s+[a-z]+){0,4})' +
    // ("… no, forget it, she will call": why, said after it.)
    "(?:[\\s,;]+(?:he|she|they|i|we)\\s+(?:will|'ll|would|can|may)\\s+[a-z]+(?:\\s+[a-z]+){0,5})?" +
    '(?:[\\s,.;!]+(?:thanks|thank\\s+you|ok|okay|sorry))*[\\s.!]*$',
  'i',
);

/**
 * "mark ravi as lost, no no, leave it": the words before a withdrawal at the end, which the speaker
 * took back; null when nothing was withdrawn.
 */
export function beforeWithdrawal(text: string): string | null {
  // "forget uh it": the sounds that only fill are no part of what was said.
  const said = text.replace(/(?:^|\s)(?:u+h+|u+m+|h+m+|e+r+m?|a+h+)(?=[\s,.;!?]|$)[,]?/gi, '');
  const withdrawal = WITHDRAWAL.exec(said);
  if (!withdrawal) return null;
  const kept = said.slice(0, withdrawal.index);
  // ("she said let me think about it": the lead's words, quoted, take nothing back.)
  return /\blet\s+me\b/i.test(withdrawal[0]) && QUOTED_BEFORE.test(kept) ? null : kept;
}

/**
 * "mark sunil won and priya lost, no wait, leave priya": after a marker, a lead left out by name at the
 * end. The request about that lead is taken back, the others stay (the caller matches the name).
 */
const LEFT_OUT = new RegExp(
  `[\\s,.;]+(?:${ONE_MARKER}[\\s,.;]+)+(?:leave|skip|drop|forget(?:\\s+about)?)\\s+(?:out\\s+)?(?!(?:it|that|this|them|him|her)\\b)(\\p{L}+(?:\\s+(?!(?:out|for|as)\\b)\\p{L}+)?)(?:\\s+out)?(?:\\s+(?:for\\s+now|as\\s+it\\s+is))?[\\s.!]*$`,
  'iu',
);

export function leftOutByName(text: string): { kept: string; name: string } | null {
  if (!/\b(?:leave|skip|drop|forget)\b/i.test(text)) return null;
  const left = LEFT_OUT.exec(text);
  return left?.[1] ? { kept: text.slice(0, left.index), name: left[1].toLowerCase() } : null;
}

/**
 * "98220 37711 no wait 12": fewer digits said after a marker than the number had are its last digits
 * said again. Not when they are an hour ("… no 5 pm").
 */
const DIGIT_TAIL = new RegExp(
  `(\\+?\\d[\\d\\s-]{5,}\\d)[\\s,.;]*(?:${ONE_MARKER}(?:[\\s,]+${ONE_MARKER})*)[\\s,.;]+` +
    // "… sorry the last digit is 4", "… no the last two digits are 4 5": the tail named as such.
    `(?:(?:the\\s+)?last\\s+(?:\\w+\\s+)?digits?\\s+(?:is|are|should\\s+be|was|were)\\s+)?((?:\\d[\\s-]?){1,6})` +
    `(?=[\\s,.;]*$|[\\s,.;]+(?!(?:am|pm|a\\.m|p\\.m|o'?clock|baje|hrs|hours|minutes)\\b)\\p{L})`,
  'giu',
);

function withDigitTails(text: string): string {
  return text.replace(DIGIT_TAIL, (match, number: string, tail: string) => {
    const digits = number.replace(/\D/g, '');
    const again = tail.replace(/\D/g, '');
    if (again.length >= digits.length) return match;
    const kept = number.startsWith('+') ? '+' : '';
    return `${kept}${digits.slice(0, digits.length - again.length)}${again}${/\s$/.test(tail) ? ' ' : ''}`;
  });
}

/**
 * "mark smriti as won, sorry, harmanpreet as won", "book ravi for monday at 4, no, meena for monday at
 * 4": the request said again whole for another lead — the new lead and what follows stand.
 */
const REQUEST_VERB = 'mark|update|set|put|move|change|book|schedule|fix';
const RESTATED_FOR_ANOTHER = new RegExp(
  `\\b(${REQUEST_VERB})\\s+((?:\\p{L}+\\s+){0,2}\\p{L}+)\\s+(as|to|in|into|for)\\s+[^,.;]+?[\\s,.;]+(?:${ONE_MARKER}[\\s,.;]+)+((?:\\p{L}+\\s+){0,2}\\p{L}+)\\s+\\3\\s+`,
  'giu',
);

function withRequestRestated(text: string): string {
  if (!mayHoldMarker(text)) return text;
  return text.replace(RESTATED_FOR_ANOTHER, (whole, verb: string, old: string, cue: string, name: string) => {
    const aName = name.toLowerCase() !== old.toLowerCase() && !mayHoldMarker(name) && onlyNameWords(name);
    return aName ? `${verb} ${name} ${cue} ` : whole;
  });
}

/**
 * "mark ravi as lost, sorry, sunil is the one who is lost", "…, no wait, it is sunil who has won", "book
 * ravi for monday at 4, sorry, meena is the one": another lead put instead in a clause of its own — the
 * request stands for that lead, with the status said again or, said of no status, the one said before.
 */
const PUT_INSTEAD_CLAUSE = new RegExp(
  `\\b(${REQUEST_VERB})\\s+((?:\\p{L}+\\s+){0,2}\\p{L}+)\\s+(as|to|in|into|for)\\s+([^,.;]+?)[\\s,.;]+(?:${ONE_MARKER}[\\s,.;]+)+(?:(?:it\\s+is|it's|its)\\s+)?((?:\\p{L}+\\s+){0,2}?\\p{L}+)\\s+(?:is\\s+the\\s+(?:one|1)(?:\\s+(?:who|that)\\s+(?:is|has)\\s+)?|who\\s+(?:is|has)\\s+|is\\s+(?=(?:won|lost|in\\s+progress|follow(?:ing)?[\\s-]*up)\\b))`,
  'giu',
);

function withLeadPutInstead(text: string): string {
  if (!mayHoldMarker(text)) return text;
  return text.replace(
    PUT_INSTEAD_CLAUSE,
    (whole, verb: string, old: string, cue: string, value: string, name: string, at: number) => {
      const rest = text.slice(at + whole.length);
      const statusSaid = /^\s*\p{L}/u.test(rest);
      const aName = name.toLowerCase() !== old.toLowerCase() && !mayHoldMarker(name) && onlyNameWords(name);
      // A visit's lead put instead keeps the visit's time; a clause that goes on is no visit's.
      if (!aName || (cue.toLowerCase() === 'for' && statusSaid)) return whole;
      return statusSaid ? `${verb} ${name} ${cue} ` : `${verb} ${name} ${cue} ${value}`;
    },
  );
}

/** "mark not ravi but sunil as won", "book not anil roy but meena for friday": the lead put instead. */
const NOT_LEAD_BUT = new RegExp(
  `\\b(${REQUEST_VERB}|for|with)\\s+not\\s+((?:\\p{L}[\\p{L}'.-]*\\s+){1,3}?)but\\s+(?=\\p{L})`,
  'giu',
);

function withLeadDenied(text: string): string {
  if (!/\bnot\b/i.test(text) || !/\bbut\b/i.test(text)) return text;
  return text.replace(NOT_LEAD_BUT, (whole, verb: string, denied: string, at: number) => {
    const aName =
      onlyNameWords(denied) &&
      findStatusPhrase(`not ${denied}`) === null &&
      valueAt(text, at + whole.indexOf('not') + 4) === null;
    return aName ? `${verb} ` : whole;
  });
}

export function resolveRepairs(input: string): string {
  let text = withoutDeniedValue(
    withLeadDenied(withLeadPutInstead(withRequestRestated(withDigitTails(input)))).replace(
      NOT_BUT,
      (_match, preposition: string) => `${preposition} `,
    ),
  );
  // Each pass resolves the first marker that corrects something; a marker that does not is dropped.
  for (let guard = 0; guard < 8 && mayHoldMarker(text); guard++) {
    MARKER.lastIndex = 0;
    let changed = false;
    for (const marker of text.matchAll(MARKER)) {
      const markerStart = marker.index + (marker[0].length - marker[0].trimStart().length);
      const afterMarker = marker.index + marker[0].length;
      const replacement = replacementAt(text, afterMarker);
      const replaced = withCueSaidAgain(text, reparandumOf(text, markerStart, replacement), afterMarker);
      const bareNo = /^(?:no|nahi|nahin)(?:[\s,]+(?:no|nahi|nahin))*$/i.test((marker[1] ?? '').trim());
      if (replaced === null) continue;
      // A bare "no" corrects only a value of the same known kind: "phone no 98…" is no repair.
      if (
        bareNo &&
        (!replacement ||
          replacement.kind === 'named' ||
          (replacement.kind === 'name' && !namePutInstead(text, replaced, replacement)))
      )
        continue;
      // Out go the replaced value and the marker ("instead" after the new value too); what was said
      // between them stays.
      const end = replacement ? Math.max(afterMarker, replacement.end) : afterMarker;
      const { start: skip, end: resume } = replacement?.dropped ?? { start: end, end };
      const kept =
        text.slice(afterMarker, skip) +
        text.slice(resume, end) +
        text.slice(end).replace(/^\s*instead\b/i, '');
      // "at 11. No wait, 12.": a stop between the old value and the marker goes with them.
      const between = text.slice(replaced.end, markerStart).replace(/^[\s,.;!?]+$/, ' ');
      text = `${text.slice(0, replaced.start)}${between} ${kept}`
        .replace(/\s+([,.;])/g, '$1')
        .replace(/([,.;])(?:\s*[,.;])+/g, '$1')
        .replace(/\s{2,}/g, ' ');
      changed = true;
      break;
    }
    if (!changed) break;
  }
  return text
    .replace(LEFTOVER, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,.;]+/, '')
    .trimEnd();
}
