import path from 'node:path';
import { casesOf, fixtureFiles, loadFixtureFile } from '../../src/doors/regression/fixtures';
import { ANY_STATUS, statusWordsIn } from '../../src/values/status';
import { WordSet } from '../../src/values/word-set';

describe('WordSet: which of many words a text holds, in one pass', () => {
  const words = ['book', 'booking', 'king', "n't", 'nt ', ' day', 'a'];
  const set = new WordSet(words);

  it('finds every word held, overlapping ones too, as substrings', () => {
    const held = set.held("the booking isn't ready");
    expect(words.filter((_, index) => held[index])).toEqual(['book', 'booking', 'king', "n't", 'a']);
    expect(words.filter((_, index) => set.held('wait a day')[index])).toEqual([' day', 'a']);
    expect(set.anyIn('xyz')).toBe(false);
    expect(set.anyIn('the kingdom')).toBe(true);
  });

  it('says whether a word begins the text at a place', () => {
    expect(set.startsAt('rebooking', 2)).toBe(true);
    expect(set.startsAt('rebooking', 1)).toBe(false);
    expect(set.startsAt('boo', 0)).toBe(false);
  });

  it('stops at characters outside ASCII, which no word holds', () => {
    expect(set.anyIn('bo\u00f6k')).toBe(false);
    expect(set.anyIn('\u00e9king')).toBe(true);
  });

  it('agrees with a search of the text per word, on random texts', () => {
    const alphabet = "abdgiknot' y";
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 2_000; round++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length)),
      ).join('');
      const held = set.held(text);
      expect(words.map((_, index) => held[index] === 1)).toEqual(words.map((word) => text.includes(word)));
      expect(set.anyIn(text)).toBe(words.some((word) => text.includes(word)));
    }
  });

  it('refuses words it could never find', () => {
    expect(() => new WordSet(['Book'])).toThrow(/lower-case ASCII/);
    expect(() => new WordSet(['caf\u00e9'])).toThrow(/lower-case ASCII/);
  });
});

describe('status words found only where a status phrase can begin', () => {
  const transcripts = fixtureFiles([], path.join(__dirname, '../../fixtures'))
    .flatMap((file) => casesOf(loadFixtureFile(file)))
    .flatMap((item) => item.turns.map((turn) => turn.transcript));
  const everywhere = (text: string) =>
    [...text.matchAll(new RegExp(ANY_STATUS.source, 'gi'))].map((match) => [match.index, match[0]]);
  const guarded = (text: string) => [...statusWordsIn(text)].map((match) => [match.index, match[0]]);

  it('finds what the whole alternation tried at every character finds, on every fixture transcript', () => {
    expect(transcripts.length).toBeGreaterThan(1000);
    for (const text of transcripts) {
      for (const variant of [text, text.toUpperCase(), `${text} follow-up FOLLOWUP not interested`]) {
        expect(guarded(variant)).toEqual(everywhere(variant));
      }
    }
  });

  it('reads a text whose lower case is longer than it, all of it', () => {
    const text = 'İstanbul ravi is won, meena lost';
    expect(guarded(text)).toEqual(everywhere(text));
    expect(guarded(text).map(([, word]) => word)).toEqual(['won', 'lost']);
  });
});
