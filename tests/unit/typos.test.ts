import { withTyposMended } from '../../src/values/typos';

describe('a key word typed with one slip', () => {
  test.each([
    ['mrak ravi as won', 'mark ravi as won'],
    ['ravi folow up next week', 'ravi follow up next week'],
    ['visit sheduled for thrusday 3pm', 'visit scheduled for thursday 3pm'],
    ['site visit tomorow 11 am', 'site visit tomorrow 11 am'],
    ['new lead anil jaipur 98290 40408 facebok', 'new lead anil jaipur 98290 40408 facebook'],
    ['Ravi NOT intersted', 'Ravi NOT interested'],
    ['book a vist on satuday', 'book a visit on saturday'],
  ])('when "%s" is typed, then it is read as "%s"', (typed, meant) => {
    expect(withTyposMended(typed)).toBe(meant);
  });

  test.each([
    // Words of English stay, however near a key word ("lots", "visited", "marked", "booker").
    'lots of interest, visited twice, marked the booker',
    // Names and Hindi words are never key words: one slip from none of them.
    'sundar mohan and kiran mehta ne kal baat ki',
    'vidit gujrathi and monika came for the site visit',
    // A place of the postal list is that place: "aril" is no slip of "april".
    'new lead from aril, visit in april',
    // Too short to tell a slip from another word.
    'ravi wno, book mon',
  ])('when "%s" holds no slip of a key word, then it is left as it is', (said) => {
    expect(withTyposMended(said)).toBe(said);
  });

  test('when a slip is one letter from two key words, then it is left as it is', () => {
    // "finalied" is one letter from "finalised" and from "finalized": only a mend of one kind is made.
    expect(withTyposMended('ravi finalied the flat')).toBe('ravi finalied the flat');
  });
});
