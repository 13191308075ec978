import { canonicalCity, canonicalSource, properCase } from '../../src/values/lexicon';
import { findPhoneMention, parsePhone } from '../../src/values/phone';
import { statusFromWords } from '../../src/values/status';

describe('parsePhone', () => {
  test.each([
    ['98 765 43210', '+919876543210'],
    ['91234-56789', '+919123456789'],
    ['+91-99887-66554', '+919988766554'],
    ['0 98450 11223', '+919845011223'],
    ['919876543210', '+919876543210'],
    ['011 2345 6789', '+911123456789'],
    ['+1 415 555 2671', '+14155552671'],
  ])('when %s is read in IN, then it is %s', (raw, e164) => {
    expect(parsePhone(raw, 'IN')).toEqual({ ok: true, e164 });
  });

  test.each([
    ['98765 4321', 'Invalid'],
    ['5555555555', 'Invalid'],
    ['1234567890', 'not a mobile number'],
    ['12345', '5 digits'],
  ])('when %s is read in IN, then it is refused', (raw, reason) => {
    const result = parsePhone(raw, 'IN');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  test('when the region is the US, then a US number said without country code is valid', () => {
    expect(parsePhone('415 555 2671', 'US')).toEqual({ ok: true, e164: '+14155552671' });
  });
});

describe('findPhoneMention', () => {
  test('when a phone is followed by other numbers, then only the phone is taken', () => {
    expect(findPhoneMention('phone 98765 43210 2 bhk', 'IN')?.text).toBe('98765 43210');
  });
  test('when the text has only short numbers, then there is no phone', () => {
    expect(findPhoneMention('lead 123 at 4:30 on 5/11', 'IN')).toBeNull();
  });
  test('when a number is phone-shaped but invalid, then it is still reported so it can be refused', () => {
    expect(findPhoneMention('phone 12345 67890', 'IN')?.text).toBe('12345 67890');
  });
});

describe('statusFromWords', () => {
  test.each([
    ['in progress', 'IN_PROGRESS'],
    ['In-Progress', 'IN_PROGRESS'],
    ['follow up', 'FOLLOW_UP'],
    ['followup', 'FOLLOW_UP'],
    ['not interested', 'LOST'],
    ['lost', 'LOST'],
    ['booked', 'WON'],
    ['signed', 'WON'],
    ['deal is done', 'WON'],
    ['closed lost', 'LOST'],
    ['won', 'WON'],
    ['new', 'NEW'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['contacted', 'IN_PROGRESS'],
  ])('when the status is said as "%s", then it is %s', (words, status) => {
    expect(statusFromWords(words)).toBe(status);
  });

  test.each(['on hold', 'paused', 'banana'])('when the status is "%s", then it is not a status', (words) => {
    expect(statusFromWords(words)).toBeNull();
  });
});

describe('names, cities and sources', () => {
  test.each([
    ['rohan sharma', 'Rohan Sharma'],
    ['ROHAN SHARMA', 'Rohan Sharma'],
    ["d'souza", "D'Souza"],
    ['mary-jane watson', 'Mary-Jane Watson'],
    ['McDonald', 'McDonald'],
  ])('when a name is said as "%s", then it is written "%s"', (said, written) => {
    expect(properCase(said)).toBe(written);
  });

  test('when a known city is said in any case, then the known spelling is used; an unknown one is cased', () => {
    expect(canonicalCity('new delhi')).toBe('New Delhi');
    expect(canonicalCity('GURGAON')).toBe('Gurgaon');
    expect(canonicalCity('sawantwadi')).toBe('Sawantwadi');
  });

  test.each([
    ['instagram', 'Instagram'],
    ['insta', 'Instagram'],
    ['walk in', 'Walk-in'],
    ['whats app', 'WhatsApp'],
    ['99 acres', '99acres'],
    ['magic bricks', 'MagicBricks'],
    ['referral', 'Referral'],
  ])('when the source is said as "%s", then it is "%s"', (said, canonical) => {
    expect(canonicalSource(said)).toBe(canonical);
  });
});

describe('properCase and name particles', () => {
  test('a particle said last is the family name; said before a name, it joins it', () => {
    expect(properCase('shobha de')).toBe('Shobha De');
    expect(properCase('vasco da gama')).toBe('Vasco da Gama');
  });
});
