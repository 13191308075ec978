import { normalizeTranscript } from '../../src/values/normalize';

describe('normalizeTranscript', () => {
  test.each([
    ['nine eight seven six five four three two one zero', '9876543210'],
    ['double nine eight seven six five four three two one', '9987654321'],
    ['triple five', '555'],
    ['nine eight oh one two three four five six seven', '9801234567'],
    ['plus nine one nine eight seven six five four three two one zero', '+919876543210'],
    ['nine eight seven six five, four three two one zero', '9876543210'],
    ['lead one two three', 'lead 123'],
  ])('when digits are spoken (%s), then they become %s', (spoken, written) => {
    expect(normalizeTranscript(spoken)).toBe(written);
  });

  test.each([
    ['at three pm', 'at 3 pm'],
    ['half past four', '4:30'],
    ['quarter past five', '5:15'],
    ['quarter to five', '4:45'],
    ['quarter to one', '12:45'],
    ['at four thirty pm', 'at 4:30 pm'],
    ['four oh five pm', '4:05 pm'],
    ['at 10.30 am', 'at 10:30 am'],
    ['at 4 30', 'at 4:30'],
    ["eleven o'clock", '11:00'],
    ['in forty five minutes', 'in 45 minutes'],
    ['on the twenty first', 'on the 21st'],
    ['the third of october', 'the 3rd of october'],
    ['5 P.M.', '5 pm'],
  ])('when a time is spoken (%s), then it is written as %s', (spoken, written) => {
    expect(normalizeTranscript(spoken)).toBe(written);
  });

  test('when fillers are spoken, then they are dropped and the words around them kept', () => {
    expect(normalizeTranscript('uh add a new lead um, Rohan, you know, from er Pune')).toBe(
      'add a new lead Rohan, from Pune',
    );
  });

  test('when "plus" comes before a country code and a number in digits, then it is the plus of the number', () => {
    expect(normalizeTranscript('add ravi plus 91 98450 12345')).toBe('add ravi +91 98450 12345');
    expect(normalizeTranscript('the 3 bhk plus 2 parking slots')).toBe('the 3 bhk plus 2 parking slots');
  });

  test('when an hour follows a phone number, then it is not swallowed into the number', () => {
    expect(normalizeTranscript('Add Rohan, 98 765 43210, two pm')).toBe('Add Rohan, 98 765 43210, 2 pm');
  });

  test('when words are not numbers, then their case and spelling are kept', () => {
    expect(normalizeTranscript('Mark lead 7b1b8f54 as won. Notes: booked unit A2.')).toBe(
      'Mark lead 7b1b8f54 as won. Notes: booked unit A2.',
    );
    expect(normalizeTranscript('someone phoned')).toBe('someone phoned');
  });

  test.each([
    ['at 8 in the evening', 'at 8 pm'],
    ['at 7 in the morning', 'at 7 am'],
    ['tomorrow evening 8', 'tomorrow evening at 8 pm'],
    ['tomorrow evening at 6', 'tomorrow evening at 6 pm'],
    ['friday night at 9:30', 'friday night at 9:30 pm'],
    ['tomorrow evening six thirty', 'tomorrow evening at 6:30 pm'],
    ['tomorrow 10 30', 'tomorrow at 10:30'],
    ['monday 4 15 pm', 'monday 4:15 pm'],
  ])('when a part of the day is said with the hour (%s), then it carries am/pm (%s)', (spoken, written) => {
    expect(normalizeTranscript(spoken)).toBe(written);
  });

  test('when Hinglish time words are used, then they become English ones', () => {
    expect(normalizeTranscript('parso subah 11 baje')).toBe('day after tomorrow morning at 11:00 am');
    expect(normalizeTranscript('kal shaam 6 baje')).toBe('tomorrow evening at 6:00 pm');
  });

  test('when the text has invisible format characters, then they are removed', () => {
    expect(normalizeTranscript('add lead \u202eEvil\u200b Name')).toBe('add lead Evil Name');
  });

  test('when the text has control characters and curly quotes, then they are cleaned', () => {
    expect(normalizeTranscript('Rohan\u0000 Sharma\u2019s visit\n')).toBe("Rohan Sharma's visit");
  });
});
