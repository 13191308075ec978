/**
 * Which of many short words a text holds, found in one pass: a trie of the words' characters, walked
 * from each character of the text. Used as a guard before regular expressions that can only match
 * where one of their words is said — a search of the text per word cost more than the regular
 * expressions it saved.
 *
 * Words are matched as substrings ("book" is held by "booking"), on text the caller has lower-cased.
 * Characters outside ASCII are in no word: there the walk stops.
 */
export class WordSet {
  /** Each ASCII character's column in the table; 0: in no word. */
  private readonly column = new Uint8Array(128);
  private readonly width: number;
  /** state × width + column → the next state; 0: none. State 1 is the root. */
  private readonly next: Int32Array;
  /** The words (by index) that end at each state. */
  private readonly ends: (number[] | undefined)[] = [];

  constructor(readonly words: readonly string[]) {
    let columns = 1;
    for (const word of words)
      for (let at = 0; at < word.length; at++) {
        const code = word.charCodeAt(at);
        if (code >= 128 || word.charAt(at) !== word.charAt(at).toLowerCase())
          throw new Error(`WordSet: "${word}" must be lower-case ASCII`);
        if (this.column[code] === 0) this.column[code] = columns++;
      }
    this.width = columns;
    const states = 2 + words.reduce((sum, word) => sum + word.length, 0);
    this.next = new Int32Array(states * this.width);
    let used = 2;
    words.forEach((word, index) => {
      let state = 1;
      for (let at = 0; at < word.length; at++) {
        const cell = state * this.width + (this.column[word.charCodeAt(at)] ?? 0);
        if (this.next[cell] === 0) this.next[cell] = used++;
        state = this.next[cell] ?? 0;
      }
      (this.ends[state] ??= []).push(index);
    });
  }

  /** For each word, whether the (lower-case) text holds it: 1 or 0, by the word's index. */
  held(lower: string): Uint8Array {
    const held = new Uint8Array(this.words.length);
    for (let start = 0; start < lower.length; start++) {
      let state = 1;
      for (let at = start; at < lower.length; at++) {
        const code = lower.charCodeAt(at);
        state = code < 128 ? (this.next[state * this.width + (this.column[code] ?? 0)] ?? 0) : 0;
        if (state === 0) break;
        const ends = this.ends[state];
        if (ends) for (const index of ends) held[index] = 1;
      }
    }
    return held;
  }

  /** Whether the (lower-case) text holds any of the words. */
  anyIn(lower: string): boolean {
    for (let start = 0; start < lower.length; start++) if (this.walkFrom(lower, start)) return true;
    return false;
  }

  /** Whether one of the words begins the (lower-case) text at `start`. */
  startsAt(lower: string, start: number): boolean {
    return this.walkFrom(lower, start);
  }

  /** Whether a word ends in the text read from `start` on. */
  private walkFrom(lower: string, start: number): boolean {
    let state = 1;
    for (let at = start; at < lower.length; at++) {
      const code = lower.charCodeAt(at);
      state = code < 128 ? (this.next[state * this.width + (this.column[code] ?? 0)] ?? 0) : 0;
      if (state === 0) return false;
      if (this.ends[state]) return true;
    }
    return false;
  }
}
