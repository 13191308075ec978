import { withoutPunctuation } from '../../src/doors/regression/run';

/** `npm run fixtures -- --unpunctuated` sends each transcript as a recogniser without punctuation would. */
test.each([
  ['Book Ravi, tomorrow at 4:30. Thanks!', 'Book Ravi tomorrow at 4:30 Thanks'],
  ['Add lead K. Bedi, Delhi, 98110 10061.', 'Add lead K Bedi Delhi 98110 10061'],
  ['nisha -> lost (budget issue)', 'nisha -> lost budget issue'],
  ['visit at 4.30 pm; is he coming?', 'visit at 4.30 pm is he coming'],
  ["ravi's status: won", "ravi's status won"],
])('when "%s" is sent without punctuation, then it is "%s"', (transcript, expected) => {
  expect(withoutPunctuation(transcript)).toBe(expected);
});
