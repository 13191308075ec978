import {
  findTimeMention,
  formatInZone,
  isValidTimeZone,
  readTime,
  zoneOffsetMinutes,
} from '../../src/values/time';
import { normalizeTranscript } from '../../src/values/normalize';

/**
 * `npm test` runs this file under TZ=UTC and again under TZ=Asia/Kolkata: the answers must not
 * depend on the server's zone. The reference is Saturday 4 Oct 2025, 10:00 in Kolkata.
 */
const reference = new Date('2025-10-04T10:00:00+05:30');
const read = (phrase: string, zone = 'Asia/Kolkata', at = reference) => {
  const reading = readTime(normalizeTranscript(phrase), at, zone);
  return reading.ok ? reading.iso : reading.problem;
};

test.each([
  ['tomorrow at 3 pm', '2025-10-05T15:00:00+05:30'],
  ['oct 12 at 11 am', '2025-10-12T11:00:00+05:30'],
  ['october 12 at 11 am', '2025-10-12T11:00:00+05:30'],
  ['next to next monday at 10 am', '2025-10-13T10:00:00+05:30'],
  ['next to next saturday at 4 pm', '2025-10-18T16:00:00+05:30'],
  ['3 pm tomorrow', '2025-10-05T15:00:00+05:30'],
  ['day after tomorrow at 4', '2025-10-06T16:00:00+05:30'],
  ['next thursday at 9 in the morning', '2025-10-09T09:00:00+05:30'],
  ['tonight at 8', '2025-10-04T20:00:00+05:30'],
  ['in 45 minutes', '2025-10-04T10:45:00+05:30'],
  ['30 minutes from now', '2025-10-04T10:30:00+05:30'],
  ['after 2 hours', '2025-10-04T12:00:00+05:30'],
  ['in an hour', '2025-10-04T11:00:00+05:30'],
  ['on the 20th at 4:15 pm', '2025-10-20T16:15:00+05:30'],
  ['on the 2nd at 11 am', '2025-11-02T11:00:00+05:30'],
  ['2 Oct 2025 at 5:00 pm IST', '2025-10-02T17:00:00+05:30'],
  ['2025-10-06T15:00:00', '2025-10-06T15:00:00+05:30'],
  ['2025-10-06T03:00:00', '2025-10-06T03:00:00+05:30'],
  ['2025-10-06T15:00:00Z', '2025-10-06T20:30:00+05:30'],
  ['05/11/2025 at 4 pm', '2025-11-05T16:00:00+05:30'],
  ['saturday at 11', '2025-10-04T11:00:00+05:30'],
  ['saturday at 4', '2025-10-04T16:00:00+05:30'],
  ['next saturday at 4', '2025-10-11T16:00:00+05:30'],
  ['saturday at 9', '2025-10-11T09:00:00+05:30'],
  ['sunday at 11', '2025-10-05T11:00:00+05:30'],
  ['friday at 4', '2025-10-10T16:00:00+05:30'],
  ['at 3', '2025-10-04T15:00:00+05:30'],
  ['at 9', '2025-10-05T09:00:00+05:30'],
  ['at 12', '2025-10-04T12:00:00+05:30'],
  ['tomorrow at three pm', '2025-10-05T15:00:00+05:30'],
  ['tomorrow at half past four', '2025-10-05T16:30:00+05:30'],
  ['monday at quarter to five', '2025-10-06T16:45:00+05:30'],
  ['tomorrow', 'no_time_of_day'],
  ['whenever suits him', 'unreadable'],
])('when the time is "%s", then it is %s', (phrase, expected) => {
  expect(read(phrase)).toBe(expected);
});

test('when a time is read in a zone with daylight saving, then the offset is the one on that day', () => {
  // New York moves to summer time on 8 March 2026: the day before is -05:00, the day after -04:00.
  expect(read('tomorrow at 3 pm', 'America/New_York', new Date('2026-03-07T12:00:00-05:00'))).toBe(
    '2026-03-08T15:00:00-04:00',
  );
  expect(read('tomorrow at 3 pm', 'America/New_York', new Date('2026-03-06T12:00:00-05:00'))).toBe(
    '2026-03-07T15:00:00-05:00',
  );
});

test('when the reference is late evening UTC, then "tomorrow" is the next day in the request zone', () => {
  // 20:00 UTC on 3 Oct is already 01:30 on 4 Oct in Kolkata.
  expect(read('tomorrow at 10 am', 'Asia/Kolkata', new Date('2025-10-03T20:00:00Z'))).toBe(
    '2025-10-05T10:00:00+05:30',
  );
});

test('when a zone is formatted, then the offset has sign, hours and minutes', () => {
  const instant = new Date('2025-10-04T04:30:00Z');
  expect(formatInZone(instant, 'Asia/Kolkata')).toBe('2025-10-04T10:00:00+05:30');
  expect(formatInZone(instant, 'America/St_Johns')).toBe('2025-10-04T02:00:00-02:30');
  expect(formatInZone(instant, 'UTC')).toBe('2025-10-04T04:30:00+00:00');
  expect(zoneOffsetMinutes('Asia/Kathmandu', instant)).toBe(345);
});

test('when a zone name is checked, then only IANA names pass', () => {
  expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
  expect(isValidTimeZone('UTC')).toBe(true);
  expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  expect(isValidTimeZone('')).toBe(false);
});

test.each([
  ['Schedule a visit for lead 7b1b8f54 at 3 pm tomorrow.', 'at 3 pm tomorrow'],
  ['Fix a site visit for lead 8f2a… on 2 Oct 2025 at 5:00 pm IST.', 'on 2 Oct 2025 at 5:00 pm IST'],
  ['book visit for lead 123 tomorrow, at 5', 'tomorrow, at 5'],
  ['arrange a tour for Amit day after tomorrow at 11', 'day after tomorrow at 11'],
])('when a transcript is "%s", then the time said in it is "%s"', (transcript, phrase) => {
  expect(findTimeMention(normalizeTranscript(transcript))?.text).toBe(phrase);
});

test('when a transcript says no time, then no time is found in it', () => {
  expect(findTimeMention('update lead 123 to won')).toBeNull();
});

describe('held-out set 42 classes', () => {
  const reference = new Date('2025-10-04T10:00:00+05:30');
  const at = (phrase: string) => {
    const reading = readTime(normalizeTranscript(phrase), reference, 'Asia/Kolkata');
    return reading.ok ? reading.iso : reading.problem;
  };

  test.each([
    ['a week from today at 3 pm', '2025-10-11T15:00:00+05:30'],
    ['two days from now at 11 am', '2025-10-06T11:00:00+05:30'],
    ['a week from tomorrow at 4 pm', '2025-10-12T16:00:00+05:30'],
  ])('when a day is counted from today ("%s"), then it is that many days on', (phrase, iso) => {
    expect(at(phrase)).toBe(iso);
  });

  test.each([
    ['tuesday at eighteen hundred hours', '2025-10-07T18:00:00+05:30'],
    ['tuesday at 1830 hrs', '2025-10-07T18:30:00+05:30'],
  ])('when the hour is said the military way ("%s"), then it is read', (phrase, iso) => {
    expect(at(phrase)).toBe(iso);
  });

  test('when a date of this month already gone is said, then it is in the past, not next year', () => {
    const reading = readTime('on the 1st of october at 4 pm', reference, 'Asia/Kolkata');
    expect(reading.ok && reading.instant.getTime() < reference.getTime()).toBe(true);
  });

  test("when a date months gone is said, then it is next year's", () => {
    expect(at('on the 5th of january at 4 pm')).toBe('2026-01-05T16:00:00+05:30');
  });
});

test.each([
  ['morning on monday at 12', '2025-10-06T12:00:00+05:30'],
  ['evening tuesday at 6', '2025-10-07T18:00:00+05:30'],
])('when a part of the day is said before the weekday ("%s"), then the weekday is kept', (phrase, iso) => {
  expect(read(phrase)).toBe(iso);
});

test('when a reading lands on another weekday than the one said, then the day is asked', () => {
  // chrono reads "friday the 6th" (a Monday) as the 6th; the weekday said must not be lost silently.
  expect(read('friday the 6th at 4 pm')).toBe('two_days');
  const reading = readTime('friday the 6th at 4 pm', reference, 'Asia/Kolkata');
  expect(reading.ok ? '' : reading.message).toContain('says Friday, but 6 Oct is a Monday');
});
