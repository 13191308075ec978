import type { LeadStatus } from '../domain';

/**
 * Status words as salespeople say them, mapped to the five CRM statuses. Longer phrases come first
 * so that "not interested" wins over "interested" and "closed lost" over "closed".
 */
const SYNONYMS: readonly [LeadStatus, readonly string[]][] = [
  [
    'LOST',
    [
      'closed lost',
      'not interested',
      'no longer interested',
      'not intrested',
      'lost interest',
      'went with another',
      'bought elsewhere',
      'bought somewhere else',
      'dropped out',
      'dropped',
      'lost',
      'dead',
      'junk',
      'rejected',
      'declined',
      'disqualified',
      'cold',
      'cancelled',
      'canceled',
      'backed out',
      'not going ahead',
    ],
  ],
  [
    'WON',
    [
      'closed won',
      'deal is done',
      'deal done',
      'done deal',
      'deal closed',
      'closed the deal',
      'won',
      'win',
      'booked',
      'signed',
      'converted',
      'purchased',
      'bought',
      'sold',
      'paid the token',
      'paid token',
      'token paid',
      'paid the booking',
      'finalised',
      'finalized',
      'closed',
    ],
  ],
  [
    'FOLLOW_UP',
    [
      'follow up',
      'follow-up',
      'followup',
      'follow',
      'call back',
      'callback',
      'call later',
      'call again',
      'revisit',
      'pending',
      'needs a follow up',
      'to be contacted',
    ],
  ],
  [
    'IN_PROGRESS',
    [
      'in progress',
      'in-progress',
      'inprogress',
      'progress',
      'progressing',
      'working',
      'ongoing',
      'active',
      'contacted',
      'negotiating',
      'negotiation',
      'in discussion',
      'under discussion',
      'interested',
      'processing',
      'qualified',
      'warm',
      'hot',
    ],
  ],
  ['NEW', ['new', 'fresh', 'reset', 'not contacted', 'uncontacted']],
];

const ORDERED: readonly { status: LeadStatus; phrase: string; pattern: RegExp }[] = SYNONYMS.flatMap(
  ([status, phrases]) => phrases.map((phrase) => ({ status, phrase, pattern: phrasePattern(phrase) })),
).sort((a, b) => b.phrase.length - a.phrase.length);

function phrasePattern(phrase: string): RegExp {
  const body = phrase.replace(/[-\s]+/g, '[\\s_-]*');
  return new RegExp(`\\b${body}\\b`, 'i');
}

/** The status a word or phrase names, or null ("on hold" is not a status this CRM has). */
export function statusFromWords(words: string): LeadStatus | null {
  const text = words.trim().replace(/[.!]+$/, '');
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if ((['NEW', 'IN_PROGRESS', 'FOLLOW_UP', 'WON', 'LOST'] as string[]).includes(upper))
    return upper as LeadStatus;
  for (const { status, pattern } of ORDERED) if (pattern.test(text)) return status;
  return null;
}

/** Finds the first status phrase in a longer text: where it is and what it means. */
export function findStatusPhrase(text: string): { status: LeadStatus; start: number; end: number } | null {
  let best: { status: LeadStatus; start: number; end: number } | null = null;
  for (const { status, pattern } of ORDERED) {
    const match = pattern.exec(text);
    if (!match) continue;
    const candidate = { status, start: match.index, end: match.index + match[0].length };
    // The earliest phrase wins; at the same place, the longer one (the list is longest first).
    if (!best || candidate.start < best.start) best = candidate;
  }
  return best;
}
