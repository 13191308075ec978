import * as chrono from 'chrono-node';

/**
 * Reads spoken times against a reference instant in an IANA zone. chrono-node does the parsing; this
 * module covers what it gets wrong on its own (see DESIGN.md): it ignores IANA names (we pass the
 * zone's offset in minutes), reads "day after tomorrow" as tomorrow, reads a bare "at 3" as 3 am
 * tomorrow, and drops "on the 20th". Output is ISO 8601 with the zone's own offset at that instant,
 * so a visit across a daylight-saving change keeps its wall-clock time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: one per zone and purpose, kept. */
function formatterFor(purpose: 'parts' | 'human', timeZone: string): Intl.DateTimeFormat {
  const key = `${purpose}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter =
      purpose === 'parts'
        ? new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          })
        : new Intl.DateTimeFormat('en-GB', {
            timeZone,
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            hour12: true,
          });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
  try {
    formatterFor('parts', timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone's clock at an instant, read through Intl (slow: only to learn an offset). */
function wallClockByIntl(timeZone: string, instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor('parts', timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallClockAsUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

// Every zone in the tz database changes its offset on a quarter hour, so the offset found at the
// start of a 15-minute bucket holds for the whole bucket.
const BUCKET_MS = 15 * 60_000;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at that instant, in minutes (330 for Asia/Kolkata). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const bucketStart = Math.floor(instant.getTime() / BUCKET_MS) * BUCKET_MS;
  const key = `${timeZone}|${bucketStart}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = Math.round(
      (wallClockAsUtcMs(wallClockByIntl(timeZone, new Date(bucketStart))) - bucketStart) / 60_000,
    );
    if (offsetCache.size >= 10_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The zone's wall clock at an instant. */
export function wallClockIn(timeZone: string, instant: Date): WallClock {
  const shifted = new Date(
    Math.floor(instant.getTime() / 1000) * 1000 + zoneOffsetMinutes(timeZone, instant) * 60_000,
  );
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant at which the zone's clocks show this wall-clock time. */
export function instantOfWallClock(clock: WallClock, timeZone: string): Date {
  const asUtc = wallClockAsUtcMs(clock);
  const firstGuess = asUtc - zoneOffsetMinutes(timeZone, new Date(asUtc)) * 60_000;
  const corrected = asUtc - zoneOffsetMinutes(timeZone, new Date(firstGuess)) * 60_000;
  return new Date(corrected);
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** ISO 8601 to the second with the zone's offset: 2025-10-05T15:00:00+05:30. */
export function formatInZone(instant: Date, timeZone: string): string {
  const clock = wallClockIn(timeZone, instant);
  const offset = zoneOffsetMinutes(timeZone, instant);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** "Sun, 5 Oct 2025, 3:00 pm" — for messages a person reads. */
export function humanTime(instant: Date, timeZone: string): string {
  return formatterFor('human', timeZone).format(instant);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

function addDays(clock: WallClock, days: number): WallClock {
  const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + days));
  return { ...clock, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const spelledDate = (clock: WallClock) => `${clock.day} ${MONTH_NAMES[clock.month - 1]} ${clock.year}`;

const DAY_AFTER_TOMORROW = /\b(?:the\s+)?day\s+after\s+tomorrow\b/gi;
/** "31st september": a day and a month, said even when no such date exists, so that it is asked. */
const DAY_AND_MONTH = new RegExp(
  `\\b(?:on\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b`,
  'gi',
);
const WEEKDAY_THEN_ORDINAL =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?((\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
const DAY_OF_MONTH_ONLY = new RegExp(
  `\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b)`,
  'gi',
);
const MONTH_BEFORE = new RegExp(`(?:${MONTH_PATTERN})\\.?\\s+$`, 'i');

/** "Oct 12" (month first): chrono's day-first parser reads it as October 2012, so it becomes "12 Oct". */
const MONTH_THEN_DAY = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})\\b(?!\\s*(?:[:.]\\d|st|nd|rd|th|[ap]\\.?\\s?m\\b|o'?\\s?clock))`,
  'gi',
);

const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** "next to next monday" (Indian English): the one after the coming Monday. */
const NEXT_TO_NEXT = /\bnext\s+to\s+next\s+(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;

function weekAfterComing(today: WallClock, weekday: string): WallClock {
  const now = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  const wanted = WEEKDAYS.indexOf(weekday.toLowerCase());
  const coming = ((wanted - now + 7) % 7 || 7) + 7;
  return addDays(today, coming);
}

/** Rewrites the phrases chrono misreads into explicit dates, relative to the reference day. */
function explicitDates(phrase: string, today: WallClock): string {
  return (
    phrase
      .replace(
        NEXT_TO_NEXT,
        (_match, weekday: string) => `on ${spelledDate(weekAfterComing(today, weekday))}`,
      )
      .replace(MONTH_THEN_DAY, '$2 $1')
      .replace(DAY_AFTER_TOMORROW, () => `on ${spelledDate(addDays(today, 2))}`)
      .replace(/\bcoming\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi, '')
      // "morning on monday at 12": chrono loses the weekday said after a part of the day.
      .replace(
        /\b(morning|afternoon|evening|night)\s+(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
        '$2 $1',
      )
      // "saturday the 11th": a weekday that is the date's own says nothing more — the date is the day
      // (chrono would read the weekday alone, today); a weekday that is not the date's stays, and the
      // two days are asked about.
      .replace(WEEKDAY_THEN_ORDINAL, (match, weekday: string, ordinal: string, dayText: string) => {
        const date = nextDayOfMonth(today, Number(dayText));
        return date?.getUTCDay() === WEEKDAY_NAMES.indexOf(weekday.toLowerCase()) ? ` the ${ordinal}` : match;
      })
      .replace(DAY_OF_MONTH_ONLY, (match, dayText: string, offset: number, whole: string) => {
        if (MONTH_BEFORE.test(whole.slice(0, offset))) return match;
        const date = nextDayOfMonth(today, Number(dayText));
        if (!date) return match;
        return ` on ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      })
  );
}

/** "the 12th" said alone: that day of this month, or of the next once it has passed; null if no such day. */
function nextDayOfMonth(today: WallClock, day: number): Date | null {
  if (day < 1 || day > 31) return null;
  const monthsAhead = day >= today.day ? 0 : 1;
  const first = new Date(Date.UTC(today.year, today.month - 1 + monthsAhead, 1));
  const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day));
  return date.getUTCMonth() === first.getUTCMonth() ? date : null;
}

export interface TimeMention {
  /** The time as said: one stretch of the transcript, or a day and an hour said apart, joined. */
  text: string;
  /** Where it was said (one or two stretches). */
  spans: { start: number; end: number }[];
}

const MIGHT_SAY_A_TIME = new RegExp(
  `\\d|\\b(?:today|tonight|tomorrow|yesterday|noon|midnight|morning|evening|afternoon|night|now|week|month|` +
    `minutes?|mins?|hours?|hrs?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH_PATTERN})\\b`,
  'i',
);

const REFERENCE_FOR_SPANS = new Date(Date.UTC(2025, 0, 15, 6));

/**
 * "the 12th floor", "5th cross", "the 2nd visit", "the 1st week of january": an ordinal of a floor, a road,
 * of a visit or a call in a series, or of a part of a month, which is no day.
 */
const NUMBERED_PLACE =
  /\b(?:the\s+|his\s+|her\s+|their\s+|a\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:floor|storey|story|block|tower|wing|lane|cross|main|street|road|avenue|phase|sector|stage|(?:site\s+)?visit|meeting|time|call|round|instal+ment|payment|cheque|week|half|fortnight|quarter)\b/gi;

/**
 * "kept me on the phone for an hour", "waited for 20 minutes": how long something took, no time; nor
 * is "for a second look" (chrono reads "a second" as a length of time).
 */
const DURATION =
  /\bfor\s+(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?(?:an?|one|two|three|four|five|half\s+an|a\s+few|a\s+couple\s+of|\d+)\s+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/gi;

/**
 * Where the time is said in a transcript: the smallest stretch that covers every date/time chrono
 * finds there and the phrases it misses, so "tomorrow" and "at 3 pm" said apart become one phrase.
 */
/** Words right before a day the lead cannot come on: "cannot come ", "won't be able to make it on ". */
const GIVEN_UP_BEFORE =
  /(?:\bcan(?:not|'t|\s+not)|\b(?:will\s+not|won't)\s+be\s+able\s+to|\b(?:unable|not\s+able)\s+to)\s+(?:come|make\s+it|visit)(?:\s+(?:on|for|at))?\s*$|\b(?:is\s+not|isn't|not|will\s+not)\s+(?:be\s+)?coming(?:\s+(?:on|for|at))?\s*$|\bwill\s+not\s+come(?:\s+(?:on|for|at))?\s*$/i;

export function findTimeMention(text: string): TimeMention | null {
  // chrono is the costliest step of understanding; most transcripts without these words have no time.
  if (!MIGHT_SAY_A_TIME.test(text)) return null;
  const spans: { start: number; end: number }[] = [];
  // "at 11:30 day after tomorrow": chrono reads "30 day after tomorrow" as thirty days on; the phrase
  // is found below on its own, so chrono does not see it.
  // "the 3 bhk on the 12th floor": an ordinal of a floor, a block or a road is no day of the month.
  const notDays = /\d(?:st|nd|rd|th)\s/i.test(text)
    ? text.replace(NUMBERED_PLACE, (phrase) => ' '.repeat(phrase.length))
    : text;
  const masked = notDays
    .replace(DAY_AFTER_TOMORROW, (phrase) => ' '.repeat(phrase.length))
    .replace(DURATION, (phrase) => ' '.repeat(phrase.length));
  for (const result of chrono.en.GB.parse(masked, REFERENCE_FOR_SPANS)) {
    // A lone number is not a time ("lead 123"), nor is a bare weekday-less "now".
    if (/^\d+$/.test(result.text.trim())) continue;
    // "emran called just now, he will come on friday": "now" tells when he called, not the visit.
    if (/^(?:just\s+|right\s+)?now$/i.test(result.text.trim())) continue;
    // chrono's text may open with the spaces before it ("   morning"): where blanked words stood, a
    // span from there would take a piece of the word before.
    const leading = result.text.length - result.text.trimStart().length;
    spans.push({ start: result.index + leading, end: result.index + result.text.trimEnd().length });
  }
  for (const pattern of [DAY_AFTER_TOMORROW, DAY_OF_MONTH_ONLY, DAY_AND_MONTH, NEXT_TO_NEXT]) {
    for (const match of notDays.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a.start - b.start);
  // "came for a visit yesterday, … on monday at 4": a day gone by, said alone, tells the story;
  // when another time is said, that one is the visit's ("book her for yesterday at 5" stays whole).
  const toCome = spans.filter((span) => !PAST_ONLY.test(text.slice(span.start, span.end).trim()));
  if (toCome.length > 0 && toCome.length < spans.length) spans.splice(0, spans.length, ...toCome);
  // "cannot come tomorrow, he will come on monday at 11": the day given up, when another is said, is not
  // the visit's.
  const kept = spans.filter(
    (span) => !GIVEN_UP_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)),
  );
  if (kept.length > 0 && kept.length < spans.length) spans.splice(0, spans.length, ...kept);
  const [leftmost, ...others] = spans;
  if (!leftmost) return null;
  const start = leftmost.start;
  let end = leftmost.end;
  for (const span of others) {
    const gap = text.slice(end, span.start);
    // Join spans separated only by small connecting words; a later unrelated date stays out.
    if (span.start <= end || /^[\s,]*(?:at|on|by|around|@|,)?[\s,]*$/i.test(gap)) {
      end = Math.max(end, span.end);
    } else {
      // "schedule tomorrow visit for rahul at 5": a day and an hour said apart are one time.
      const first = text.slice(start, end);
      const later = text.slice(span.start, span.end);
      // "book sunil at 9 at the site on friday": an hour and a day said apart, the other way round.
      // "tomorrow … on friday at 4": a second day is kept too, so that the reading asks which.
      const hourThenDay = HAS_HOUR.test(first) && !saysDay(first) && saysDay(later);
      if ((!HAS_HOUR.test(first) && HAS_HOUR.test(later)) || hourThenDay) {
        return { text: `${first} ${later}`, spans: [{ start, end }, span] };
      }
      break;
    }
  }
  return { text: text.slice(start, end), spans: [{ start, end }] };
}

/** A day gone by and nothing more, or with its hour: "yesterday", "last sunday", "yesterday at 5". */
const PAST_ONLY =
  /^(?:(?:on\s+)?(?:the\s+)?(?:day\s+before\s+)?yesterday|last\s+(?:night|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:\d+|a|an|one|two|three|few)\s+(?:days?|weeks?|months?)\s+(?:ago|back))(?:\s+(?:at\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]m)?|\s+(?:morning|afternoon|evening))?$/i;

/** Words that give an hour: "at 5", "5 pm", "4:30", "noon", "in 45 minutes". */
const HAS_HOUR =
  /\d\s*(?:am|pm)\b|\d:\d{2}|\b(?:at|by|around)\s+\d|\bnoon\b|\bmidnight\b|\bminutes?\b|\bhours?\b/i;

/** Whether a time as said names an hour ("at 4", "noon"). */
export function saysHour(text: string): boolean {
  return HAS_HOUR.test(text);
}

const DAY_PHRASE = new RegExp(
  `\\b(?:today|tonight|tomorrow|yesterday|day\\s+after\\s+tomorrow|(?:(?:this|next|coming)\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|` +
    `\\d{1,2}(?:st|nd|rd|th)(?:\\s+(?:of\\s+)?(?:${MONTH_PATTERN}))?|(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:st|nd|rd|th)?|` +
    `\\d{1,2}[/-]\\d{1,2}|(?:this|next)\\s+(?:week|month))\\b`,
  'i',
);

/** The day a time as said names ("tuesday", "the 12th", "oct 12", "next week"), or null. */
export function dayIn(text: string): string | null {
  return DAY_PHRASE.exec(text)?.[0] ?? null;
}

/** Whether a time as said names a day. */
export function saysDay(text: string): boolean {
  return dayIn(text) !== null;
}

export type TimeReading =
  | { ok: true; instant: Date; iso: string }
  | { ok: false; problem: 'unreadable' | 'no_time_of_day' | 'two_days'; message: string };

/** "in 45 minutes", "after 2 hours", "30 minutes from now": offsets from the reference instant. */
const RELATIVE =
  /\b(?:in|after|within)\s+(?:an?|\d+)\s*(?:minutes?|mins?|hours?|hrs?)\b|\b(?:an?|\d+)\s*(?:minutes?|mins?|hours?|hrs?)\s+(?:from\s+now|later|hence)\b/i;

/** How far back a date said without a year is still this year's (in the past), not next year's. */
const RECENT_PAST_MS = 60 * 24 * 60 * 60 * 1000;

const ISO_HINT = 'Say it like "tomorrow at 3 pm" or give ISO 8601, e.g. 2025-10-05T15:00:00+05:30.';

/**
 * Reads a time phrase ("tomorrow at 3 pm", "2 Oct 2025 at 5:00 pm IST", "2025-10-06T15:00:00") as an
 * instant. An hour without am/pm is read as a business hour: 1–7 afternoon/evening, 8–11 morning,
 * 12 noon. Whether the instant is in the past is for the caller to judge.
 */
export function readTime(phrase: string, reference: Date, timeZone: string): TimeReading {
  const today = wallClockIn(timeZone, reference);
  const text = explicitDates(phrase, today);
  // chrono reads weekdays and "tomorrow" on the server's own calendar, whatever offset it is given.
  // So it gets a reference whose server-local clock shows the zone's wall-clock time, and every
  // component it returns is a wall-clock value in the request's zone.
  const localReference = new Date(
    today.year,
    today.month - 1,
    today.day,
    today.hour,
    today.minute,
    today.second,
  );
  const results = chrono.en.GB.parse(text, localReference, { forwardDate: true });
  if (results.length === 0) {
    return {
      ok: false,
      problem: 'unreadable',
      message: `Could not read the time '${phrase.trim()}'. ${ISO_HINT}`,
    };
  }
  const [earliest] = results;
  if (earliest && RELATIVE.test(text)) {
    const elapsedMs = earliest.start.date().getTime() - localReference.getTime();
    const instant = new Date(reference.getTime() + elapsedMs);
    return { ok: true, instant, iso: formatInZone(instant, timeZone) };
  }
  const withHour = results.find((result) => result.start.isCertain('hour'));
  if (!withHour) {
    return {
      ok: false,
      problem: 'no_time_of_day',
      message: `'${phrase.trim()}' has no time of day. ${ISO_HINT}`,
    };
  }
  const days = results.filter((result) => result.start.isCertain('day') || result.start.isCertain('weekday'));
  // "tomorrow … on friday at 4": two different days for one time; which is meant is asked.
  const dates = new Set(days.map((result) => result.start.date().toDateString()));
  if (dates.size > 1) {
    return {
      ok: false,
      problem: 'two_days',
      message: `'${phrase.trim()}' names two days (${days.map((result) => `'${result.text}'`).join(' and ')}); say which one.`,
    };
  }
  const withDay = days[0] ?? withHour;
  const time = withHour.start;
  const date = withDay.start;

  let hour = time.get('hour') ?? 0;
  const writtenAs24Hour = /\d{4}-\d{2}-\d{2}T|\b0\d:\d{2}|\b(?:1[3-9]|2[0-3]):\d{2}/.test(withHour.text);
  const afternoonByRule = !time.isCertain('meridiem') && !writtenAs24Hour && hour >= 1 && hour <= 7;
  if (afternoonByRule) hour += 12;

  const dayWasSaid = date.isCertain('day') || date.isCertain('weekday');
  let clock: WallClock = {
    year: dayWasSaid ? (date.get('year') ?? today.year) : today.year,
    month: dayWasSaid ? (date.get('month') ?? today.month) : today.month,
    day: dayWasSaid ? (date.get('day') ?? today.day) : today.day,
    hour,
    minute: time.get('minute') ?? 0,
    second: time.get('second') ?? 0,
  };

  const saidOffset = time.isCertain('timezoneOffset') ? time.get('timezoneOffset') : null;
  const toInstant = (wall: WallClock) =>
    saidOffset !== null && saidOffset !== undefined
      ? new Date(wallClockAsUtcMs(wall) - saidOffset * 60_000)
      : instantOfWallClock(wall, timeZone);

  let instant = toInstant(clock);
  // "on the 1st of october", said on the 4th: chrono moves a date without a year to next year, but a
  // date gone only weeks ago is a slip, and is answered as in the past rather than booked a year on.
  if (
    date.isCertain('day') &&
    date.isCertain('month') &&
    !date.isCertain('year') &&
    clock.year > today.year
  ) {
    const thisYear = { ...clock, year: today.year };
    const ago = reference.getTime() - toInstant(thisYear).getTime();
    if (ago > 0 && ago < RECENT_PAST_MS) {
      clock = thisYear;
      instant = toInstant(thisYear);
    }
  }
  // "at 4" with no day said means the next 4 pm to come, which may be tomorrow's.
  if (!dayWasSaid && instant.getTime() < reference.getTime()) {
    clock = addDays(clock, 1);
    instant = toInstant(clock);
  }
  // chrono chose the weekday while it still read "saturday at 4" as 4 am, already past on a Saturday
  // morning, and so went a week ahead; at 4 pm this week's day is still to come.
  if (afternoonByRule && date.isCertain('weekday') && !/\bnext\b/i.test(withDay.text)) {
    const weekEarlier = addDays(clock, -7);
    const earlierInstant = toInstant(weekEarlier);
    if (earlierInstant.getTime() >= reference.getTime()) {
      clock = weekEarlier;
      instant = earlierInstant;
    }
  }
  // "saturday at 10" said on a Saturday at 10:00: no visit is booked for the minute it is said in, so
  // the weekday said is next week's.
  if (
    date.isCertain('weekday') &&
    instant.getTime() <= reference.getTime() &&
    clock.year === today.year &&
    clock.month === today.month &&
    clock.day === today.day
  ) {
    clock = addDays(clock, 7);
    instant = toInstant(clock);
  }
  // A weekday said is the visit's weekday: when the reading lands on another day ("morning on monday
  // at 12" once read as today noon), the day is asked rather than written wrong.
  const weekdays = [...text.matchAll(WEEKDAY_WORD)].map((match) => match[1]?.toLowerCase());
  const landed = WEEKDAY_NAMES[new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay()];
  if (weekdays.length > 0 && weekdays.every((weekday) => weekday !== landed)) {
    return {
      ok: false,
      problem: 'two_days',
      message: `'${phrase.trim()}' says ${dayName(weekdays[0])}, but ${clock.day} ${MONTH_NAMES[clock.month - 1]} is a ${dayName(landed)}; say the day again.`,
    };
  }
  return { ok: true, instant, iso: formatInZone(instant, timeZone) };
}

const WEEKDAY_WORD = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const dayName = (stem = '') => `${stem.charAt(0).toUpperCase()}${stem.slice(1)}day`;
