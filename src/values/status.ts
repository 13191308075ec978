import type { LeadStatus } from '../kernel/domain';

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

/** Phrases compared without case, spaces, hyphens or underscores: "Follow-up" and "followup" meet. */
const keyOf = (phrase: string) => phrase.toLowerCase().replace(/[\s_-]+/g, '');

const STATUS_BY_KEY = new Map<string, LeadStatus>(
  SYNONYMS.flatMap(([status, phrases]) => phrases.map((phrase) => [keyOf(phrase), status] as const)),
);

/**
 * Every phrase in one alternation, longest first: at the earliest place any phrase matches, the
 * longest one there wins ("not interested" over "interested", "closed lost" over "closed").
 */
const ANY_STATUS = new RegExp(
  `\\b(?:${SYNONYMS.flatMap(([, phrases]) => phrases)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[-\s]+/g, '[\\s_-]*'))
    .join('|')})\\b`,
  'i',
);

const CANONICAL = new Set<string>(['NEW', 'IN_PROGRESS', 'FOLLOW_UP', 'WON', 'LOST']);

/** Finds the first status phrase in a longer text: where it is and what it means. */
export function findStatusPhrase(text: string): { status: LeadStatus; start: number; end: number } | null {
  const match = ANY_STATUS.exec(text);
  if (!match) return null;
  const status = STATUS_BY_KEY.get(keyOf(match[0]));
  return status ? { status, start: match.index, end: match.index + match[0].length } : null;
}

/** The status a word or phrase names, or null ("on hold" is not a status this CRM has). */
export function statusFromWords(words: string): LeadStatus | null {
  const text = words.trim().replace(/[.!]+$/, '');
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (CANONICAL.has(upper)) return upper as LeadStatus;
  return findStatusPhrase(text)?.status ?? null;
}
