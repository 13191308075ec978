import type { LeadStatus } from '../kernel/domain';
import { DEVELOPER_PATTERN, DEVELOPERS } from './lexicon';
import { WordSet } from './word-set';
import { isKnownPlace } from './localities';

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
      "isn't interested",
      'isnt interested',
      "aren't interested",
      'arent interested',
      "wasn't interested",
      "weren't interested",
      'no longer interested',
      'no more interested',
      'not interested any more',
      'not intrested',
      'lost interest',
      'lost all interest',
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
      'cancelled',
      'canceled',
      'backed out',
      'backed off',
      'pulled out',
      'opted out',
      'walked away from the deal',
      'withdrew from the deal',
      'withdrawn her interest',
      'withdrawn his interest',
      'withdrawn their interest',
      'withdrew her interest',
      'withdrew his interest',
      'withdrew their interest',
      'withdrawn from the deal',
      'withdrew from the booking',
      'withdrew the booking',
      'fell through',
      'fell apart',
      'fallen apart',
      'fallen through',
      'called off',
      'deal is off',
      'not going ahead',
      'not moving forward',
      'not moving ahead',
      'decided not to go ahead',
      'decided not to buy',
      'decided not to proceed',
      'not to go ahead',
      'went cold',
      'gone cold',
      'not keen',
      "isn't keen",
      "aren't keen",
      "wasn't keen",
      "weren't keen",
      'no longer keen',
      'no more keen',
      'not keen anymore',
      'not buying',
      'not be buying',
      'not going to buy',
      'not coming back',
      'will not buy',
      'will never buy',
      'never going to buy',
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
      'confirmed the deal',
      'booking done',
      'booking is done',
      'booking has been done',
      'deal confirmed',
      'deal is confirmed',
      'confirmed the booking',
      'booking confirmed',
      'booking is confirmed',
      'confirmed the purchase',
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
      'paid the booking amount',
      'transferred the token',
      'token received',
      'received the token',
      'token amount received',
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
      'needs a follow up',
      // "keep following up", "continue following up with him": the contact goes on.
      'keep following up',
      'continue following up',
      'keep following',
      'to be contacted',
    ],
  ],
  [
    'IN_PROGRESS',
    [
      'in progress',
      'in-progress',
      // Indian English, and what recognisers make of "in progress".
      'in process',
      'under process',
      'inprogress',
      'progress',
      'progressing',
      'working',
      'ongoing',
      'active',
      'contacted',
      'negotiating',
      'negotiation',
      'bargaining',
      'haggling',
      'shortlisted',
      'short listed',
      'very positive',
      'quite positive',
      'positive about the deal',
      'positive about the project',
      // "… we are moving ahead", "things are moving forward": the deal goes on.
      'moving ahead',
      'moving forward',
      'in discussion',
      'under discussion',
      'in talks',
      'talks are on',
      'talks are going on',
      'negotiations are on',
      'negotiations are going on',
      'discussions are on',
      'interested',
      'keen',
      'very keen',
      'processing',
      'qualified',
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
export const ANY_STATUS = new RegExp(
  `\\b(?:${SYNONYMS.flatMap(([, phrases]) => phrases)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[-\s]+/g, '[\\s_-]*'))
    .join('|')})\\b`,
  'i',
);

const ANY_STATUS_AT = new RegExp(ANY_STATUS.source, 'iy');

/** How every phrase begins: its first two letters, or its first letter when a space follows it. */
const startOf = (phrase: string) => phrase.toLowerCase().slice(0, /^.[\s-]/.test(phrase) ? 1 : 2);
const STATUS_STARTS = new WordSet([...new Set(SYNONYMS.flatMap(([, phrases]) => phrases.map(startOf)))]);

/**
 * Every status word or phrase in the text, left to right, as `matchAll` with ANY_STATUS would find
 * them. One alternation of every phrase tried at every character was the costliest regular expression
 * of a reading; it is tried only where a phrase can begin.
 */
export function* statusWordsIn(text: string): Generator<RegExpExecArray> {
  const lower = text.toLowerCase();
  // A letter whose lower case is longer ("İ") would move every place after it: read it all then.
  if (lower.length !== text.length) {
    yield* text.matchAll(new RegExp(ANY_STATUS.source, 'gi'));
    return;
  }
  for (let at = 0; at < text.length; at++) {
    if (!STATUS_STARTS.startsAt(lower, at)) continue;
    ANY_STATUS_AT.lastIndex = at;
    const match = ANY_STATUS_AT.exec(text);
    if (!match) continue;
    yield match;
    at += match[0].length - 1;
  }
}

const CANONICAL = new Set<string>(['NEW', 'IN_PROGRESS', 'FOLLOW_UP', 'WON', 'LOST']);

/**
 * "will decide after the 15th", "will confirm by next week", "wants to think till next month", "after
 * diwali will see": a decision put later.
 */
export const LATER_DECISION =
  /\b(?:will|would|shall|can|could|is\s+going\s+to|are\s+going\s+to|wants?\s+to|wanted\s+to|needs?\s+to|would\s+like\s+to|prefers?\s+to|plans?\s+to)\s+(?:only\s+)?(?:be\s+able\s+to\s+)?(?:decide|take\s+(?:a|the)\s+(?:final\s+)?(?:decision|call)|think|rethink|see|consider|reconsider|review|check|confirm|look\s+again|look(?:\s+(?:at|into)\s+(?:it|this|that|them|(?:the\s+)?(?:flats?|homes?|houses?|options|properties|property|projects?|deal|proposal)))?)(?:\s+(?:about\s+it|it\s+over|over\s+it))?\s+(?:only\s+)?(?:after\b(?!\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:site\s+)?(?:visit|visiting|seeing|meeting|tour)\b)|next\s+(?:week|month|year)|later|in\s+(?:a|an|one|two|three|four|few|\d+)\s+(?:days?|weeks?|months?)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|by\b|once\b|(?:till|until)\s+(?:next\s+(?:week|month|year)|the\s+end\s+of\s+the\s+(?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|diwali|holi|pongal|onam|eid|christmas|new\s+year|the\s+\d|\d)\b|when\s+(?:he|she|they|the|his|her|their)\b)|\b(?:after\s+(?!(?:the\s+)?(?:site\s+)?(?:visit|meeting|tour)\b)\p{L}+|next\s+(?:week|month|year)|later)\s+(?:will|shall)\s+(?:see|decide|think)\b/giu;

/**
 * "has made an offer of 1.1 crore", "came back with a counter offer", "offered 95 lakh for the villa": a
 * price put on the table by the lead (not "we offered …") — like comparing, a weak sign of talks under way,
 * read only when nothing else says the status.
 */
const OFFER_MADE =
  /\b(?:made|makes|making|put\s+in|sent|gave|given|quoted)\s+(?:us\s+)?(?:a|an|his|her|their)\s+(?:(?:final|best|new|revised|lower|fresh|counter)[\s-]+)?(?:offer|bid)\b|\b(?:came|come|comes|coming)\s+back\s+with\s+(?:a|an|his|her|their)\s+(?:(?:final|best|new|revised|lower|fresh)\s+)?(?:counter[\s-]?)?(?:offer|proposal|quote|price)\b|\bcounter[\s-]?(?:offer|proposal)s?\b|(?<!\b(?:we|i)\s+)\boffered\s+(?:us\s+)?(?:rs\.?\s*|inr\s*|\u20b9\s*)?\d[\d.,]*\s*(?:lakhs?|lacs?|crores?|cr\b|k\b|l\b)(?:\s+(?:for|on)\s+(?:the|this|that|our|a)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|house|home|property|bhk|penthouse))?/giu;

/** "is comparing", "are still comparing prices with godrej": the lead still choosing, and what. */
const COMPARING =
  /\b(?:is|are|'s|was|were)\s+(?:still\s+|now\s+|also\s+|busy\s+)*comparing(?:\s+(?!(?:and|but|so|then)\b)[\p{L}\d]+|\s+and\s+(?!(?:he|she|they|we|i|then|also|will|would|is|are|was|has|have|had|said|says|wants?)\b)[\p{L}\d]+){0,12}/giu;

/**
 * "wants a better price", "is expecting a lower rate": the lead bargaining — a weak sign like an offer
 * (asking for the cost sheet or the price list is no status: any enquirer does, sets 69, 179).
 */
const PRICE_ASKED =
  /\b(?:asked|asking|asks|requested|requesting|wants?|wanted|needs?|needed|expecting|expects?|expected)\s+(?:for\s+)?(?:a|an|the|our)\s+(?:better|lower|final|best|revised|special|bigger)\s+(?:price|rate|deal|discount|offer)\b/gi;

/** Signs of a lead still in play, read only when nothing else says the status; each with its words. */
const WEAK_SIGNS: readonly (readonly [RegExp, RegExp])[] = [
  [COMPARING, /comparing/],
  [OFFER_MADE, /offer|bid|proposal|quote|price/],
  [PRICE_ASKED, /price|rate|deal|discount|offer/],
];

/** A home bought from a developer named in lexicon.ts: "went with godrej", "a lodha flat". */
const BOUGHT_FROM_DEVELOPER = new RegExp(
  `\\b(?:bought|booked|purchased|took|taken|chose|chosen|picked|went|go|goes|going|gone|opt(?:ed|ing|s)?|switch(?:ed|es|ing)?|signed|finali[sz]ed|invested|settled|moved)\\b(?:(?!\\b(?:visits?|meetings?|appointments?|tours?)\\b)[^.;]){0,40}?(?:\\b(?:with|from|in|at|to|for|by)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:${DEVELOPER_PATTERN})\\b|\\b(?:${DEVELOPER_PATTERN})\\s+(?:\\p{L}+\\s+)?(?:flats?|apartments?|units?|villas?|plots?|projects?|towers?|property|properties|homes?|house|township|society)\\b)`,
  'giu',
);

/** "liked the sobha project better and booked there": bought where a named developer sells, not with us. */
const BOUGHT_THERE = new RegExp(
  `\\b(?:${DEVELOPER_PATTERN})\\b[^.;]{0,160}?\\b(?:booked|bought|purchased|signed|invested|went\\s+ahead)(?:\\s+(?:a|an|the|one)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:flat|unit|villa|apartment|plot|home|house|bhk|property|one))?\\s+(?:there|with\\s+them|from\\s+them)\\b`,
  'iu',
);

const BOOKED_THERE =
  /\b(?:booked|bought|purchased|signed|invested)(?:\s+(?:a|an|the|one)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|home|house|bhk|property|one))?\s+there\b/giu;
/**
 * "has bought a house near her daughter's place in indore": a home bought, said with "a", somewhere
 * named — ours or a rival's? Unless the text says (with us, in our tower), both readings stand.
 */
const BOUGHT_A_HOME_SOMEWHERE =
  /\b(?:bought|purchased|taken|took)\s+(?:a|an|one)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|house|home|apartment|villa|plot|bungalow|row\s*house|property)\s+(?:(?:near|close\s+to|closer\s+to|next\s+to)\s+(?!(?:our|the\s+same)\b)[^.;,]{1,40}?|in\s+(?!(?:our|the\s+same|tower|wing|block|phase|building)\b)\p{L}+)(?=\s*(?:[.;,]|$|\b(?:and|but|so|because|last|this|yesterday|today)\b))/giu;

/**
 * Facts that name a status without its word: "chose a resale flat elsewhere", "took a unit with some
 * other developer" (LOST: a purchase elsewhere is never WON), "call her back after diwali" (FOLLOW_UP).
 * Each fact lists words one of which it cannot be said without (lowercase), so that a text without any
 * of them is not searched for it.
 */
/** A later time the lead may buy at, said after a "not now": "…, maybe next year", "after diwali", "in a few months". */
const LATER_ON = String.raw`[\s,]*(?:(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:may|might|will|would|could|can)\s+(?:\p{L}+\s+){0,3}?)?(?:(?:but\s+)?(?:maybe|may\s+be|perhaps|probably|possibly)\s+)?(?:next\s+(?:year|month|quarter)|later|after\s+(?:(?:a|one|two|three|four|five|six|few|some|\d+)\s+(?:months?|weeks?|years?)|\p{L}+)|in\s+(?:a|one|two|three|four|five|six|few|some|\d+)\s+(?:months?|weeks?|years?))\b`;

/** A deal of the lead's, the object of a status verb: "the deal", "our final offer", "the 3 bhk option". */
const DEAL_OBJECT = String.raw`(?:the|our|this|that|his|her|their|a|an)\s+(?:(?!(?:door|music|car|phone|light|lights|tv|volume|gate)\b)[\p{L}\d-]+\s+){0,2}?(?:deal|booking|purchase|offer|proposal|quote|quotation|flat|unit|villa|apartment|plot|property|option|bhk|project)\b`;

const FACTS: readonly [LeadStatus, RegExp, readonly string[]][] = [
  // "chose a resale flat elsewhere", "is buying a flat instead", "put her money in a project from
  // another builder": a home bought, booked or paid for somewhere else.
  [
    'LOST',
    /\b(?:bought|booked|purchased|buying|purchasing|(?:decided|made\s+up\s+(?:his|her|their)\s+minds?|plans?|planning|wants?|going)\s+to\s+(?:buy|book|purchase|invest)|rented|leased|took|taken|chose|chosen|picked|(?:put|parked|invested)\s+(?:his|her|their|the)\s+(?:money|savings|funds)|(?:went|go|goes|going|gone)\s+(?:ahead\s+)?(?:with|for)|opt(?:ed|ing|s)?\s+for|switch(?:ed|es|ing)?\s+(?:over\s+)?to|signed|closed\s+the\s+deal|finali[sz]ed|invested|settled)\b[^.;]{0,60}?\b(?:elsewhere|somewhere\s+else|(?:someone|somebody|some\s+one)\s+else|instead|resale|second[\s-]?hand|(?<!\b(?:our|my)\s+)(?:an)?other\s+(?:[a-z]+\s+)?(?:builder|developer|project|agent|broker|company|place|society|site|township|property|flat|city|town|area|locality|location|state|country|community|complex|colony|enclave|building)|competitors?|competition|(?:different|rival)\s+(?:builder|developer|project|society|township)|rival|(?:a|an)\s+(?:cheaper|closer|nearer)\s+(?:flat|home|house|apartment|villa|plot|property|place|unit|deal|option|one))\b/gi,
    [
      'elsewhere',
      'else',
      'instead',
      'resale',
      'second',
      'other',
      'competitor',
      'competition',
      'different',
      'rival',
      'cheaper',
      'closer',
      'nearer',
    ],
  ],
  ['LOST', /\bwent\s+with\s+(?:a|the)\s+competitor\b/gi, ['competitor']],
  // "so we can close his file", "her file can be closed": the lead's file closed, the lead given up.
  [
    'LOST',
    /\bclos(?:e|ed|ing)\s+(?:his|her|their|the|this)\s+(?:file|case|chapter)\b|\b(?:his|her|their)\s+(?:file|case)\s+(?:is|can\s+be|has\s+been|was)\s+closed\b/giu,
    ['file', 'case', 'chapter'],
  ],
  // "… so it is over for us", "it's over with him": the speaker's own word that the deal is gone.
  [
    'LOST',
    /\b(?:it\s+is|it'?s|that\s+is|that'?s)\s+over\s+(?:for\s+us|with\s+(?:him|her|them))\b|(?<=\b(?:so|and)\s+|^\s*)(?:it\s+is|it'?s|that\s+is|that'?s)\s+(?:all\s+)?over\b(?!\s+(?:for\s+us|with\s+(?:him|her|them))\b)/gi,
    ['over'],
  ],
  // "booked with the builder across the road", "bought from a developer in kharadi": a builder named
  // as "a"/"the" one is another seller — the speaker says "us" of their own.
  [
    'LOST',
    /\b(?:bought|booked|purchased|took|taken|signed|closed|finali[sz]ed|invested|went|gone|going)\b[^.;]{0,30}?\b(?:with|from|through)\s+(?:a|the|that|some|one)\s+(?:(?!(?:same|our|own)\b)\p{L}+\s+){0,2}?(?:builder|developer)s?\b/giu,
    ['builder', 'developer'],
  ],
  // "sunil went elsewhere", "has gone somewhere else": the lead took the business away.
  ['LOST', /\b(?:went|gone|going|moved)\s+(?:elsewhere|somewhere\s+else)\b/gi, ['elsewhere', 'else']],
  // "went to a competitor", "has gone over to another developer": to a rival seller, not to a place.
  [
    'LOST',
    /\b(?:went|go|goes|going|gone|moved|switched)\s+(?:over\s+)?to\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:competitors?|rivals?|(?:an)?other\s+(?:builder|developer|agent|broker|seller)|(?:different|rival)\s+(?:builder|developer|agent|broker|seller))\b/gi,
    ['competitor', 'rival', 'other', 'different'],
  ],
  // "gave the booking advance", "token money has been deposited": money paid to book is a sale.
  [
    'WON',
    /\b(?:paid|pays|given|gave|handed\s+over|transferred|sent|deposited|received|got|made|makes|did|done|cleared|clears|completed|completes)\b(?:(?!\s(?:and|but|so)\s+(?:he|she|they|we|i)\s)[^.;,]){0,45}?\b(?:token|booking|advance|full\s+(?:amount|payment)|down\s*payment|(?:first|1st)\s+instal+ment|earnest\s+money)(?:\s+(?:amount|money|advance|cheque|payment))?\b|\b(?:token|booking|advance)(?:\s+(?:amount|money|advance|cheque|payment|transfer))?\s+(?:has\s+been\s+|have\s+been\s+|was\s+|is\s+)?(?:paid|given|deposited|received|transferred|done|collected|cleared)\b/gi,
    ['token', 'booking', 'advance', 'full', 'payment', 'instal', 'earnest'],
  ],
  // "came with the cheque for the booking amount", "brought the token money", "handed me the booking
  // cheque": the money to book brought by the lead (a form or a brochure brought is nothing).
  [
    'WON',
    /\b(?:(?:came|comes|come|coming)\s+(?:\p{L}+\s+)?with|brought|brings|bringing|handed|hands|submitted|submits)\b[^.;,]{0,30}?\b(?:(?:token|booking|advance)\s+(?:amount|money|cheque|check|payment|cash)|(?:cheque|check|payment|money|amount|cash|dd|(?:demand\s+)?draft)\s+(?:for|of|towards)\s+(?:the\s+)?(?:token|booking|advance))\b/giu,
    ['token', 'booking', 'advance'],
  ],
  // "negotiations are still happening", "talks are ongoing", "talks going on" (said without the verb;
  // then a bare "on" is too little: "talks on monday").
  [
    'IN_PROGRESS',
    /\b(?:talks|discussions?|negotiations?|conversations?)\s+(?:(?:are|is)\s+(?:still\s+)?(?:going\s+on|on|ongoing|happening|continuing|progressing|in\s+progress)|(?:still\s+)?(?:going\s+on|ongoing|happening|continuing|progressing|in\s+progress))\b/gi,
    ['talk', 'discussion', 'negotiation', 'conversation'],
  ],
  // "… so it is going on", "and things are progressing": what a note comes to, said of the matter.
  [
    'IN_PROGRESS',
    /\b(?:so|and)\s+(?:it|things|the\s+(?:deal|matter|discussion|talks))\s+(?:is|are|'s)\s+(?:still\s+)?(?:going\s+on|ongoing|progressing|in\s+progress)\b/gi,
    ['so it', 'and it', 'things', 'the deal', 'the matter', 'the discussion', 'the talks'],
  ],
  // "the sale deed got registered", "got the conveyance deed registered", "the booking cheque has
  // cleared": the sale's paper registered, or the money to book come through (a cheque that bounced is
  // none).
  [
    'WON',
    /\b(?:(?:sale|conveyance|title)\s+deed|sale\s+agreement|agreement\s+(?:for|of)\s+sale|(?<=^|(?:'s|\b(?:the|his|her|their))\s+)(?:agreement|deed)|flat|unit|property|apartment|villa|plot)\s+(?:got|has\s+been|was|is|have\s+been)\s+(?:now\s+|finally\s+)?(?:registered|executed)\b|\b(?:got|gets|had|has\s+got|have\s+got)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:sale|conveyance|title)\s+deed|sale\s+agreement|agreement|deed|flat|unit|property|apartment|villa|plot)\s+(?:now\s+|finally\s+)?(?:registered|executed)\b|\b(?:booking|token|advance)\s+(?:cheque|check|payment|amount|money|transfer)(?:\s+of(?:\s+\p{L}+){1,3}?)?\s+(?:has\s+|have\s+|had\s+)?(?:got\s+|been\s+|was\s+|is\s+)?(?:cleared|realised|realized|credited|encashed)\b|\b(?:cheque|check)\s+(?:for|of)\s+(?:the\s+)?(?:booking|token|advance|flat|unit|villa|home|house|apartment|plot|property|down\s*payment)\s+(?:amount\s+|money\s+)?(?:has\s+been|have\s+been|got|was|is)\s+(?:now\s+)?(?:deposited\s+and\s+)?(?:cleared|realised|realized|credited|encashed)\b/giu,
    ['registered', 'executed', 'cleared', 'realised', 'realized', 'credited', 'encashed'],
  ],
  // "completed the registration of her flat": the sale registered.
  [
    'WON',
    /\b(?:completed|finished|done)\s+(?:the\s+|her\s+|his\s+|their\s+)?regist(?:ration|ry)\b|\bregist(?:ration|ry)\s+(?:(?:of|for)\s+[^,.;]{1,40}?\s+)?(?:is\s+|was\s+|has\s+been\s+|got\s+)?(?:now\s+|finally\s+|also\s+)?(?:done|completed|finished|happened|over|through)\b|\bregistered\s+(?:the|her|his|their)\s+(?:flat|unit|property|apartment|villa|plot|house)\b/gi,
    ['registration', 'registry', 'registered'],
  ],
  // "is now a customer", "has become our client": the lead bought.
  [
    'WON',
    /\b(?:(?:is|are)\s+now|(?:has|have)\s+become|became|(?:is|are)\s+officially)\s+(?:a|an|our)\s+(?:customers?|clients?|buyers?|(?:home\s*)?owners?|home\s*owners?|allottees?)\b|\b(?:is|are)\s+(?:now\s+)?our\s+(?:customers?|clients?|allottees?)\s+now\b|\b(?:is|are)\s+(?:an?\s+)(?:customers?|clients?|buyers?|allottees?)\s+(?:of\s+ours\s+)?now\b/gi,
    ['customer', 'client', 'buyer', 'owner', 'allottee'],
  ],
  // "we will take the flat": the customer's own yes.
  [
    'WON',
    /\b(?:we|i|they|he|she)\s+(?:will|'ll|are\s+going\s+to|want\s+to)\s+(?:take|buy|book|purchase|go\s+ahead\s+with)\s+(?:(?:the|this|that)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|house|home|apartment|villa|plot|property|deal|one|place|bhk)|it)\b/giu,
    ['take', 'buy', 'book', 'purchase', 'ahead'],
  ],
  // "said no to our offer": the customer turned the deal down.
  [
    'LOST',
    /\b(?:said|says|say)\s+no\s+to\s+(?:the|our|this|that)\s+(?:final\s+)?(?:offer|deal|proposal|booking|quote|quotation)\b/gi,
    ['no to'],
  ],
  // "we are not looking anymore": the customer has stopped.
  [
    'LOST',
    /\b(?:not\s+looking|no\s+longer\s+looking|stopped\s+looking|not\s+planning\s+to\s+buy|(?:dropped|dropping|drops|(?:decided|chose|has\s+to|have\s+to|had\s+to|going)\s+to\s+(?:drop|give\s+up|shelve|scrap)|giving\s+up|gave\s+up)\s+(?:(?:the|this|that|his|her|their|our)\s+(?:idea|plan|deal|purchase|flat|unit|villa|property|house|home|apartment|project)|it(?!\s+(?:off|at|to|by|near|outside|in|on)\b)))\b(?:\s+(?:any\s*more|now))?/gi,
    ['looking', 'planning', 'idea', 'plan', 'drop', 'gave up', 'giving up'],
  ],
  // "decided to rent instead of buying", "chose to continue renting": the lead will rent, not buy
  // ("rent out his flat" is a home of their own let, no decision about ours).
  [
    'LOST',
    /\b(?:(?:decided|decides|chose|chosen|prefers?|preferred|opted|would\s+rather)\s+(?:to\s+)?(?:continue\s+(?:to\s+)?)?(?:rent|renting|stay\s+on\s+rent)\b(?!\s+out\b)|(?:will|'ll|going\s+to|wants?\s+to|plans?\s+to)\s+(?:continue|keep)\s+(?:to\s+rent|renting|staying\s+on\s+rent)\b(?!\s+out\b)|\brent(?:ing)?\s+(?:(?:for\s+now|for\s+(?:a|one|another|two)\s+(?:more\s+)?years?)\s+)?instead(?:\s+of\s+buying)?)\b/gi,
    ['to rent', 'renting', 'on rent', 'rent instead', 'rent for'],
  ],
  // "not buying right now, maybe next year", "not interested at the moment, may be after six months",
  // "has given up on buying for now, maybe next year": not now, but perhaps later — a follow-up, not a
  // loss.
  [
    'FOLLOW_UP',
    new RegExp(
      String.raw`\b(?:(?:not\s+(?:buying|interested|looking|ready|keen|planning)|(?:is|are)\s+against\s+(?:buying|the\s+purchase|it)|(?:can'?t|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:afford(?:\s+it)?|buy)|(?:dropped|shelved)\s+(?:the|his|her|their)\s+(?:idea|plan)(?:\s+(?:of\s+buying|to\s+buy))?|(?:given|gave|giving)\s+up\s+on\s+(?:buying|the\s+purchase|the\s+plan|the\s+idea))(?:\s+to\s+buy)?\s+(?:right\s+now|now|at\s+the\s+moment|at\s+present|for\s+now|currently|this\s+year)|(?:right\s+now|at\s+the\s+moment|for\s+now|currently)\s+not\s+(?:buying|interested|looking|ready|keen|planning)(?:\s+to\s+buy)?|\b(?:says?|said|replied|answered|told\s+(?:me|us))\s+not\s+(?:right\s+now|now|at\s+the\s+moment|yet))\b${LATER_ON}`,
      'giu',
    ),
    ['now', 'at the moment', 'at present', 'currently', 'this year', 'yet'],
  ],
  // "she said let me think about it", "wants to think it over": the lead will decide later.
  [
    'FOLLOW_UP',
    // ("is sleeping on it", "wants to sleep on it": the same, idiomatic.)
    /\blet\s+(?:me|us)\s+think\s+(?:about\s+it|it\s+over|over\s+it)\b|\b(?:wants?|needs?)\s+(?:some\s+time\s+)?to\s+think\s+(?:about\s+it|it\s+over|over\s+it)\b|\b(?:is|are|'s|'re|wants?\s+to|will|would\s+like\s+to)\s+(?:going\s+to\s+)?(?:sleeping|sleep)\s+on\s+it\b/gi,
    ['think', 'sleep'],
  ],
  // "don't call me again", "please do not disturb us any more", "told me not to call him again": the
  // lead asks not to be contacted (for a while only — "… not to disturb him till march" — is no loss).
  [
    'LOST',
    /\b(?:do\s+not|don'?t|never)\s+(?:call|contact|disturb|message|bother|ring)\s+(?:me|us)(?:\s+(?:again|any\s*more|further|in\s+future))?\b|\b(?:told|asked|said\s+to|requested)\s+(?:me|us)?\s*(?:not\s+to\s+(?:call|contact|disturb|message|bother|ring)|to\s+stop\s+(?:calling|contacting|messaging|bothering|disturbing))\s+(?:him|her|them)(?:\s+(?:again|any\s*more|further|in\s+future))?\b(?!\s+(?:for|till|until|this|now|today|before)\b)/gi,
    [
      'not to ',
      'to stop',
      'not call',
      "n't call",
      'never call',
      'not contact',
      "n't contact",
      'disturb',
      'bother',
      'not message',
      "n't message",
      'not ring',
      "n't ring",
    ],
  ],
  // "came with the final payment", "we handed over the allotment letter": the sale completed.
  [
    'WON',
    /\b(?:(?:made|paid|brought|came\s+with|transferred|cleared)\s+(?:the\s+|his\s+|her\s+|their\s+)?final\s+payment|(?:handed\s+over|gave|issued|received|got|collected|picked\s+up)\s+(?:(?:him|her|them)\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:allotment(?:\s+letter)?|possession\s+letter|keys\s+(?:of|to|for)\s+(?:the|his|her|their)\s+(?:new\s+)?(?:flat|unit|villa|house|home|apartment)(?!\s+to\s+(?!(?:him|her|them)\b)[a-z])))\b/gi,
    ['final payment', 'allotment', 'possession letter', 'keys'],
  ],
  // "collected his keys", "got the keys today": the home's keys taken (not a car's, nor keys to show a flat).
  [
    'WON',
    /\b(?:collected|received|got|picked\s+up|took)\s+(?:the\s+|his\s+|her\s+|their\s+)(?:new\s+)?keys\b(?!\s+(?:of|to|for)\s+(?:the|his|her|their|a|an)\s+(?!(?:new\s+)?(?:flat|unit|villa|house|home|apartment)\b))(?!\s+to\s+(?:see|show|open|check|inspect|view|visit)\b)/gi,
    ['keys'],
  ],
  // "is now the proud owner of a 3 bhk", "has become the owner of the corner villa": the home is theirs
  // now (not one bought elsewhere or instead).
  [
    'WON',
    /\b(?:(?:is|are|'s|'re)\s+now\s+(?:the\s+|a\s+)?(?:proud\s+)?owners?|(?:is|are|'s|'re)\s+(?:the\s+|a\s+)?proud\s+(?:new\s+)?owners?|(?:is|are|'s|'re)\s+(?:now\s+)?(?:the|a)\s+new\s+owners?|(?:has|have)\s+(?:now\s+)?become\s+(?:the\s+|a\s+)?(?:proud\s+)?(?:new\s+)?owners?)\s+of\s+(?:(?:a|an|the|his|her|their|one|our)\s+(?:[\p{L}\d-]+\s+){0,2}?)?(?:flat|unit|villa|apartment|plot|home|house|bhk|penthouse)\b(?![^.;,]{0,40}\b(?:elsewhere|somewhere\s+else|instead|another\s+(?:builder|developer|project))\b)/giu,
    ['owner'],
  ],
  // "he is the owner of flat 1204 now": owning said with "now" is new (owned before is no sale: "is the
  // owner of a flat in andheri").
  [
    'WON',
    /\b(?:is|are|'s|'re)\s+(?:the|a)\s+owners?\s+of\s+(?:(?:a|an|the|his|her|their|one|our)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|home|house|bhk|penthouse)\b(?:\s+(?:no\.?\s*)?\d+\w*)?\s+now\b/giu,
    ['owner'],
  ],
  // "has completed all the payments", "cleared all his dues": everything paid, the sale made.
  [
    'WON',
    /\b(?:completed|made|cleared|finished)\s+all\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:payments|instal(?:l)?ments|dues)\b/gi,
    ['payments', 'instalments', 'installments', 'dues'],
  ],
  // "the booking for anita went through", "her purchase has gone through": the deal done.
  [
    'WON',
    /\b(?:booking|purchase|sale|deal|registration)\s+(?:(?:for|of|with)\s+(?:\p{L}+\s+){1,3}?)?(?:has\s+|had\s+|finally\s+)*(?:went|gone)\s+through\b/giu,
    ['through'],
  ],
  // "found it too small and has moved on", "is done looking and will stay in his old house": the lead
  // has stopped looking.
  [
    'LOST',
    /\b(?:has|have|had)\s+(?:now\s+|already\s+)?moved\s+on\b(?!\s+to\b)|\b(?:is|are|'s|'re)\s+done\s+(?:looking|searching|house\s+hunting)\b|\b(?:will|would|decided\s+to|wants?\s+to)\s+stay\s+(?:on\s+)?in\s+(?:his|her|their)\s+(?:old|current|present|own|existing)\s+(?:house|home|flat|place|apartment)\b/gi,
    ['moved on', 'done', 'stay'],
  ],
  // "has put down a deposit for the 3 bhk", "paid a deposit": money down to book, the sale made.
  [
    'WON',
    /\b(?:put\s+down|paid|placed|made|given|gave|transferred)\s+(?:a|the|his|her|their)\s+(?:booking\s+|security\s+)?deposit\b(?!\s+(?:for|on)\s+(?:the\s+|a\s+)?(?:parking|club|electricity|water|gas|maintenance|rent|locker))/gi,
    ['deposit'],
  ],
  // "has asked us to draft the sale agreement": the papers of the sale being made ready.
  [
    'IN_PROGRESS',
    // ("has asked for the booking form": the same, asked for.)
    /\b(?:(?:asked|wants?|wanted|requested)\s+(?:us|me)\s+to\s+(?:draft|prepare|make|send)|(?:asked|asking|requested)\s+(?:us\s+|me\s+)?for)\s+(?:the|a|his|her|their)\s+(?:draft\s+)?(?:sale\s+|sample\s+)?(?:agreement|booking\s+form|allotment\s+letter)\b/gi,
    ['agreement', 'booking form', 'allotment letter'],
  ],
  // "will take this up after he is back": the matter picked up again later.
  [
    'FOLLOW_UP',
    /\b(?:will|shall|'ll|would)\s+take\s+(?:this|it|that|the\s+matter)\s+(?:up\s+)?(?:forward\s+)?(?:again\s+)?(?:after|later|next|once|when|in\s+(?:a|one|two|few|\d+))\b/gi,
    ['take'],
  ],
  // "her son has talked her out of buying", "convinced him not to buy": the lead persuaded off the deal.
  [
    'LOST',
    /\b(?:talked|talks|persuaded|convinced)\s+(?:him|her|them)\s+(?:out\s+of\s+(?:buying|booking|the\s+(?:purchase|deal|booking|flat|plan)|it)|not\s+to\s+(?:buy|book|go\s+ahead))\b/gi,
    ['out of', 'not to'],
  ],
  // "has decided to postpone buying by six months", "pushed the purchase to next year": put off to a time.
  [
    'FOLLOW_UP',
    /\b(?:postpone|postponed|postponing|defer|deferred|deferring|push|pushed|pushing)\s+(?:buying|booking|the\s+(?:purchase|booking|decision|plan)|(?:his|her|their)\s+(?:purchase|plans?|decision))\s+(?:by|till|until|for|to)\b/gi,
    ['postpon', 'defer', 'push'],
  ],
  // "her allotment letter has been issued", "the possession letter was handed over": the same, passive.
  [
    'WON',
    /\b(?:allotment|possession)\s+letter\s+(?:has\s+been|have\s+been|was|got|is)\s+(?:now\s+|finally\s+)?(?:issued|handed\s+over|given|sent|received)\b/gi,
    ['allotment letter', 'possession letter'],
  ],
  // "we handed over the keys to saif ali", "gave the keys of the flat to meena", "handed over the villa
  // to meena": the home handed over to the lead named after it (the engine reads the lead inside the
  // phrase).
  [
    'WON',
    /\b(?:handed\s+over|handed|gave|given|give)\s+(?:the\s+)?(?:keys(?:\s+of\s+(?:the|his|her|their)\s+(?:new\s+)?(?:flat|unit|villa|house|home|apartment))?|(?:flat|unit|villa|house|home|apartment|possession))\s+to\s+(?!(?:the|a|an|him|her|them|us|me|his|their|our)\b)(?:\p{L}+\s+)?\p{L}+/giu,
    ['keys', 'flat', 'unit', 'villa', 'house', 'home', 'apartment', 'possession'],
  ],
  // "the keys of the flat were handed over to meena": the same, passive.
  [
    'WON',
    /\b(?:keys(?:\s+of\s+(?:the|his|her|their)\s+(?:new\s+)?(?:flat|unit|villa|house|home|apartment))?|possession)\s+(?:was|were|has\s+been|have\s+been|got|is|are)\s+(?:now\s+|finally\s+)?(?:handed\s+over|handed|given)\s+to\s+(?!(?:the|a|an|him|her|them|us|me|his|their|our)\b)(?:\p{L}+\s+)?\p{L}+/giu,
    ['keys', 'possession'],
  ],
  // "she is still buying", "he is still going ahead": the deal still on.
  [
    'IN_PROGRESS',
    /\b(?:is|are)\s+still\s+(?:buying|going\s+ahead|on\s+board|in\s+the\s+market)\b/gi,
    ['still'],
  ],
  // "has registered the sale deed", "the conveyance deed was executed": the sale made.
  [
    'WON',
    /\b(?:registered|executed|signed)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:sale|conveyance)\s+deed\b|\b(?:sale|conveyance)\s+deed\s+(?:is|was|has\s+been|got)\s+(?:now\s+|finally\s+)?(?:registered|executed|signed|done)\b/gi,
    ['deed'],
  ],
  // "wants to close by month end", "hopes to book before diwali": the sale wanted, soon — in progress.
  [
    'IN_PROGRESS',
    /\b(?:wants?|wanted|plans?|planning|hopes?|hoping|would\s+like)\s+to\s+(?:close|finali[sz]e|book|buy|sign)(?:\s+(?:it|the\s+deal|the\s+flat|the\s+unit))?\s+(?:by|before)\s+(?:the\s+)?(?:month[\s-]?end|end\s+of\s+(?:the\s+|this\s+)?(?:month|week)|this\s+(?:week|month|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|diwali|\d{1,2}(?:st|nd|rd|th))\b/gi,
    ['close', 'finalise', 'finalize', 'book', 'buy', 'sign'],
  ],
  // "has done the booking", "they have done the registration": the sale made.
  [
    'WON',
    /\b(?:has|have|had)\s+(?:now\s+|finally\s+|also\s+|just\s+|already\s+)?done\s+(?:the|his|her|their)\s+(?:booking|registration)\b/gi,
    ['done the', 'done his', 'done her', 'done their'],
  ],
  // "is out of town this week, call him on monday", "is busy till friday so call her next week": the
  // lead is away, and the call is put off to when they are back.
  [
    'FOLLOW_UP',
    /\b(?:(?:is|are)\s+(?:out\s+of\s+(?:town|station|the\s+country|india)|travell?ing|abroad|away|busy|not\s+available|unavailable|undecided|on\s+leave|on\s+(?:a\s+)?(?:vacation|holiday|tour))|(?:has|have)\s+not\s+(?:yet\s+)?(?:decided|made\s+up\s+(?:his|her|their)\s+mind))\b[^.;]{0,40}?\b(?:call|ring|contact|ping|try)\s+(?:him|her|them)\s+(?:again\s+)?(?:on|after|next|in|tomorrow|later|by|from)\b[^,.;]*/gi,
    [
      'out of',
      'travel',
      'abroad',
      'away',
      'busy',
      'available',
      'leave',
      'vacation',
      'holiday',
      'tour',
      'decided',
      'made up',
    ],
  ],
  // "is still not sure whether to buy now or wait", "cannot buy now": undecided, or not now — a state
  // the engine doubts (the rules engine asks which status it is).
  [
    'IN_PROGRESS',
    /\b(?:is|are)\s+(?:still\s+)?not\s+sure\s+(?:whether|if)\s+(?:to\s+|(?:he|she|they)\s+(?:should|will|can)\s+)?(?:buy|book|go\s+ahead|take\s+it|invest)\b/gi,
    ['not sure'],
  ],
  [
    'LOST',
    // (Not when a later time is said after it: "… at the moment, maybe next year" is a follow-up.)
    new RegExp(
      String.raw`\b(?:cannot|can'?t|can\s+not|(?:is|are)\s+unable\s+to|(?:is|are)\s+not\s+able\s+to|(?:is|are)\s+(?:not|no\s+longer)\s+in\s+(?:a|any)\s+position\s+to)\s+(?:buy|go\s+ahead|proceed|afford\s+it)\s+(?:it\s+)?(?:right\s+now|now|yet|at\s+the\s+moment|for\s+now)\b(?!${LATER_ON})`,
      'giu',
    ),
    ['now', 'yet', 'moment'],
  ],
  // "let us not disturb him for some time", "give her a few days": we hold off contacting the lead.
  [
    'FOLLOW_UP',
    /\b(?:(?:let\s+us|let's|we\s+(?:will|should|must)|i\s+(?:will|should))\s+not|(?:do\s+not|don'?t|better\s+not))\s+(?:disturb|call|bother|chase|push)\s+(?:him|her|them)\s+(?:for\s+(?:some|a\s+few|a|one|two|few)\s+(?:time|while|days?|weeks?)|(?:till|until)\s+\p{L}+|right\s+now|for\s+now)\b|\bgive\s+(?:him|her|them)\s+(?:some|a\s+few|a|one|two|few)\s+(?:time|days?|weeks?|space)\b/giu,
    ['disturb', 'call', 'bother', 'chase', 'push', 'give'],
  ],
  // "get in touch after two weeks", "reconnect in a month", "touch base next week": a contact put off.
  [
    'FOLLOW_UP',
    /\b(?:(?:get|be|stay)\s+in\s+touch|reconnect|touch\s+base|connect)\s+(?:again\s+|with\s+(?:him|her|them|us|me)\s+)?(?:after|in|next|later|on|by|once)\b[^,.;]*/gi,
    ['touch', 'connect'],
  ],
  // "wants to revisit the decision next month": the decision comes back later.
  [
    'FOLLOW_UP',
    /\b(?:wants?\s+to|will|would\s+like\s+to)\s+(?:revisit|reconsider|review)\s+(?:the|his|her|their|this|that)\s+(?:decision|plan|deal|proposal|idea|offer)\b(?:\s+(?:next|after|later|in|on|by)\b[^,.;]*)?/gi,
    ['revisit', 'reconsider', 'review'],
  ],
  // "sealed the deal", "blocked the corner flat with a token", "completed the booking formalities": the
  // sale made, in a field team's words.
  [
    'WON',
    /\b(?:sealed|clinched|cracked)\s+(?:the|this|our)\s+deal\b|\bblocked\s+(?:the\s+|a\s+|one\s+|his\s+|her\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:flat|unit|villa|plot|apartment|shop|office|bhk|\d{2,5})\b[^,.;]{0,20}?\bwith\s+(?:a|the|his|her)\s+(?:token|booking\s+amount|advance)\b|\bcompleted\s+(?:the|his|her|their)\s+booking(?:\s+(?:formalities|process|paperwork))?\b/giu,
    ['sealed', 'clinched', 'cracked', 'blocked', 'completed'],
  ],
  // "has shelved her plan to buy", "is no longer in the market": the lead has stopped looking.
  [
    'LOST',
    /\b(?:shelved|scrapped|dropped|put\s+off|abandoned)\s+(?:the|his|her|their|this)\s+(?:plan|idea|purchase)(?:\s+(?:to|of)\s+(?:buy|buying|book|booking|purchase|purchasing)(?:\s+(?:a|the)\s+\p{L}+)?)?\b|\b(?:no\s+longer|not)\s+in\s+the\s+market\b(?:\s+for\s+(?:a|an|the)\s+\p{L}+)?|\bout\s+of\s+the\s+market\b/giu,
    ['shelved', 'scrapped', 'put off', 'abandoned', 'market'],
  ],
  // "asked us to circle back after the holidays": a contact put off.
  [
    'FOLLOW_UP',
    /\bcircle\s+back\s+(?:to\s+(?:him|her|them)\s+)?(?:after|in|next|later|on|by|once)\b[^,.;]*/gi,
    ['circle'],
  ],
  // "is going through the draft agreement", "has warmed up to the idea", "is talking numbers with us":
  // the deal is being worked on.
  [
    'IN_PROGRESS',
    /\b(?:is|are)\s+(?:now\s+|still\s+)?(?:going\s+through|reviewing|checking|studying|vetting|examining|scrutini[sz]ing|reading\s+through)\s+(?:the\s+)?(?:draft\s+)?(?:sale\s+)?(?:agreement|cost\s+sheet|payment\s+plan|quotation|quote|offer|papers|documents)\b|\b(?:has|have|had)\s+warmed\s+up\s+to\s+(?:the|our|this)\s+(?:idea|project|flat|deal|offer)\b|\b(?:is|are)\s+(?:now\s+)?talking\s+numbers\b/gi,
    [
      'going through',
      'reviewing',
      'checking',
      'studying',
      'vetting',
      'examining',
      'scrutini',
      'reading through',
      'warmed',
      'talking numbers',
    ],
  ],
  // "put down the booking money", "deposited the token amount": the money to book paid, in other verbs.
  [
    'WON',
    /\b(?:put\s+down|deposited|remitted|handed\s+over|sent|wired)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:token|booking)\s+(?:money|amount|advance|cheque|payment)\b/gi,
    ['put down', 'deposited', 'remitted', 'handed over', 'sent', 'wired'],
  ],
  // "is not pursuing the purchase", "is no longer pursuing the flat": the lead has stopped.
  [
    'LOST',
    /\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:pursuing|interested\s+in\s+pursuing)\s+(?:the|this|our|a|any)\s+(?:purchase|deal|flat|unit|villa|property|booking|plan|matter)\b(?:\s+any\s*more)?/gi,
    ['pursuing'],
  ],
  // "check back with her at the end of the month": a contact put off.
  [
    'FOLLOW_UP',
    /\bcheck\s+back\s+(?:with\s+(?:him|her|them)\s+)?(?:after|in|next|later|on|by|once|at\s+the\s+(?:end|start|beginning)\s+of)\b[^,.;]*/gi,
    ['check back'],
  ],
  // "in the second round of price talks", "price talks are on": talks of any kind go on.
  [
    'IN_PROGRESS',
    /\b(?:is|are)\s+in\s+(?:the\s+)?(?:first|second|third|final|next|last|\d(?:st|nd|rd|th))\s+round\s+of\s+(?:\p{L}+\s+)?(?:talks|negotiations?|discussions?)\b/giu,
    ['round of'],
  ],
  // A status verb with a deal of the lead's for its object, in any combination: "locked the deal",
  // "secured the corner flat", "accepted our final offer" (WON); "turned down our offer", "refused the
  // revised proposal" (LOST); "is weighing the offer", "is exploring the 3 bhk option" (IN_PROGRESS).
  [
    'WON',
    new RegExp(
      String.raw`\b(?:sealed|clinched|cracked|locked(?:\s+in)?|nailed|secured|grabbed|accepted)\s+${DEAL_OBJECT}`,
      'giu',
    ),
    ['sealed', 'clinched', 'cracked', 'locked', 'nailed', 'secured', 'grabbed', 'accepted'],
  ],
  [
    'LOST',
    new RegExp(
      String.raw`\b(?:turned\s+down|refused|rejected|declined|dismissed|scrapped|abandoned|vetoed|nixed|shot\s+down|walked\s+away\s+from|backed\s+out\s+of|pulled\s+out\s+of|pulled\s+the\s+plug\s+on|gave\s+up\s+on)\s+${DEAL_OBJECT}`,
      'giu',
    ),
    [
      'turned down',
      'refused',
      'rejected',
      'declined',
      'dismissed',
      'scrapped',
      'abandoned',
      'vetoed',
      'nixed',
      'shot down',
      'plug',
      'walked away',
      'backed out',
      'pulled out',
      'gave up',
    ],
  ],
  [
    'IN_PROGRESS',
    new RegExp(
      String.raw`\b(?:is|are|'s|'re)\s+(?:now\s+|still\s+|seriously\s+|actively\s+|carefully\s+)?(?:weighing|exploring|evaluating|reviewing|studying|mulling\s+over)\s+${DEAL_OBJECT}`,
      'giu',
    ),
    ['weighing', 'exploring', 'evaluating', 'reviewing', 'studying', 'mulling'],
  ],
  // "took possession of her flat", "has taken possession of the villa": the home handed over.
  [
    'WON',
    /\b(?:took|taken|takes|taking|got|received)\s+(?:the\s+)?possession(?:\s+of\s+(?:the|his|her|their)\s+(?:new\s+)?(?:flat|unit|villa|house|home|apartment|plot|property))?\b/gi,
    ['possession'],
  ],
  // "moved into her new flat with us", "has shifted into the villa": the home handed over and lived in
  // (a home elsewhere is told by the facts above, and then the two readings are asked about).
  [
    'WON',
    /\b(?:moved|moving|shifted|shifting)\s+(?:in\s*)?(?:to|into)\s+(?:(?:his|her|their|the)\s+)?(?:new\s+)?(?:flat|unit|villa|house|home|apartment|penthouse)\b(?:\s+(?:with|from)\s+us\b)?/gi,
    ['moved', 'moving', 'shifted', 'shifting'],
  ],
  // "they are looking elsewhere now", "has started looking somewhere else": the search left us.
  [
    'LOST',
    /\b(?:(?:is|are|'s|'re)\s+(?:now\s+)?|(?:has|have)\s+started\s+|started\s+|(?:will|'ll|would|going\s+to)\s+(?:now\s+)?(?:keep|continue|start)\s+|(?:keep|keeps|continue|continues|continuing)\s+(?:to\s+look|looking)\s+|(?:will|'ll|going\s+to)\s+(?:now\s+)?look\s+)(?:looking\s+|look\s+)?(?:elsewhere|somewhere\s+else|(?:in|at)\s+(?:another|a\s+different|some\s+other|other)\s+(?:area|locality|city|place|project|projects|part\s+of\s+(?:the\s+)?(?:town|city)))\b/gi,
    ['elsewhere', 'somewhere else', 'other', 'different'],
  ],
  // "asked us to hold the unit for him till monday", "wants us to block the corner flat": a home kept
  // for the lead while they decide — still in play ("on hold" is no status; it is asked).
  [
    'IN_PROGRESS',
    /\b(?:hold|block|reserve|keep)\s+(?:the|a|that|this|one)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:unit|flat|villa|apartment|plot|penthouse|shop|office|bhk)\s+(?:for\s+(?:him|her|them)|aside)\b/giu,
    ['hold', 'block', 'reserve', 'keep'],
  ],
  // "the paperwork has started", "has started the documentation": the sale's papers under way.
  [
    'IN_PROGRESS',
    /\b(?:paperwork|documentation|formalities)\s+(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:started|begun)\b|\b(?:started|begun|begin)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:paperwork|documentation|formalities)\b/gi,
    ['paperwork', 'documentation', 'formalities'],
  ],
  // "said he wants to go ahead", "is ready to go ahead with the booking": a decision to buy said, nothing
  // paid yet.
  [
    'IN_PROGRESS',
    // ("wants to go ahead with the booking": the wish, with what it is for, is one fact.)
    // ("wants to close the deal this week": the same.)
    /\b(?:wants?|wanted|would\s+like|'d\s+like|(?:is|are|'s|'re)\s+(?:now\s+|finally\s+|all\s+)?ready)\s+to\s+(?:go\s+ahead\b(?!\s+(?:with\s+(?:the\s+)?(?:site\s+)?visit|and\s+(?:visit|see))\b)(?:\s+with\s+(?:the|this|our|his|her|their)\s+(?:[\p{L}\d]+\s+){0,2}?(?:booking|purchase|deal|flat|unit|villa|apartment|plot|house|home|property|bhk)\b)?|(?:close|seal|finali[sz]e)\s+the\s+deal\b)/giu,
    ['go ahead', 'the deal'],
  ],
  // "said a clear no to the offer", "said a firm no to our proposal": the lead refused the deal.
  [
    'LOST',
    /\bsaid\s+(?:a\s+)?(?:(?:clear|firm|flat|straight|big|definite|final)\s+)?no\s+to\s+(?:the|our|this|that|my)\s+(?:final\s+)?(?:offer|proposal|deal|flat|project|property|booking|quote|price)\b/gi,
    ['no to'],
  ],
  // "… neha said no", "she said a firm no, so …": the lead's own no, said last in its clause (the
  // speaker's "i said no" is not, nor "said no problem").
  [
    'LOST',
    /(?<!\b(?:i|we)\s+)\bsaid\s+(?:a\s+)?(?:(?:clear|firm|flat|straight|big|definite|final)\s+)?no\b(?=\s*(?:[,.;!]|$)|\s+(?:to\s+(?:us|me|it|buying)\b|(?:and|but|so)\s))/gi,
    ['said'],
  ],
  // "is waiting for her husband to come back before deciding": the decision waits for something later.
  [
    'FOLLOW_UP',
    /\b(?:is|are)\s+(?:still\s+)?waiting\s+for\b[^.;]{0,60}?\bbefore\s+(?:deciding|taking\s+(?:a|the)\s+(?:call|decision)|finali[sz]ing|booking|buying|going\s+ahead)\b/gi,
    ['before'],
  ],
  // "is seriously considering the three bhk", "we are discussing it": the deal is being weighed.
  [
    'IN_PROGRESS',
    /\b(?:is|are)\s+(?:seriously\s+|now\s+|actively\s+|really\s+)?considering\s+(?:the|a|an|our|this|one|buying|booking|taking)\b|\bwe\s+are\s+(?:still\s+|now\s+)?(?:discussing|negotiating)\s+(?:it|this|that|the\s+(?:price|rate|deal|terms|offer|payment\s+plan))\b/gi,
    ['considering', 'discussing', 'negotiating'],
  ],
  // "is also thinking of buying one in the same tower", "are planning to book a 2 bhk": a purchase
  // being weighed, with us (one elsewhere is a loss, read above).
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:also\s+|now\s+|seriously\s+|still\s+)*(?:thinking\s+(?:of|about)|planning\s+to|planning\s+on)\s+(?:buying|booking|taking|purchasing|investing|buy|book|take|purchase|invest)\b(?![^.;]{0,60}\b(?:elsewhere|somewhere\s+else|instead|another|other\s+(?:builder|developer|project|city)|competitors?|resale)\b)/gi,
    ['thinking', 'planning'],
  ],
  // "things are moving", "things are progressing well": the deal goes on.
  [
    'IN_PROGRESS',
    /(?<=\bthings\s+are\s+)(?:moving|progressing|going\s+well|on\s+track|looking\s+(?:good|positive))(?:\s+(?:forward|ahead|well))?\b/gi,
    ['things are'],
  ],
  // "she does not need ours", "doesn't need our flat any more": the lead has no use for our home.
  [
    'LOST',
    /\b(?:(?:does|do|did)\s*(?:n'?t|\s+not)|no\s+longer)\s+needs?\s+(?:ours|our\s+(?:flat|unit|villa|house|home|apartment|property|plot)|(?:a|the|any)\s+(?:flat|house|home|property)(?=\s+(?:any\s*more|now))|it\s+any\s*more)\b(?:\s+any\s*more)?/gi,
    ['need'],
  ],
  // "wants his token amount refunded", "asked for the token money back": the lead may be backing out;
  // the engine asks (see TOKEN_BACK in the rules engine).
  [
    'LOST',
    /\b(?:wants?|wanted|asked\s+for|asking\s+for|demand(?:ed|ing|s)?|requested)\s+(?:his|her|their|the)\s+(?:token|booking|advance)\s+(?:(?:money|amount|cheque)\s+)?(?:back|refund(?:ed)?|returned)\b|\b(?:refund|return)\s+(?:of\s+)?(?:his|her|their|the)\s+(?:token|booking|advance)\b/gi,
    ['back', 'refund', 'returned', 'return'],
  ],
  // "the family has decided against it": the lead's side said no.
  [
    'LOST',
    /\b(?:decided|decides|has\s+decided|have\s+decided)\s+against\s+(?:it|us|buying|(?:the|our)\s+(?:flat|purchase|deal|property|villa|plot|unit|project|offer)|the\s+idea)\b/gi,
    ['against'],
  ],
  // "will look at it again in june", "give me a few weeks, i will confirm": the lead comes back to it later.
  [
    'FOLLOW_UP',
    /\b(?:will|would|shall)\s+(?:look\s+at|consider|revisit|think\s+about)\s+(?:it|this|the\s+(?:flat|deal|property|proposal))\s+again\b|\bgive\s+(?:me|us)\s+(?:a\s+few|a|one|two|three|some|few|\d+)\s+(?:more\s+)?(?:days?|weeks?|months?)\b/gi,
    ['again', 'give me', 'give us'],
  ],
  // "the booking is confirmed", "… so she is confirmed": the sale stands (a visit confirmed is none).
  [
    'WON',
    /\b(?:(?:booking|deal|sale|purchase|unit|flat)\s+(?:is|was|got|has\s+been)\s+confirmed|(?:he|she|they)\s+(?:is|are)\s+(?:now\s+)?confirmed)\b/gi,
    ['confirmed'],
  ],
  // "the deal with esha deol is done", "the booking for meena is confirmed": the sale of a lead named
  // inside it stands (the engine reads the lead inside the phrase).
  [
    'WON',
    /\b(?:deal|booking|sale|purchase|registration)\s+(?:with|for|of)\s+(?:(?!(?:the|a|an|his|her|their|site|visits?|meetings?|tours?|appointments?|viewings?|cabs?|tickets?|rooms?|halls?|slots?)\b)\p{L}[\p{L}.-]*\s+){0,2}(?!(?:the|a|an|his|her|their)\b)\p{L}[\p{L}.-]*(?:'s\s+(?:(?:new\s+)?(?:flat|unit|villa|house|home|plot|apartment|shop|office)\s+))?\s*(?:is|was|has\s+been|got)\s+(?:now\s+|finally\s+|also\s+)?(?:done|closed|confirmed|finali[sz]ed|final|through|complete|completed)\b/giu,
    ['deal', 'booking', 'sale', 'purchase', 'registration'],
  ],
  // "he is going ahead with the booking", "decided to go ahead with the purchase": our sale goes on (with
  // another developer or elsewhere it is lost, above; "not going ahead with the purchase" is "not going
  // ahead", a loss).
  [
    'WON',
    /(?<!\b(?:not|never|cannot|unable\s+to|(?:not|no\s+longer)\s+(?:able|in\s+(?:a|any)\s+position)\s+to)\s+|n't\s+)\b(?:go|goes|going|went|gone|proceed|proceeding|proceeded)\s+ahead\s+with\s+(?:the|this|our|his|her|their)\s+(?:[\p{L}\d]+\s+){0,2}?(?:booking|purchase|deal|flat|unit|apartment|villa|plot|house|home|property|bhk)\b(?![^.;,]{0,30}\b(?:elsewhere|somewhere\s+else|instead)\b)/giu,
    ['ahead'],
  ],
  // "has found a flat closer to his office", "found a cheaper house": another home found (what was
  // found "in our project" or "with us" is ours).
  [
    'LOST',
    /\b(?:found|finds)\s+(?:a|an|another|some)\s+(?:(?!(?:site|visit|time|way|loan|bank|buyer|tenant)\b)[\p{L}\d]+\s+){0,2}(?:flat|home|house|apartment|villa|plot|property|place|unit|deal|option|offer)\b(?!\s+(?:in\s+our|with\s+us|from\s+us|of\s+ours|here)\b)(?:\s+(?:in|near|at|on|closer\s+to|next\s+to)\s+(?:(?:the|a|his|her|their)\s+)?(?:(?!(?:so|and|but|because|as|he|she|they)\b)[\p{L}\d]+\s+){0,1}(?!(?:so|and|but|because|as|he|she|they)\b)[\p{L}\d]+)?/giu,
    ['found', 'finds'],
  ],
  // "said yes to the booking", "agreed to buy": a yes to the purchase.
  [
    'WON',
    /\b(?:said\s+yes\s+to|agreed\s+to|accepted)\s+(?:the\s+|our\s+)?(?:booking|deal|offer|purchase)\b|\bagreed\s+to\s+(?:buy|book|purchase)\b|\bsaid\s+(?:a\s+)?(?:(?:clear|firm|big|definite|final)\s+)?yes\s+to\s+(?:the|our|this|that)\s+(?:[a-z\d-]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|property|house|home|bhk|penthouse|duplex)\b/gi,
    ['yes', 'agreed', 'accepted'],
  ],
  // "is ready to book", "is almost ready to go ahead": the lead is about to buy, not yet bought.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:now\s+|almost\s+|nearly\s+|all\s+|finally\s+)?ready\s+to\s+(?:book|buy|go\s+ahead|close|sign|pay|finali[sz]e|proceed)\b/gi,
    ['ready to'],
  ],
  // "asked for our account details to transfer the token", "wants the bank details for the booking
  // amount": the lead about to pay, not yet paid.
  [
    'IN_PROGRESS',
    /\b(?:asked|asking|asks|wants?|wanted|needs?|needed|requested|requesting)\s+(?:us\s+)?(?:for\s+)?(?:(?:our|the|your|my|company'?s)\s+)?(?:bank|account|payment|upi|neft|rtgs|transfer)\s+(?:account\s+)?(?:details|number|info|information)\b/gi,
    ['details', 'number', 'info', 'information'],
  ],
  // "is still weighing options", "are negotiating the parking charges": a choice still being made,
  // whatever its object ("we are negotiating" is told above, with its object).
  [
    'IN_PROGRESS',
    // ("wants to negotiate the floor rise": the same, wished.)
    /(?<!\bwe\s+)\b(?:(?:is|are|'s|'re)\s+(?:(?:still|now|also|busy|seriously|actively|carefully|just)\s+){0,2}(?:weighing|evaluating|negotiating|bargaining)|(?:wants?|wanted|would\s+like|'d\s+like)\s+to\s+(?:negotiate|bargain))\b(?!\s+(?:whether|if)\b)/gi,
    ['weighing', 'evaluating', 'negotiat', 'bargain'],
  ],
  // "paid ten percent", "has transferred 20% of the amount": a share of the price paid, the sale made.
  [
    'WON',
    /\b(?:paid|transferred|deposited)\s+(?:(?:the|a|his|her|their|first)\s+)*\d{1,2}\s*(?:%|percent\b|per\s+cent\b)/gi,
    ['paid', 'transferred', 'deposited'],
  ],
  // "is getting his papers ready for the loan", "has applied for a home loan", "is arranging the funds":
  // the lead is preparing to pay, still in play.
  [
    'IN_PROGRESS',
    /\b(?:(?:is|are|'s|'re)\s+(?:now\s+|already\s+|busy\s+)?(?:getting|arranging|organi[sz]ing|preparing|collecting|gathering|sorting\s+out)\s+(?:(?:his|her|their|the|all\s+the)\s+)?(?:(?:loan|bank|kyc)\s+)?(?:documents?|papers|paperwork|funds|money|finances|down\s*payment|kyc)\b(?:\s+ready)?|(?:has|have|had)\s+(?:already\s+|now\s+|also\s+)?applied\s+for\s+(?:a\s+|the\s+)?(?:home\s+|housing\s+|bank\s+)?loan\b|(?:has|have|had)\s+(?:already\s+|now\s+|also\s+)?(?:sent|submitted|shared|given|handed\s+over)\s+(?:(?:his|her|their|the|all\s+the)\s+)?(?:(?:loan|bank|kyc)\s+)?(?:documents|papers|kyc)(?=\s+for\s+(?:the|his|her|their|a)\s+(?:home\s+|housing\s+|bank\s+)?(?:loan|booking|registration|agreement|purchase)\b))(?:\s+for\s+(?:the|his|her|their|a)\s+(?:home\s+|housing\s+|bank\s+)?(?:loan|booking|registration|payment|agreement|purchase|token)\b)?/gi,
    [
      'getting',
      'arranging',
      'organis',
      'organiz',
      'preparing',
      'collecting',
      'gathering',
      'sorting',
      'applied',
      'documents',
      'papers',
      'kyc',
    ],
  ],
  // "he is thinking about it", "is still thinking it over": undecided, still in play.
  ['IN_PROGRESS', /\b(?:is|are|'s|'re)\s+thinking\s+(?:about\s+it|it\s+over|over\s+it)\b/gi, ['thinking']],
  // "farah still talking to us on price": the talks go on, said clipped.
  [
    'IN_PROGRESS',
    /\bstill\s+(?:talking|discussing|negotiating|in\s+touch)\s+(?:to|with)\s+(?:us|me)\b|(?<=[,;]\s*|^\s*)(?:(?:we\s+are|we're|talks\s+are)\s+)?still\s+(?:talking|discussing|negotiating)(?=\s*(?:[,.;!]|$))/gi,
    ['still'],
  ],
  // "he is still thinking", "she is still with us": undecided, still in play.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:(?:definitely|surely|clearly|certainly|probably|really)\s+)?(?:still\s+(?:thinking|deciding|considering|evaluating|discussing|talking|mulling|with\s+us|in\s+the\s+(?:game|running|race|picture)|on\s+board)|very\s+much\s+(?:with\s+us|in\s+the\s+(?:game|running|race|picture)|on\s+board))\b/gi,
    ['still', 'much'],
  ],
  // "is still weighing her options", "are weighing the two flats", "is evaluating both projects":
  // choices weighed up, still in play.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:still\s+)?(?:weighing(?:\s+up)?|evaluating|mulling\s+over|shortlisting)\s+(?:the|her|his|their|our|both|all|these|those|two|three|a\s+few|few|its)\s+(?:[\p{L}\d]+\s+){0,2}?(?:options?|choices?|flats?|units?|towers?|wings?|projects?|offers?|proposals?|properties|homes?|villas?|plots?|bhks?|layouts?|deals?|ones)\b/giu,
    ['weighing', 'evaluating', 'mulling', 'shortlisting'],
  ],
  // "is deciding between the two bhk and the three bhk", "are choosing which floor": choosing among
  // our homes, still in play.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:still\s+)?(?:deciding|choosing|discussing|finali[sz]ing|selecting|figuring\s+out)\s+(?:(?:among|between)\s+themselves\s+)?(?:between|which)\s+(?:the\s+|a\s+)?(?:[\p{L}\d]+\s+){0,2}(?:flats?|units?|towers?|floors?|wings?|blocks?|bhk|villas?|plots?|options?|layouts?|facing|one|ones|apartments?|configurations?|sizes?)\b(?:\s+(?:and|or)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d]+\s+){0,2}(?:flats?|units?|towers?|floors?|wings?|blocks?|bhk|villas?|plots?|options?|layouts?|one|1|ones|apartments?|projects?)\b)?(?:\s+(?:to\s+(?:take|buy|book|choose|pick|go\s+for)|(?:they|he|she)\s+(?:want|wants|like|likes|prefer|prefers|should\s+take)))?/giu,
    ['deciding', 'choosing', 'discussing', 'finali', 'selecting', 'figuring'],
  ],
  // "bindu will revert after discussing with family", "will think it over and get back": the lead will
  // come back to us.
  [
    'FOLLOW_UP',
    // ("they want to talk it over and come back to us": the same, wished.)
    /\b(?:will|would|shall|is\s+going\s+to|(?:wants?|plans?|would\s+like|'d\s+like)\s+to)\s+(?:(?:think|discuss|check|talk|consult|speak|decide|see|look)\b[^.;,]{0,40}?\s+and\s+(?:then\s+)?)?(?:revert|get\s+back|come\s+back\s+to\s+(?:us|me)|let\s+(?:us|me)\s+know|confirm\s+later|call\s+back)\b/gi,
    ['revert', 'get back', 'come back to', 'let us', 'let me', 'confirm later', 'call back'],
  ],
  // "will call to fix another day", "will message and set a new date": a new time will come from the lead.
  [
    'FOLLOW_UP',
    /\b(?:will|would|shall|is\s+going\s+to)\s+(?:(?:call|message|text|ping|whatsapp|phone|write)\s+(?:(?:us|me)\s+)?(?:back\s+)?(?:to|and)\s+)?(?:fix|set|find|give|tell|suggest|propose|share|decide|choose|pick|let\s+(?:us|me)\s+know)\s+(?:(?:us|me)\s+)?(?:a|an|another|some)\s+(?:(?:new|fresh|different|other|later)\s+)?(?:day|date|time|slot|timing)\b(?<=\b(?:another|new|fresh|different|other|later)\s+\w+)/gi,
    ['another', 'new', 'fresh', 'different', 'other', 'later'],
  ],
  // "deepa sahi is out and …", "he is out of the race": the lead is out of the deal ("out of station",
  // "out for lunch" and a thing that "is out", like a launch or a price list, are not).
  [
    'LOST',
    /\b(?<!\b(?:the|a|an|this|that|it|brochure|launch|tower|phase|offer|list|price|prices|rate|rates|project|flat|unit|result|results|notice|ad|advert|sale)\s+)(?:is|are)\s+(?:now\s+|also\s+)?(?:out\s+of\s+the\s+(?:race|deal|running|picture)\b|out(?=\s*(?:$|[,.;]|(?:and|but|so)\b)))/gi,
    ['out'],
  ],
  // "signed the sale agreement", "executed the sale deed": the papers of a sale signed.
  [
    'WON',
    /\b(?:signed|signs|executed|executes)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:sale\s+|booking\s+|purchase\s+|builder[\s-]+buyer\s+|final\s+)?(?:agreement|deed|mou|contract|allotment\s+letter|booking\s+form)\b/gi,
    ['agreement', 'deed', 'mou', 'contract', 'allotment', 'booking form'],
  ],
  // "he has already bought a flat in wakad": a home bought already, said with "a", is bought elsewhere
  // (ours would be "the flat", or "with us": then both readings stand, and it is asked).
  [
    'LOST',
    /\balready\s+(?:bought|purchased|booked|taken|got|finali[sz]ed)\s+(?:a|an|one|another)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|house|home|apartment|villa|plot|property|place|unit|bungalow)\b/giu,
    ['already'],
  ],
  // "he is not taking it", "is not taking the flat after all": the lead will not take the home.
  [
    'LOST',
    /\b(?:is|are|was|were)\s+not\s+taking\s+(?:it|(?:the|this|that|our|any)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|house|home|apartment|villa|plot|property|deal|one|bhk))\b/giu,
    ['taking'],
  ],
  // "confirmed he is taking the 3 bhk", "she is taking it": the lead's yes to the home — a sale (not
  // "taking it easy", "taking it up with the bank", "taking the flat on rent").
  [
    'WON',
    /\b(?:is|are|'s|'re)\s+(?:definitely\s+|finally\s+|surely\s+)?taking\s+(?:it|that\s+one|(?:the|this|that|our)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|house|home|apartment|villa|plot|property|deal|one|bhk|penthouse))\b(?!['\u2019]s)(?!\s+(?:easy|slow|slowly|lightly|seriously|personally|well|badly|hard|up|to|back|out|off|home|forward|on\s+(?:rent|lease)|for\s+(?:rent|lease|a\s+(?:spin|drive|ride)))\b)/giu,
    ['taking'],
  ],
  // "we are in touch", "is in regular touch with me": the contact goes on.
  [
    'IN_PROGRESS',
    /\b(?:we\s+are|i\s+am|(?:is|are)\s+(?:still\s+)?)\s*(?:still\s+|constantly\s+|regularly\s+)?in\s+(?:regular\s+|constant\s+|close\s+)?touch\b/gi,
    ['touch'],
  ],
  // "we will talk next week", "next week will talk", "wants to talk again after her trip": the next
  // contact put later (Hinglish "agle hafte baat karenge" reads so).
  [
    'FOLLOW_UP',
    /\b(?:will|shall|let\s+us|let's|(?:we|i)\s+(?:can|should|must)|wants?\s+to|wanted\s+to|would\s+like\s+to)\s+(?:talk|speak|connect|discuss)\s+(?:(?:to|with)\s+(?:him|her|them|us|me)\s+)?(?:again\s+)?(?:next\s+\p{L}+|after\s+(?:(?:his|her|their|the)\s+(?:\p{L}+\s+){0,2})?\p{L}+|later|tomorrow|in\s+(?:a|an|one|two|few|\d+)\s+\p{L}+)|\b(?:next\s+(?:week|month)|later|after\s+\p{L}+)\s+(?:we\s+)?(?:will|shall)\s+(?:talk|speak|connect|discuss)\b/giu,
    ['talk', 'speak', 'connect', 'discuss'],
  ],
  // "so it is a no", "the answer is a firm no": the lead's answer is no.
  [
    'LOST',
    /\b(?:(?:it\s+is|it'?s|that\s+is|that'?s|the\s+answer\s+is|answer\s+is)\s+(?:a\s+)?|is\s+a\s+)(?:clear\s+|firm\s+|big\s+|definite\s+|complete\s+|total\s+)?no\b(?!\s+(?:for\s+now|as\s+of\s+now|right\s+now|till|until|from\s+(?:the\s+)?bank|longer|more|one|doubt|issue|problem|interest|idea|money|time|need|way|reply|response|answer|plan|budget|loan|show|go|big\s+deal)\b)/gi,
    ['no'],
  ],
  // "still has not made up her mind", "is still yet to decide": undecided, still in play ("she has not
  // decided yet" said alone, as after a status taken back, is asked).
  [
    'IN_PROGRESS',
    /\bstill\s+(?:has|have)\s+not\s+(?:yet\s+)?(?:made\s+up\s+(?:his|her|their)\s+minds?|decided)(?:\s+yet)?\b|\b(?:has|have)\s+still\s+not\s+(?:made\s+up\s+(?:his|her|their)\s+minds?|decided)\b|\b(?:is|are)\s+still\s+yet\s+to\s+(?:decide|make\s+up\s+(?:his|her|their)\s+minds?)\b/gi,
    ['still'],
  ],
  // "he is coming around", "is slowly warming up to it": the lead is being won over.
  [
    'IN_PROGRESS',
    /\b(?:is|are)\s+(?:slowly\s+|finally\s+|now\s+)?(?:coming\s+around|warming\s+up)\b/gi,
    ['around', 'warming'],
  ],
  // "we are now discussing the final price with him", "negotiating the payment terms": the deal's terms
  // worked out with the lead.
  [
    'IN_PROGRESS',
    /\b(?:discussing|finali[sz]ing|working\s+out|negotiating)\s+(?:the\s+)?(?:final\s+|best\s+)?(?:price|deal|terms|payment\s+(?:plan|terms|schedule)|paperwork|agreement|rate)\b/gi,
    ['discussing', 'finalising', 'finalizing', 'working out', 'negotiating'],
  ],
  // "… so things are moving", "the deal is moving": the deal goes on.
  [
    'IN_PROGRESS',
    /\b(?:things|it|talks|the\s+deal|matters)\s+(?:are|is)\s+(?:now\s+|slowly\s+)?moving\b(?!\s+(?:out|to|away|in|into|house|home|office|abroad|forward|ahead))/gi,
    ['moving'],
  ],
  // "is showing good interest", "has shown a lot of interest": the lead is warm ("not showing any
  // interest" is said negated, so no status).
  [
    'IN_PROGRESS',
    /\b(?:showing|shown|showed|shows|taking|took|takes)\s+(?:(?:a\s+lot\s+of|lots\s+of|good|keen|great|strong|real|some|more|serious|genuine|any|much|an|active)\s+)*interest\b(?!\s+rates?\b)/gi,
    ['interest'],
  ],
  // "he will call once he is back", "she will call us after her exams": the lead will be in touch later.
  [
    'FOLLOW_UP',
    /\b(?:he|she|they)\s+(?:will|shall|would)\s+call\s+(?:(?:us|me|you)\s+)?(?:back\s+)?(?:(?:once|when)\s+(?:he|she|they)\s+(?:is|are|gets?|comes?|returns?)(?:\s+(?:back|home|free))?|after\s+(?:(?:his|her|their|the)\s+)?\p{L}+|later|next\s+\p{L}+|in\s+(?:a|an|one|two|three|few|\d+)\s+\p{L}+)\b/giu,
    ['call'],
  ],
  // "get back to him after two weeks": a contact put off to later.
  [
    'FOLLOW_UP',
    /\bget\s+back\s+to\s+(?:\p{L}+\s+)?(?:after|next|later|in\s+(?:a|an|one|two|three|few|\d+)|tomorrow|on)\b/giu,
    ['get back'],
  ],
  ['FOLLOW_UP', /\b(?:call|ring|phone|ping)\s+(?:\p{L}+\s+){1,2}(?:back|again)\b/giu, ['back', 'again']],
  // "will decide after the 15th", "will think about it next month", "will see in two weeks": the lead
  // will make up their mind later ("… after the visit" is a visit to come, not a later contact).
  [
    'FOLLOW_UP',
    LATER_DECISION,
    ['decide', 'decision', 'call', 'think', 'see', 'consider', 'check', 'confirm', 'look'],
  ],
  // "has bowed out", "cried off": the lead withdrew.
  [
    'LOST',
    /\b(?:bowed|bows|bowing)\s+out\b|\b(?:cried|cries|crying)\s+off\b/gi,
    ['bow', 'cried off', 'cries off', 'crying off'],
  ],
  // "called the whole thing off", "called it all off": the deal called off by the lead.
  [
    'LOST',
    /\bcall(?:ed|s|ing)?\s+(?:it|it\s+all|the\s+whole\s+thing|everything|the\s+(?:deal|purchase|booking))\s+off\b/gi,
    [' off'],
  ],
  // "his interest has died down", "her interest faded", "their enthusiasm has cooled off": gone cold.
  [
    'LOST',
    /\b(?:interest|enthusiasm)\s+(?:has\s+|have\s+|had\s+)?(?:completely\s+|totally\s+)?(?:faded(?:\s+away)?|died(?:\s+down)?|waned|cooled(?:\s+off|\s+down)?|fizzled\s+out|vanished|evaporated)\b/gi,
    ['interest', 'enthusiasm'],
  ],
  // "has ruled us out", "struck us off his list": we are no longer among the lead's choices.
  [
    'LOST',
    /\b(?:ruled|rules|ruling)\s+us\s+out\b|\b(?:struck|strikes|crossed|crosses|dropped|removed|took|taken)\s+us\s+(?:off|out\s+of|from)\s+(?:his|her|their|the)\s+(?:list|shortlist|options)\b/gi,
    ['ruled', 'rules', 'ruling', 'list'],
  ],
  // "has taken the penthouse", "have taken the 3 bhk": the home taken — a sale (not "on rent").
  [
    'WON',
    /\b(?:has|have|had)\s+(?:finally\s+|now\s+|already\s+)?taken\s+(?:the|this|that|our)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|house|home|property|bhk|penthouse|duplex)\b(?!['\u2019]s)(?!\s+(?:on|for)\s+(?:rent|lease|a\s+(?:tour|spin|look)))/giu,
    ['taken'],
  ],
  // "inked the sale agreement": signed — a sale.
  [
    'WON',
    /\binked\s+(?:the|a|his|her|their)\s+(?:sale\s+|purchase\s+|booking\s+)?(?:deal|agreement|contract|papers)\b/gi,
    ['inked'],
  ],
  // "check on gopal again next week", "check in with her again on monday": the lead contacted later.
  [
    'FOLLOW_UP',
    /\bcheck\s+(?:back\s+)?(?:in\s+)?(?:with|on)\s+(?:him|her|them|(?!(?:the|his|her|their|our|my|a)\s)(?:\p{L}+\s+){1,3}?)again\b/giu,
    ['check'],
  ],
  // "is very serious about the villa", "seems serious about buying": still in play.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re|seems?|seemed|sounds?|sounded)\s+(?:very\s+|really\s+|quite\s+|pretty\s+|dead\s+)?serious\s+(?:about|on)\s+(?:buying|booking|the|this|our|it)\b/gi,
    ['serious'],
  ],
  // "talks with him are going well", "discussions with gopal are progressing": the deal being worked.
  [
    'IN_PROGRESS',
    /\b(?:talks|discussions?|negotiations?)\s+(?:with\s+(?:\p{L}+\s+){1,3}?)?(?:is|are)\s+(?:going\s+(?:well|fine|smoothly|on)|progressing|moving\s+(?:ahead|forward)|on\s+track)\b/giu,
    ['talks', 'discussion', 'negotiation'],
  ],
  // "seems positive", "sounded quite positive": still in play (not "tested positive").
  [
    'IN_PROGRESS',
    /\b(?:seems?|seemed|sounds?|sounded|looks?|looked|feels?|felt|is|was|are|were)\s+(?:very\s+much\s+|very\s+|quite\s+|really\s+|fairly\s+|pretty\s+|so\s+)?positive\b(?!\s+(?:for|to|with)\s+(?:covid|corona|the\s+virus|dengue|malaria)\b)/gi,
    ['positive'],
  ],
  // "will book once his bonus comes", "will buy when the tower is ready", "will take it after diwali":
  // the purchase put off until something later — followed up ("will book by friday", "will pay
  // tomorrow": money still to come, writes nothing).
  [
    'FOLLOW_UP',
    /\b(?:will|would|shall|(?:is|are)\s+going\s+to|plans?\s+to)\s+(?:only\s+)?(?:book|buy|purchase|take\s+it|go\s+ahead)\s+(?:(?:it|the\s+\p{L}+|the\s+\d\s+bhk)\s+)?(?:only\s+)?(?:after\b(?!\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:site\s+)?(?:visit|visiting|seeing|meeting|tour)\b)|once\b|when\s+(?:he|she|they|the|his|her|their)\b|later\b|next\s+(?:month|year)\b|in\s+(?:a|an|one|two|three|four|few|\d+)\s+(?:months?|years?)\b|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/giu,
    ['book', 'buy', 'purchase', 'take it', 'go ahead'],
  ],
  // "has decided to buy the corner villa", "have decided to take the 3 bhk": the lead's go-ahead — a sale.
  [
    'WON',
    /\b(?:has|have|had)\s+(?:finally\s+|now\s+)?decided\s+to\s+(?:take|buy|book|purchase|go\s+ahead\s+with)\s+(?:it\b|(?:the|this|that|our)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|house|home|property|bhk|penthouse|duplex|deal)\b)(?![^.;,]{0,40}?\b(?:elsewhere|instead|somewhere\s+else|another|other|rival|competitor)\b)/giu,
    ['decided'],
  ],
  // "wants time till next month", "needs time to think", "asked for some more time": the lead needs
  // time before deciding — for a reason or up to a day said ("so she needs some time" alone, after
  // other news, is no status).
  [
    'FOLLOW_UP',
    /\b(?:(?:asked\s+for|asking\s+for|asks\s+for|requested)\s+(?:[^,.;]{1,30}?\s+and\s+)?(?:some\s+|more\s+|a\s+little\s+|a\s+bit\s+of\s+)*time\b(?!\s+(?:slot|for\s+(?:the\s+)?visit))|(?:wants?|wanted|needs?|needed)\s+(?:some\s+|more\s+|a\s+little\s+|a\s+bit\s+of\s+)*time\s+(?:till|until|to\s+(?:think|decide|discuss|consider|arrange)|for\s+(?:a\s+few|some|two|three|\d+)\s+(?:days|weeks|months)))(?:\s+(?:to\s+(?:think|decide|discuss|consider)|\p{L}+(?:\s+(?:week|month|year))?))?/giu,
    ['time'],
  ],
  // "postponed his decision till diwali", "deferred the purchase to next year": put off, still open.
  [
    'FOLLOW_UP',
    /\b(?:postponed|postpones|postponing|deferred|defers|deferring|put\s+off|puts\s+off|putting\s+off|pushed|delayed|delays)\s+(?:his|her|their|the)\s+(?:decision|purchase|buying|plans?)\b/gi,
    ['decision', 'purchase', 'buying', 'plan'],
  ],
  // "try him again next week", "try rekha again after diwali", "try him once more after the tenth": a
  // contact to be tried later.
  [
    'FOLLOW_UP',
    /\btry\s+(?:\p{L}+\s+){0,2}(?:again|once\s+more|one\s+more\s+time)\s+(?:after|next|later|in\s+(?:a|an|one|two|three|few|\d+|the\s+(?:morning|afternoon|evening))|tomorrow|tonight|on|this|some)\b/giu,
    ['again', 'more'],
  ],
  // "has moved on to another project", "shifted to a different builder": the lead's business gone to
  // another seller (moving to another city is no purchase, and says nothing of the deal).
  [
    'LOST',
    /\b(?:moved|shifted|switched)\s+(?:on\s+|over\s+)?to\s+(?:an?other|a\s+different|a\s+rival|some\s+other|the\s+other)\s+(?:builder|developer|project|agent|broker|company|seller|society|township)\b/gi,
    ['other', 'different', 'rival'],
  ],
  // "will wait for a year", "wants to wait till the project is closer to completion": the lead
  // waits, so is followed up.
  [
    'FOLLOW_UP',
    /\b(?:will|would(?:\s+like\s+to)?|wants?\s+to|wanted\s+to|want\s+to|is\s+going\s+to|are\s+going\s+to|has\s+to|have\s+to|decided\s+to|prefers?\s+to|plans?\s+to|planning\s+to|happy\s+to)\s+(?:wait|hold\s+off)\s+(?:for|till|until)\b[^,.;]*?(?=\s*(?:[,.;]|$|\b(?:because|as|since|but|and|so)\b))/gi,
    ['wait', 'hold off'],
  ],
  // "is taking her time to decide": no hurry, followed up.
  ['FOLLOW_UP', /\btaking\s+(?:his|her|their)\s+(?:own\s+)?(?:sweet\s+)?time\b/gi, ['time']],
  // "they have postponed everything by a month", "put the decision off till march": the purchase put
  // later (a visit postponed is moved, no status).
  [
    'FOLLOW_UP',
    /\b(?:postponed|deferred|put\s+off|pushed)\s+(?:everything|the\s+(?:decision|purchase|plan|booking)|buying|the\s+whole\s+thing|things)\s+(?:by|for|till|until|to|after)\b/gi,
    ['postponed', 'deferred', 'put off', 'pushed'],
  ],
  // "has cleared all the dues for the flat", "settled the entire payment", "paid the remaining
  // balance": paid for in full.
  [
    'WON',
    /\b(?:cleared|paid|settled|completed|made|transferred)\s+(?:off\s+)?(?:all\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:dues|(?:(?:entire|full|whole|complete|total|remaining|outstanding|final)\s+)?balance(?:\s+(?:amount|payment|dues))?|(?:entire|full|whole|complete|total|remaining|outstanding)\s+(?:amount|payment|dues|price|cost|consideration))\b/gi,
    ['dues', 'balance', 'remaining', 'outstanding', 'entire', 'full', 'whole', 'complete', 'total'],
  ],
  // "has started the loan paperwork for our flat", "initiated the home loan process": the purchase
  // being arranged.
  [
    'IN_PROGRESS',
    /\b(?:started|begun|began|initiated|starting)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:home\s+)?(?:loan|booking|registration)\s+(?:paperwork|process|formalities|documentation|papers)\b/gi,
    ['loan', 'booking', 'registration'],
  ],
  // "has put his signature on the booking form": the form to book signed.
  [
    'WON',
    /\b(?:put|put\s+down)\s+(?:his|her|their)\s+signatures?\s+on\s+(?:the\s+)?(?:booking\s+(?:form|application)|agreement|sale\s+agreement)\b/gi,
    ['signature'],
  ],
  // "is talking to her bank about the loan for our flat": the purchase being financed.
  [
    'IN_PROGRESS',
    // ("is finalising her home loan with hdfc for our flat": the loan for our home, by any verb.)
    /\b(?:(?:talking|speaking|spoke|talked|in\s+touch)\s+(?:to|with)\s+(?:his|her|their|the|a)\s+banks?\s+(?:about|for|regarding)\s+(?:the\s+|a\s+)?|(?:finali[sz]ing|finali[sz]ed|arranging|organi[sz]ing|processing|working\s+on|sorting\s+out|applying\s+for|applied\s+for|checking|getting|got)\s+(?:his|her|their|the|a)\s+)(?:home\s+|housing\s+|bank\s+)?loan\s+(?:(?:eligibility|processed|sanctioned|approved|papers|documents)\s+)?(?:with\s+(?:the\s+)?\p{L}+(?:\s+bank)?\s+)?for\s+(?:our|the|this)\s+(?:flat|unit|villa|apartment|plot|home|house|property|project)\b/giu,
    ['loan'],
  ],
  // "… so he is our customer now": the lead has bought.
  [
    'WON',
    /\b(?:is|are|became|has\s+become|have\s+become)\s+(?:now\s+)?our\s+(?:customers?|buyers?)\b/gi,
    ['customer', 'buyer'],
  ],
  // "another builder gave her a better discount, so she is going with them": the rival named first, the
  // lead gone with them after.
  [
    'LOST',
    /\b(?:(?:an)?other|a\s+different|some\s+other|rival)\s+(?:builder|developer|project|agent|broker|company)\b[^.;]{0,80}?\b(?:going|gone|went|go|goes|booking|booked|buying|bought)\s+(?:ahead\s+)?(?:with|from)\s+(?:them|that\s+(?:builder|developer|one|project))\b/gi,
    ['other', 'different', 'rival'],
  ],
  // "has paid in full for the two bhk", "paid the full price": paid for.
  [
    'WON',
    /\bpaid\s+(?:in\s+full|fully|the\s+full(?:\s+and\s+final)?\s+(?:price|amount|cost|payment))\b/gi,
    ['full'],
  ],
  // "asked us not to disturb him till march", "told me not to call her before the 15th": contact put
  // off until a time, so followed up (not to call again at all is a loss, above).
  [
    'FOLLOW_UP',
    /\b(?:told|asked|said\s+to|requested)\s+(?:me|us)?\s*not\s+to\s+(?:call|contact|disturb|message|bother|ring)\s+(?:him|her|them)\s+(?:till|until|before|for\s+(?:a|some|few|the\s+next)\b)/gi,
    ['not to '],
  ],
  // "has given up on buying", "gave up on the purchase": the lead no longer buying (for now only is a
  // follow-up, above).
  [
    'LOST',
    /\b(?:given|gave|giving)\s+up\s+(?:on\s+(?:buying|the\s+purchase|the\s+plan|the\s+idea|(?:the|this|our)\s+(?:flat|unit|villa|apartment|plot|property|deal))|(?:the|his|her|their)\s+(?:plan|idea)\s+(?:to\s+buy|of\s+buying))\b(?!\s+(?:right\s+now|now|for\s+now|at\s+the\s+moment|at\s+present|currently|this\s+year)\b)/gi,
    ['up on', 'up the', 'up his', 'up her', 'up their'],
  ],
  // "has given us the go ahead", "gave the green signal": the lead's yes to the deal.
  [
    'WON',
    /\b(?:given|gave|gives|giving)\s+(?:us\s+|me\s+)?(?:the|a|his|her|their)\s+(?:final\s+)?(?:go[\s-]?ahead|green\s+signal|nod|yes|consent)\b/gi,
    ['ahead', 'signal', 'nod', 'yes', 'consent'],
  ],
  // "has put his signature on the sale deed", "put her signature on the agreement": signed — a sale.
  [
    'WON',
    /\b(?:put|puts|putting|placed)\s+(?:his|her|their)\s+signatures?\s+on\s+(?:the\s+)?(?:sale\s+deed|agreement(?:\s+(?:for|of)\s+sale)?|sale\s+agreement|allotment\s+letter|booking\s+form|application\s+form|(?:booking\s+)?papers|documents)\b/gi,
    ['signature'],
  ],
  // "is in advanced talks with us", "in final negotiations": the deal being worked.
  [
    'IN_PROGRESS',
    /\bin\s+(?:advanced|final|serious|active|detailed|early|initial)\s+(?:talks|discussions?|negotiations?)\b/gi,
    ['talks', 'discussion', 'negotiation'],
  ],
  // "is sitting on the fence", "still on the fence": undecided, still in play.
  ['IN_PROGRESS', /\b(?:is|are|'s|'re)\s+(?:still\s+)?(?:sitting\s+)?on\s+the\s+fence\b/gi, ['fence']],
  // "wants to book the 3 bhk", "is ready to buy the corner plot": wanting a home of ours — in progress
  // (said as the lead's own words, "we want to take the flat", it is a yes: above).
  [
    'IN_PROGRESS',
    /\b(?:wants|wanted|would\s+like|(?:is|are)\s+(?:now\s+)?(?:ready|keen|eager|planning))\s+to\s+(?:book|buy|purchase|take)\s+(?:the|this|that|our)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|house|home|property|bhk|penthouse|duplex)\b(?!\s+(?:visit|tour|viewing|on\s+rent|on\s+lease)\b)/giu,
    ['to book', 'to buy', 'to purchase', 'to take'],
  ],
  // "the deal is still on the table", "her booking is still alive": the deal not yet off.
  [
    'IN_PROGRESS',
    /\b(?:deal|offer|proposal|booking|negotiation|negotiations|talks)\s+(?:is|are)\s+(?:still\s+)?(?:on\s+the\s+table|alive)\b/gi,
    ['table', 'alive'],
  ],
  // "is in the final stage of discussion", "at an advanced stage of talks": the deal being settled.
  [
    'IN_PROGRESS',
    /\b(?:in|at)\s+(?:the|an|a)\s+(?:final|last|advanced|closing)\s+stages?\s+of\s+(?:the\s+)?(?:discussions?|talks|negotiations?|the\s+deal|deal|booking)\b/gi,
    ['stage'],
  ],
  // "asked us to keep him posted", "she will keep me informed": news to come, so the lead is followed up.
  [
    'FOLLOW_UP',
    /\bkeep\s+(?:him|her|them|us|me)\s+(?:posted|informed|updated|in\s+the\s+loop)\b/gi,
    ['posted', 'informed', 'updated', 'loop'],
  ],
  // "we are working out the numbers", "ironing out the payment plan": the terms being settled.
  [
    'IN_PROGRESS',
    /\b(?:working|worked|work|ironing|sorting)\s+out\s+(?:the\s+)?(?:final\s+)?(?:numbers|details|terms|payment\s+(?:plan|schedule)|paperwork|figures|price|pricing|cost\s+sheet|deal)\b/gi,
    [' out '],
  ],
  // "call him after two weeks", "ring meena iyer next month", "call me after the 15th": a call put off
  // to later (a day of the month said after it goes with it); "call her once the festival season is
  // over", "ring him when the bonus comes", "reach out to her again after the new year"; a call made again ("call her again tomorrow") — a call
  // on a day, said alone, is a task, no status.
  [
    'FOLLOW_UP',
    /\b(?:call|ring|ping|contact|reach\s+out\s+to|get\s+in\s+touch\s+with|connect\s+with)\s+(?:(?!(?:after|next|later|in|on|tomorrow|back|again|once|when|this)\b)\p{L}+\s+){0,2}(?:again\s+(?=after|next|later|in\b|once|when))?(?:after(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)?|this\s+(?:week|weekend|month)|(?:once|when)\s+(?:the|his|her|their|he|she|they)\b[^,.;]*?(?=\s*(?:[,.;]|$|\b(?:because|as|since|but|and|so)\b))|again\s+(?:tomorrow|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:tomorrow|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+again|next(?:\s+(?:week|month|year|weekend|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?|later|in\s+(?:a|an|one|two|three|few|\d+)(?:\s+(?:days?|weeks?|months?|years?))?|in\s+(?:the\s+)?(?:first|second|third|fourth|last|next|1st|2nd|3rd|4th)\s+(?:week|half|fortnight)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/giu,
    ['call', 'ring', 'ping', 'contact', 'reach out', 'in touch', 'connect'],
  ],
  // "he cannot go ahead", "they will not proceed with the purchase", "is unable to proceed", "does not
  // want to buy the flat": the lead will not buy — unless only for now ("… right now", "… yet", "…
  // until his loan comes through", "… without his father seeing it"), which is asked.
  [
    'LOST',
    /\b(?:cannot|can'?t|can\s+not|could\s+not|couldn'?t|will\s+not|won'?t|would\s+not|wouldn'?t|(?:is|are|am)\s+not\s+going\s+to|(?:(?:is|are|was|were)\s+)?(?:not\s+able|unable|(?:not|no\s+longer)\s+in\s+(?:a|any)\s+position)\s+to|(?:does|do|did)\s+not\s+want\s+to|(?:doesn'?t|don'?t|didn'?t)\s+want\s+to)\s+(?:go\s+ahead|proceed|(?:buy|purchase)(?=\s*$|\s+(?:it|(?:the|this|that|our|any)\s+(?:flat|unit|home|house|apartment|villa|plot|property|one)|from\s+us|with\s+us|here|any\s*more|at\s+all|and|but|so|because|as)\b))\b(?![^.;,]{0,40}?\b(?:right\s+now|for\s+now|now|yet|at\s+the\s+moment|at\s+present|this\s+(?:year|month|week)|till|until|unless|before|without|immediately|so\s+soon|for\s+(?:a|some)\s+(?:while|time|months?|weeks?))\b)/gi,
    ['not', "n't", 'nt ', 'unable', 'no longer'],
  ],
  // "so it is not going to work", "the deal did not work out", "it will not work for her": the speaker
  // says the deal is off (a lift or a link "not working" says nothing of the deal).
  [
    'LOST',
    /\b(?:it|this|that|the\s+deal|things)\s+(?:(?:is|'s)\s+not\s+going\s+to|(?:will\s+not|won'?t|would\s+not|wouldn'?t))\s+work\b|(?:\bnot|n'?t)\s+(?:going\s+to\s+)?work(?:ing|ed)?\s+out\b/gi,
    ['work'],
  ],
  // "submitted the booking form", "has filled the booking application", "submitted his kyc documents and
  // the booking form": the papers to book handed in.
  [
    'WON',
    /\b(?:submitted|submits|filled(?:\s+(?:in|up|out))?|handed\s+(?:in|over)|completed)\s+(?:the|his|her|their)\s+(?:[^.;,]{0,30}?\s(?:the|his|her|their)\s+)?(?:\p{L}+\s+)?booking\s+(?:form|application)\b|\bbooking\s+(?:form|application)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:submitted|filled|handed\s+in)\b/giu,
    ['booking'],
  ],
  // "will buy only next year", "plans to purchase in a few months": the purchase put later, so the
  // lead is to be followed up ("might book next month", "maybe buy …" is a guess, no status).
  [
    'FOLLOW_UP',
    /\b(?:will|shall|plans?\s+to|planning\s+to|intends?\s+to|going\s+to)\s+(?:only\s+)?(?:buy|purchase|book|invest)\s+(?:only\s+)?(?:next\s+(?:month|year)|later|after\s+(?:a|one|two|three|few|couple|some)\b|in\s+(?:a|an|one|two|three|four|five|six|few|couple|some|\d+)\s+(?:of\s+)?(?:few\s+)?(?:months?|years?|weeks?))/giu,
    ['buy', 'purchase', 'book', 'invest'],
  ],
  // "needs two more weeks to arrange the funds", "wants a couple of months", "wants some time to sort
  // out his finances": time asked for.
  [
    'FOLLOW_UP',
    /\b(?:wants?|wanted|needs?|needed|asked\s+for|asking\s+for|requested)\s+(?:another\s+|(?:a|one|two|three|four|five|six|few|a\s+few|couple\s+of|a\s+couple\s+of|\d+)\s+(?:more\s+)?)(?:days?|weeks?|months?)\b|\b(?:wants?|wanted|needs?|needed|asked\s+for|asking\s+for|requested)\s+(?:some|more|a\s+little|a\s+bit\s+of|a\s+little\s+more|some\s+more)\s+time\b/giu,
    ['days', 'weeks', 'months', ' day', ' week', ' month', 'time'],
  ],
  // "said this project is not for him", "it is just not for us": the home turned down as not theirs
  // (a unit or a size said instead is a preference, not the deal: "the 2 bhk is not for him").
  [
    'LOST',
    /\b(?:it|this|that|the\s+(?:project|place|property|society))(?:\s+(?:project|place|property|society))?\s+(?:is|'s|was)\s+(?:just\s+|really\s+|simply\s+)?not\s+(?:meant\s+)?for\s+(?:him|her|them|me|us)\b(?!\s+(?:right\s+now|now|at\s+the\s+moment|yet|this\s+year)\b)/gi,
    ['not for', 'not meant'],
  ],
  // "saw a cheaper flat in bopal and is going with that one", "found a bigger flat and booked it": a
  // home of another kind found, then chosen by "that one", "it" (one found in our own tower is ours).
  [
    'LOST',
    /\b(?:saw|seen|found|liked|shortlisted|came\s+across|got)\s+(?:a|an|another|one)\s+(?:(?:much|slightly|bit|little)\s+)?(?:cheaper|closer|nearer|bigger|larger|better|smaller|more\s+affordable|ready(?:[\s-]+to[\s-]+move)?)\s+(?:\p{L}+\s+)?(?:flat|home|house|apartment|villa|plot|property|place|unit|option|deal|one)\b(?:(?!\b(?:our|us|same|ours)\b)[^.;]){0,50}?\b(?:going|go|went|gone|booked|bought|taken|took|taking|chose|chosen|picked|finali[sz]ed|decided\s+on|settled\s+on)\s+(?:(?:with|for|on)\s+)?(?:that|it)(?:\s+(?:one|1))?\b/giu,
    ['cheaper', 'closer', 'nearer', 'bigger', 'larger', 'better', 'smaller', 'affordable', 'ready'],
  ],
  // "… so that's one more sale", "that is another booking": the story's lead counted among the sales.
  [
    'WON',
    /\b(?:that'?s|thats|that\s+is|it'?s|it\s+is)\s+(?:(?:one|1)\s+more|another|a)\s+(?:sale|booking|closure)\b(?!\s+(?:offer|price|deed|agreement|event|season|form|amount|counter|team))/gi,
    ['sale', 'booking', 'closure'],
  ],
  // "has paid the stamp duty", "cleared the registration charges for her flat": the sale's own duty paid,
  // to register it (a registration fee of anything else — an expo, a club — is no sale).
  [
    'WON',
    /\b(?:paid|cleared|deposited|settled|transferred)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:stamp\s+duty|registration\s+(?:charges?|fees?|amount)\s+(?:for|of|on)\s+(?:the|his|her|their)\s+(?:new\s+)?(?:flat|unit|home|house|villa|apartment|plot|property)\b(?!\s+(?:expo|fair|show|exhibition|event|portal|website|app)\b))/gi,
    ['stamp duty', 'registration'],
  ],
  // "is waiting for the loan sanction", "waiting for the bank's valuation report before the disbursal": the
  // purchase arranged, its loan on the way.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:now\s+|still\s+|just\s+)?waiting\s+(?:for|on)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:bank'?s?\s+|home\s+)?(?:loan\s+(?:sanction|approval|disbursal|disbursement|papers)|sanction\s+letter|valuation(?:\s+report)?|(?:loan\s+)?disburs(?:al|ement))\b/gi,
    ['sanction', 'approval', 'disburs', 'valuation', 'papers'],
  ],
  // "we can revisit this after new year", "will look at it again in february": the matter taken up later.
  [
    'FOLLOW_UP',
    /\b(?:revisit|re-visit|look\s+at|look\s+into|discuss|reconsider|come\s+back\s+to)\s+(?:this|it|that|the\s+(?:matter|deal|decision|plan|proposal|idea|purchase|offer))(?:\s+again)?\s+(?:after|in|next|later|once|around|by|post|towards)\b/gi,
    ['revisit', 're-visit', 'look at', 'look into', 'discuss', 'reconsider', 'come back to'],
  ],
  // "is out of the picture now", "thanks but no thanks": the lead gone, in so many words.
  [
    'LOST',
    /\b(?:is|are|'s|'re)\s+(?:now\s+)?out\s+of\s+the\s+picture\b|\bthanks\s+but\s+no\s+thanks\b/gi,
    ['picture', 'no thanks'],
  ],
  // "the flat is hers now", "the apartment is now his": the home theirs.
  [
    'WON',
    /\b(?:flat|unit|villa|home|house|apartment|plot|property|penthouse)\s+is\s+(?:now\s+|finally\s+)?(?:hers|his|theirs)\b/gi,
    ['hers', 'his', 'theirs'],
  ],
  // "her payment for the flat is complete", "the final payment is done": paid in full.
  [
    'WON',
    /\b(?:(?:full|final|entire|whole|complete|total)\s+)?payment\s+(?:(?:for|of)\s+(?:the|his|her|their)\s+(?:new\s+)?(?:flat|unit|villa|home|house|apartment|plot|property)\s+)?(?:is|has\s+been|was|got)\s+(?:now\s+|finally\s+|fully\s+)*(?:complete|completed|done|made\s+in\s+full|cleared|settled)\b/gi,
    ['payment'],
  ],
  // "has confirmed the 2 bhk", "confirmed the corner villa": the home taken.
  [
    'WON',
    /\bconfirmed\s+(?:the|a|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:bhk|flat|unit|villa|apartment|plot|penthouse|house)\b/giu,
    ['confirmed'],
  ],
  // "heard the price and walked away", "found it costly and walked off": the lead gone, said last.
  [
    'LOST',
    /\bwalked\s+(?:away|off|out)(?=\s*(?:[.,;!]|$|(?:and\s+)?(?:from\s+(?:us|it|the\s+(?:deal|project|table|offer))|after|because|since|due|without)\b))/gi,
    ['walked'],
  ],
  // "is in the final stage of deciding", "at the final stage of his decision": nearly decided.
  ['IN_PROGRESS', /\b(?:in|at)\s+the\s+(?:final|last|closing)\s+stages?\b/gi, ['stage']],
  // "has no more interest in the project", "no further interest": interest gone.
  [
    'LOST',
    /\b(?:has|have|had|shows?|showed|showing|with)\s+no\s+(?:more|further|real|longer\s+any)\s+interest\b/gi,
    ['interest'],
  ],
  // "it's not the right time", "this is not the right time for him": not now, so later.
  [
    'FOLLOW_UP',
    /\b(?:it'?s|it\s+is|this\s+is|that\s+is|now\s+is)\s+not\s+the\s+right\s+time\b/gi,
    ['right time'],
  ],
  // "persuaded her to shelve the plan", "convinced him to drop the idea": talked out of buying.
  [
    'LOST',
    /\b(?:convinced|persuaded|told|asked|made)\s+(?:him|her|them)\s+(?:to\s+)?(?:drop|give\s+up|shelve|scrap|abandon|cancel)\s+(?:the|this|that|his|her|their)\s+(?:idea|plan|purchase|deal|booking)\b/gi,
    ['drop', 'give up', 'shelve', 'scrap', 'abandon', 'cancel'],
  ],
  // "will not be able to decide for a couple of months", "cannot take a decision for another month".
  [
    'FOLLOW_UP',
    /\b(?:will\s+not|won'?t|cannot|can'?t|can\s+not|not\s+able\s+to|unable\s+to)\s+(?:be\s+able\s+to\s+)?(?:decide|take\s+(?:a|the)\s+(?:final\s+)?(?:decision|call)|buy|book)\s+(?:for|till|until|before)\s+(?:a|an|another|the|one|two|three|few|couple|some|next|\d+)\b/gi,
    ['decide', 'decision', 'call', 'buy', 'book'],
  ],
  // "sold her car to arrange the down payment", "broke his fd to raise the funds": money being found, by
  // a deed done for it (time asked "to arrange the funds" is a follow-up, above).
  [
    'IN_PROGRESS',
    /\b(?:sold|broke|mortgaged|pledged|liquidated|cashed|withdrew|redeemed|borrowed|took\s+(?:a|an)\s+(?:personal\s+|gold\s+)?loan)\b[^.;,]{0,40}?\bto\s+(?:arrange|raise|fund|put\s+together|organi[sz]e)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:down\s*payment|funds|money|booking\s+amount|token(?:\s+amount)?|margin\s+money)\b/gi,
    ['arrange', 'raise', 'fund', 'put together', 'organi'],
  ],
  // "we sold the corner villa to premlata", "sold her a 2 bhk": a home of ours sold to the lead.
  [
    'WON',
    /\b(?:we|i)\s+(?:(?:have|had|finally|just)\s+)*sold\s+(?:the|a|an|one|our)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:bhk|flat|unit|villa|apartment|plot|penthouse|house|home)\b(?:\s+in\s+(?:tower|block|wing)\s+\p{L}+)?\s+to\s+(?=\p{L})/giu,
    ['sold'],
  ],
  // "asked his lawyer for a legal opinion on the title", "ordered a title search": the papers checked
  // before buying.
  [
    'IN_PROGRESS',
    /\b(?:legal\s+(?:opinion|verification|check|clearance|due\s+diligence)|title\s+(?:search|check|verification|report|clearance)|due\s+diligence)\b/gi,
    ['legal', 'title', 'diligence'],
  ],
  // "has ruled out buying a flat", "ruled out the purchase": no purchase at all.
  [
    'LOST',
    /\bruled?\s+out\s+(?:buying|purchasing|the\s+(?:purchase|flat|deal|idea|plan|project)|(?:a|any)\s+(?:purchase|flat|home|house|property))\b/gi,
    ['ruled out', 'rule out'],
  ],
  // "wants some changes in the floor plan before he books", "asked for modifications to the layout".
  [
    'IN_PROGRESS',
    /\b(?:wants?|wanted|asked\s+for|asking\s+for|requested|needs?)\s+(?:some\s+|a\s+few\s+|few\s+|minor\s+|small\s+)?(?:changes|modifications|customi[sz]ations?|alterations)\s+(?:in|to)\s+(?:the|his|her|their|our)\s+(?:floor\s+plan|layout|design|plan|kitchen|flat|unit|villa|interiors?)\b/gi,
    ['changes', 'modifications', 'customi', 'alterations'],
  ],
  // "has stopped his search for a flat", "called off the house hunt": no longer looking.
  [
    'LOST',
    /\b(?:stopped|ended|called\s+off|given\s+up|gave\s+up|abandoned)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:search|hunt|house[\s-]?hunt(?:ing)?|flat[\s-]?hunt(?:ing)?)\b/gi,
    ['search', 'hunt'],
  ],
  // "has narrowed it down to two units", "narrowed down his choice to the corner flats": nearly chosen.
  [
    'IN_PROGRESS',
    /\bnarrow(?:ed|ing|s)?\s+(?:it|things|(?:his|her|their|the)\s+(?:choice|options|search))\s+down\b|\bnarrow(?:ed|ing|s)?\s+down\s+(?:his|her|their|the)\s+(?:choice|options|search)\b/gi,
    ['narrow'],
  ],
  // "is working on the payment schedule with our accounts team", "sorting out the paperwork".
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:now\s+|still\s+|busy\s+)?(?:working\s+(?:out|on)|sorting\s+out)\s+(?:the|his|her|their)\s+(?:payment\s+(?:schedule|plan|terms)|agreement|paperwork|documents|loan|booking|finances|funding|emis?)\b/gi,
    ['working', 'sorting'],
  ],
  // "is now part of our tower a family", "has become part of our community": one of our owners now.
  [
    'WON',
    /\b(?:is|are|'s|'re|has\s+become|have\s+become|became)\s+(?:now\s+|officially\s+)*(?:a\s+)?part\s+of\s+our\s+(?:[\p{L}\d]+\s+){0,3}?(?:family|community)\b/giu,
    ['part of our'],
  ],
  // "waiting for his poa papers from dubai to complete the booking": the booking being completed.
  [
    'IN_PROGRESS',
    /\bwaiting\s+(?:for|on)\b[^.;,]{0,50}?\bto\s+(?:complete|finish|finali[sz]e|do|process)\s+(?:the|his|her|their)\s+(?:booking|registration|purchase|paperwork|formalities|agreement|deal)\b/gi,
    ['waiting'],
  ],
  // "sealed it with a token", "sealed the deal yesterday": the sale made (wanting to seal it is talks).
  ['WON', /(?<!\bto\s+)\bsealed\s+(?:it|the\s+deal|the\s+booking|the\s+purchase)\b/gi, ['sealed']],
  // "feels he is priced out of this project": the price beyond the lead.
  ['LOST', /\bpriced\s+out\b/gi, ['priced out']],
  // "doesn't want the flat anymore", "no longer needs the villa": the home not wanted now.
  [
    'LOST',
    /\b(?:does\s*n[o']?t|doesn'?t|do\s+not|don'?t|no\s+longer)\s+(?:wants?|needs?)\s+(?:the|this|that|our|a)\s+(?:[\p{L}\d]+\s+){0,2}?(?:flat|unit|villa|apartment|plot|house|home|property|bhk|deal)\b(?:\s+(?:any\s*more|now))?/giu,
    ['want', 'need'],
  ],
  // "has paid everything", "paid it all": paid in full.
  [
    'WON',
    /\b(?:paid|cleared|settled)\s+(?:(?:for\s+)?everything|it\s+all|all\s+of\s+it|the\s+lot)\b/gi,
    ['everything', 'it all', 'all of it', 'the lot'],
  ],
  // "so she is dropping out", "are pulling out": leaving the deal, said as it happens.
  [
    'LOST',
    /\b(?:is|are|'s|'re)\s+(?:now\s+)?(?:dropping|pulling|backing)\s+out\b(?!\s+of\s+(?!(?:the\s+|this\s+|our\s+|his\s+|her\s+)?(?:deal|booking|purchase|project|plan|flat|unit|villa|property)\b))/gi,
    ['dropping out', 'pulling out', 'backing out'],
  ],
  // "says it is too early for him to decide": not yet, so later.
  [
    'FOLLOW_UP',
    /\b(?:it'?s|it\s+is|this\s+is|that\s+is)\s+(?:still\s+|a\s+bit\s+|a\s+little\s+|way\s+)?too\s+early\s+(?:for\s+(?:him|her|them)\s+)?to\s+(?:decide|buy|commit|book|say|take\s+a\s+call)\b/gi,
    ['too early'],
  ],
  // "this kind of project is not what he is looking for": the home not what the lead wants.
  [
    'LOST',
    /\b(?:is|was|'s)\s+not\s+what\s+(?:he|she|they)\s+(?:is|are|was|were|'s|'re)\s+looking\s+for\b|\b(?:is|was|'s)\s+not\s+what\s+(?:he|she|they)\s+wants?\b/gi,
    ['not what'],
  ],
  // "they are discussing a discount on the total price", "discussing the price with our manager": talks.
  [
    'IN_PROGRESS',
    /\b(?:is|are|'s|'re)\s+(?:now\s+|still\s+)?discussing\s+(?:a|the|our|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:discount|price|pricing|rate|payment\s+plan|terms|deal|offer)\b/giu,
    ['discussing'],
  ],
  // "has completed the purchase of the penthouse", "confirmed his booking with the first payment".
  [
    'WON',
    /\b(?:completed|finished|concluded)\s+(?:the|his|her|their)\s+(?:purchase|booking|sale)\b|\bconfirmed\s+(?:his|her|their)\s+(?:booking|purchase)\b/gi,
    ['completed', 'finished', 'concluded', 'confirmed'],
  ],
  // "is verifying sooni's documents for the booking": the papers of the purchase being checked.
  [
    'IN_PROGRESS',
    /\b(?:verifying|checking|processing|reviewing|vetting)\s+(?:(?:\p{L}+\s+){0,2}\p{L}+'s|his|her|their|the)\s+(?:kyc\s+)?(?:documents|papers|paperwork|kyc)\s+for\s+(?:the|his|her|their)\s+(?:booking|purchase|agreement|registration|sale)\b/giu,
    ['verifying', 'checking', 'processing', 'reviewing', 'vetting'],
  ],
  // "did not book", "hasn't paid": a purchase said negated names no status at all.
  [
    'WON',
    /\b(?:did\s+not|didn'?t|has\s+not|hasn'?t|have\s+not|haven'?t|not\s+yet)\s+(?:yet\s+)?(?:book|buy|bought|sign|pay|paid|purchase)\w*\b/gi,
    ['not', 'didn', 'hasn', 'haven'],
  ],
];

/** "not", "did not", "hasn't": a status said negated is no status ("did not book", "not won"). */
const NEGATED =
  /\b(?:not|never|didn'?t|did\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|isn'?t|won'?t|no(?:\s+(?:more|longer))?|nothing|nobody|no\s+one|none(?:\s+of\s+them)?)\s+(?:yet\s+|been\s+|really\s+|got\s+|was\s+|is\s+|has\s+)*$/i;

export interface StatusPhrase {
  status: LeadStatus;
  start: number;
  end: number;
  /** Said with a negation before it ("did not book"): not a status this CRM can write. */
  negated: boolean;
  /** A fact that names a status without its word ("chose a flat elsewhere", "call her back"). */
  fact: boolean;
}

const NEGATED_INSIDE = /^(?:did\s+not|didn'?t|has\s+not|hasn'?t|have\s+not|haven'?t|not\s+yet)\b/i;

/** "almost", "nearly", "was about to": what is said next did not happen yet. */
const NEARLY_BEFORE =
  /\b(?:almost|nearly|(?:was|were|is|are)\s+about\s+to|(?:was|were)\s+(?:just\s+)?going\s+to|on\s+the\s+verge\s+of)\s+$/i;

function phraseAt(text: string, status: LeadStatus, start: number, end: number, fact: boolean): StatusPhrase {
  // "almost booked the flat", "nearly closed the deal": a sale nearly made is still being worked (the
  // adverb kept in the phrase, so that the words said read the same again).
  const nearly = status === 'WON' ? NEARLY_BEFORE.exec(text.slice(Math.max(0, start - 30), start)) : null;
  if (nearly)
    return { status: 'IN_PROGRESS', start: start - nearly[0].length, end, negated: false, fact: true };
  const before = text.slice(Math.max(0, start - 24), start);
  const negator = NEGATED.exec(before);
  // A loss is often said with its own negation ("did not work out"), and so is indecision ("has not
  // made up her mind", "has not decided yet, call her on friday"); only another status is undone by it.
  const saidNegated =
    status !== 'LOST' &&
    !(fact && (status === 'IN_PROGRESS' || status === 'FOLLOW_UP')) &&
    NEGATED_INSIDE.test(text.slice(start, end));
  // "not interested" is LOST in itself; "not won", "did not book" and "never bought elsewhere" (a
  // fact said negated) are not a status at all.
  const negated = saidNegated || negator !== null;
  const from = negator && negated && !saidNegated ? start - negator[0].length : start;
  return { status, start: from, end, negated, fact };
}

/** "dropped [it] off", "dropped her at …": set down somewhere, no deal dropped. */
const PLACE_SHUT_BEFORE =
  /\b(?:office|site|shop|store|bank|branch|market|road|gate|school|college|mall|showroom|registry|registrar|court|counter|lift|clubhouse|club\s+house|gym|pool|highway|bridge)\s+(?:is|was|are|were|will\s+be|would\s+be|remains?|remained|will\s+remain|stays?|stayed|will\s+stay|has\s+been|had\s+been|gets|got)\s+(?:(?:still|also|fully|completely|temporarily|usually|always)\s+)?$/i;
/** "we closed the site office early", "closed her bank account": a place or an account shut. */
const PLACE_SHUT_AFTER =
  /^\s+(?:the|our|his|her|their)\s+(?:site\s+office|sales\s+office|site|shop|store|gates?|counter|(?:bank\s+|loan\s+|old\s+)?account)\b/i;
/** "dropped her at the station", "dropped it off"; "dropped in", "dropped by": came to see us. */
const SET_DOWN_AFTER =
  /^\s+(?:(?:it|him|her|them|the\s+\p{L}+|his\s+\p{L}+|her\s+\p{L}+)\s+)?(?:off|at|near|outside|by)\b|^\s+(?:in|over|round)\b/iu;
/** A thing that works or not, right before "working": "the lift was not ", "his phone is ". */
const THING_WORKING_BEFORE =
  /\b(?:lift|elevator|lights?|power|ac|fan|water|pump|phone|mobile|network|internet|wifi|link|app|website|system|generator|gate|door|tap|geyser|camera|cctv|intercom|machine|card|number|signal|road)\b(?:[^.;,]{0,30}?\s(?:is|was|are|were|has\s+been|have\s+been|isn'?t|wasn'?t|aren'?t|weren'?t))?\s+(?:(?:not|still|also|again)\s+)*$/i;
/** A thing that can be refused, said right before "rejected"/"declined": "loan application was ". */
const THING_REFUSED_BEFORE =
  /\b(?:loan|application|cheque|check|card|payment|transfer|documents?|papers|kyc|request|claim|visa|transaction|emi|mandate|leave|flights?|trains?|trip|tour|holiday|vacation|tickets?|cab|taxi|event|function|party|wedding|meeting|appointment|class|match|show)\s+(?:\p{L}+\s+){0,2}?(?:(?:was|is|are|got|has\s+been|have\s+been|were|had\s+been)\s+)?(?:(?:also|again|just|still)\s+)?$/iu;
const BY_A_BANK_AFTER =
  /^\s+by\s+(?:the\s+|a\s+|an\s+|one\s+|his\s+|her\s+|their\s+)?(?:\p{L}+\s+)?(?:bank|banks|lender|nbfc|hdfc|sbi|icici|axis)\b/iu;

/** What follows "lost"/"won" when it is a thing lost or won, not the deal: "her phone", "a lottery". */
const OTHER_OBJECT =
  /^\s+(?:his|her|their|my|your|a|an|the|some|(?:\p{L}+\s+){0,2}\p{L}+['\u2019]s)\s+(?!(?:deal|lead|client|customer|sale|booking|case|interest|unit|flat|property|plot|apartment|villa|house|home)\b)\p{L}/iu;

/** What "dropped" or "cancelled" calls off when it is the deal: "the plan", "his booking", "the idea of buying". */
const DEAL_CALLED_OFF =
  /^\s+(?:his|her|their|the|this|that|our)\s+(?:whole\s+|entire\s+)?(?:plans?|idea|purchase|decision|search|hunt|enquiry|interest|booking|deal|token|agreement|allotment|(?:\p{L}+\s+)?(?:flat|unit|villa|plot|apartment|house|home|property))\b/iu;

/** "lost without his phone", "lost in thought": at a loss, not a deal lost. */
const AT_A_LOSS =
  /^\s+(?:without\b|in\s+(?:thought|thoughts|the\s+crowd|traffic|the\s+city|the\s+maze)\b|at\s+sea\b)/i;
/** A refusal to buy, said as a status ("will never buy", "not buying"). */
const REFUSAL = /\b(?:never|not|won'?t|will\s+not)\b[^]*\bbuy(?:ing)?\b|\bbuy(?:ing)?\b[^]*\bnever\b/i;
/** "… from lodha", "… with that broker": a seller named that is not us. */
const FROM_ANOTHER = /^\s+(?:from|with|through)\s+(?!(?:us|our|ours|here)\b)\p{L}/iu;

/** Things lost said without an article ("lost power", "lost touch"): never the lead or the deal. */
const THING_LOST =
  /^\s+(?:(?:all|some|much|a\s+lot\s+of)\s+)?(?:power|electricity|current|network|signal|connection|internet|money|weight|time|track|sleep|patience|temper|count|balance|data|battery|keys?|wallet|job|mind|touch|faith|hope|heart)\b/i;

/** Homes, and the papers of a sale: what a sale verb is said of when it is a sale. */
const HOMES =
  'flats?|units?|house|houses|homes?|apartments?|villas?|plots?|propert(?:y|ies)|penthouse|duplex|bungalow|shops?|offices?|space|land|project|bhk|showroom|warehouse|godown|' +
  // "booked a site visit" books a visit: the site is a home only when no visit follows it.
  'site(?!\\s+(?:visits?|tours?|viewings?|meetings?|inspections?))';
const PAPERS =
  'agreements?|deal|papers?|documents?|contract|mou|forms?|booking|application|sale|deed|allotment|lease|rent\\s+agreement';
/** Words after a sale verb that say nothing of its object: a pronoun, a place or time word, a link. */
const NO_OBJECT =
  'with|from|through|in|at|on|for|here|there|us|our|elsewhere|somewhere|instead|another|other|different|resale|second|ready|under|' +
  'yesterday|today|tonight|last|finally|already|now|just|recently|earlier|and|but|so|also|too|again|a|an|the|it|one|that|this|same|up|' +
  'to|out|after|because|as|due|since|over|by|him|her|them|me|anyway|completely|totally|sadly|unfortunately|sir|madam|ji|na|yaar|' +
  // "deal is closed he signed …": a subject starts the next clause, unmarked in speech.
  'he|she|they|we|i|you';

/**
 * A sale verb said of something else: "bought sweets for the office", "booked tickets to goa",
 * "signed the visitor register", "closed her old bank account". What follows the verb (after a
 * determiner) must be a home or a sale's papers within its first three words ("a bigger flat"), or no
 * object at all, for the verb to be a status.
 */
const OBJECT_NOT_SOLD = (
  [
    [/^(?:bought|purchased|booked)$/i, '', HOMES],
    // ("signed everything": every paper of the sale.)
    [/^(?:signed|closed|finali[sz]ed)$/i, '', `${HOMES}|${PAPERS}|everything`],
    // "signed up for our newsletter", "signed up for the event": a sign-up that is no sale.
    [/^signed$/i, 'up\\s+(?:for|to|with)\\s+', `${HOMES}|${PAPERS}|us`],
    // "is booked for a conference all week": the lead's own time taken, unless it is a home booked for
    // someone ("booked for her parents").
    [
      /^booked$/i,
      'for\\s+',
      `${HOMES}|wife|husband|son|daughter|parents|mother|father|family|kids|children|brother|sister|in-?laws|himself|herself|themselves|us|investment|rental`,
    ],
    // "signed for the courier": a receipt, unless it is for a home or its papers.
    [/^signed$/i, 'for\\s+', `${HOMES}|${PAPERS}`],
    // "closed her shop early today": the lead's own place shut, not a deal closed.
    [/^closed$/i, '(?:his|her|their|my|your)\\s+', PAPERS],
    // "rejected every layout", "declined the corner flat": homes turned down, not the deal.
    [/^(?:rejected|declined)$/i, '', 'offer|deal|proposal|quote|quotation|booking|us|it|them|him|her'],
    // "cancelled his club membership", "cancelled her trip to goa": a thing of their own called off; the
    // booking, the purchase or a home cancelled is the deal lost.
    [
      /^(?:cancell?ed)$/i,
      '',
      `${HOMES}|${PAPERS}|purchase|order|token|advance|payment|cheque|it|them|plan\\s+(?:to|of)\\s+(?:buy|buying|book|booking|purchas\\w*|invest\\w*)`,
    ],
    // "opted out of the newsletter": out of something that is not the deal.
    [/^opted\s+out$/i, 'of\\s+', `${HOMES}|deal|booking|purchase|plan|idea|race|process|scheme|offer`],
    // "dropped her phone in the lift": a thing of one's own let fall, not the deal dropped.
    [
      /^dropped$/i,
      '',
      'plan|idea|deal|booking|purchase|search|interest|matter|case|offer|proposal|project|us|it',
    ],
    // "is interested in buying a car": interest in a thing that is no home is no interest in the deal.
    [
      /^(?:(?:very|really|quite|still|also|more)\s+)?interested$/i,
      'in\\s+(?:(?:buying|getting|purchasing|taking|seeing|visiting)\\s+)?',
      `${HOMES}|${PAPERS}|offer|deal|proposal|booking|visits?|it|this|that|them|us|one|ones|options?|towers?|phases?|floors?|layouts?|plans?|sizes?|configurations?|location|real|estate|investing|investment|buying|seeing|visiting|coming|resale|rent|renting|leasing|\\d+`,
    ],
  ] as const
).map(
  ([verb, particle, objects]) =>
    [
      verb,
      new RegExp(
        `^\\s+${particle}(?:(?:his|her|their|my|your|our|a|an|the|some|new)\\s+)?(?!(?:${objects}|${NO_OBJECT})\\b)(?!(?:[\\p{L}\\d]+\\s+){1,2}(?:${objects})\\b)\\p{L}`,
        'iu',
      ),
    ] as const,
);

/**
 * A deal or a paper of the lead's own work, not a sale of ours: "closed a huge deal at his office", "signed
 * a contract with his new employer", "finalised the deal for her firm". Said with "a"/"an" (some deal of
 * theirs) or for their own firm, employer or clients — unless it names a home or us.
 */
const OWN_WORK_DEAL = new RegExp(
  `^\\s+(?:(?:a|an|one|another)\\s+(?:\\p{L}+\\s+){0,2}?(?:deal|contract|order|mou)s?\\b|(?:(?:the|his|her|their)\\s+)?(?:\\p{L}+\\s+){0,2}?(?:deal|contract|order|mou|agreement)s?\\b[^.;]{0,30}?\\b(?:for|with)\\s+(?:his|her|their)\\s+(?:own\\s+|new\\s+|old\\s+)?(?:firm|company|business|employer|clients?|boss|startup|team)\\b)(?![^.;]{0,40}\\b(?:with\\s+us|(?:for|of|on)\\s+(?:the|a|an|his|her|their)\\s+(?:\\p{L}+\\s+)?(?:${HOMES})))`,
  'iu',
);

/**
 * A state told of the past: "was keen on the sea view flat last month", "earlier he was interested".
 * It is background — what the lead thinks now is not said — unless a later state is (read on its own).
 */
const PAST_STATE_BEFORE =
  /\b(?:was|were|had\s+been|used\s+to\s+be)\s+(?:(?:very|really|quite|so|also|still|much|not)\s+)?$/i;
const PAST_TIME_AFTER =
  /^[^.;,]{0,60}?\b(?:last\s+(?:week|month|year|time|season|diwali|summer|winter)|(?:a|an|one|two|three|four|five|six|few|several|some|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|back)|earlier|previously|in\s+(?:19|20)\d\d)\b/iu;
const PAST_TIME_BEFORE =
  /\b(?:earlier|initially|at\s+first|originally|previously|once|in\s+the\s+beginning|last\s+(?:year|month))\b[^.;,]{0,30}$/i;

/** "after a long ", "after several rounds of ", "after two visits and lots of ": an event said as what came before the news. */
const AFTER_EVENT_BEFORE =
  /\bafter\s+(?:(?:a|the|much|many|several|some|all\s+the|lots?\s+of|a\s+lot\s+of|two|three|four|\d+)\s+(?:(?:long|lengthy|tough|hard|few|more|rounds?\s+of)\s+)*|(?:(?:a|the|two|three|four|\d+|many|several)\s+)?(?:\p{L}+\s+)?(?:visits?|meetings?|calls?|rounds?)\s+and\s+(?:(?:a\s+lot\s+of|lots?\s+of|much|some|a\s+few|long|hard|tough)\s+)*)$/iu;

function toldOfThePast(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  return (
    PAST_STATE_BEFORE.test(before) && (PAST_TIME_AFTER.test(text.slice(end)) || PAST_TIME_BEFORE.test(before))
  );
}

/**
 * A purchase told of long ago: "had bought a villa from us back in 2019", "was won last year", "had booked with us last year"
 * — an earlier sale, not news of this one (a recent one, "had paid the token last week", is news).
 */
const HAD_BEFORE = /\b(?:had|was|were)\s+(?:already\s+|also\s+|once\s+)?$/i;
const LONG_AGO_AFTER =
  /^[^.;,]{0,60}?\b(?:last\s+year|(?:a|an|one|two|three|four|five|six|few|several|some|many|\d+)\s+years?\s+(?:ago|back)|long\s+(?:ago|back)|(?:back\s+)?in\s+(?:19|20)\d\d)\b/iu;

function boughtLongAgo(text: string, start: number, end: number): boolean {
  return HAD_BEFORE.test(text.slice(0, start)) && LONG_AGO_AFTER.test(text.slice(end));
}

/** "signed the visitor form", "the entry register", "the feedback form": a paper of no sale. */
const NO_SALE_PAPER =
  /^\s+(?:(?:the|a|an|his|her|their|our)\s+)?(?:visitor'?s?|visitors'|entry|gate|attendance|feedback|enquiry|inquiry|kyc|consent|security|guest|site\s+visit)\s+(?:forms?|register|book|sheet|slip|papers?|log)\b/i;

/** Whether the sale verb at `start` is said of a deal of the lead's own work (not by "we" or "i"). */
function ownWorkDeal(text: string, start: number): boolean {
  const verb = /^(?:signed|closed|finali[sz]ed)\b/i.exec(text.slice(start));
  return (
    verb !== null &&
    OWN_WORK_DEAL.test(text.slice(start + verb[0].length)) &&
    !/\b(?:we|i)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(0, start))
  );
}

/** What follows "won"/"lost" when it is a thing of the lead's own: no deal word, no link word. */
const LINK_WORDS =
  'or|nor|either|neither|not|no|yet|still|is|are|was|were|will|would|should|shall|can|could|may|might|must|' +
  'has|have|had|needs?|wants?|mark|marked|update|set|put|change|kar|karo|kardo|do|hai|ho|gaya|gayi|please|' +
  'kindly|thanks|ok|okay|till|until|unless|if|when|while|though|even|only|very|really|quite|status|he|she|they|we|you|i';
/** Words that open why a lead was lost ("lost budget problem", "lost price too high"), never an object. */
const REASON_WORDS =
  'budget|price|prices|pricing|cost|costs|costly|expensive|location|distance|loan|finance|finances|funds|money|reason|issue|issues|problem|problems|high|low|far|small|big';
/** Past-tense verbs that open the next clause in speech said without stops ("lost went with lodha"). */
const CLAUSE_VERBS =
  'went|bought|booked|chose|picked|opted|took|decided|said|told|found|moved|shifted|purchased|signed|finali[sz]ed|preferred|settled';
const WON_OR_LOST_OBJECT = new RegExp(
  `^\\s+(?!(?:deal|lead|client|customer|sale|booking|case|interest|${HOMES}|${NO_OBJECT}|${LINK_WORDS}|${REASON_WORDS}|${CLAUSE_VERBS})\\b)\\p{L}`,
  'iu',
);

/** After "new", a thing it describes: "the new tower", "a new launch" (not "new, call him"). */
const NEW_THING_AFTER = new RegExp(`^\\s+(?!(?:${LINK_WORDS}|and|but|so|then|lead|one)\\b)\\p{L}`, 'iu');

/** "won bhavesh lost …": after a status, a name and another status — the next item of a list. */
const LIST_AFTER =
  /^\s+\p{L}+(?:\s+\p{L}+)?\s+(?:is\s+|as\s+|-\s+)?(?:won|lost|follow[\s-]?up|in\s+progress|new)\b/iu;

/** What follows "cancelled" when a visit, not the purchase, was called off. */
const VISIT_AFTER_CANCELLED =
  // ("tomorrow's" may come with its day blanked, read as a time: "cancelled          's site visit".)
  /^\s+(?:(?:his|her|their|the|a|today'?s|tomorrow'?s|'s)\s+)?(?:site\s+)?(?:visit|meeting|appointment|call|tour|viewing)\b/i;

/**
 * What comes before "cancelled" when the visit itself was called off ("the site visit got cancelled",
 * "the visit on monday at 4 has been called off", "the visit with ravi was cancelled").
 */
const VISIT_BEFORE_CANCELLED =
  /\b(?:site\s+)?(?:visits?|meetings?|appointments?|tours?|viewings?|calls?)\s+(?:(?:with|of|for)\s+(?:\p{L}+\s+){1,2})?(?:(?:on|at|for|tomorrow|today|tonight|this|next|coming|morning|evening|afternoon|noon|am|pm|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d{2})?)\s+)*(?:(?:got|gets|was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?(?:also\s+|now\s+)?$/iu;

/** A purchase said, not refused: "took another flat", "bought a unit" (never "will never buy"). */
const PURCHASE_TOLD =
  /^(?!.*\b(?:not|never|no)\b)(?=.*\b(?:bought|booked|purchased|rented|leased|took|taken|chose|chosen|picked|went|gone|going|opt\w*|switch\w*|signed|finali[sz]ed|invested|settled|found|got)\b)/is;

/** "took another flat in our own project", "bought a second unit from us": the purchase was ours. */
const WITH_US =
  /^[^.;,]{0,30}?\b(?:(?:with|from|through)\s+us|(?:in|at|from)\s+our\s+(?:own\s+|other\s+|new\s+)?(?:projects?|towers?|buildings?|society|township|site|phase|wing|property|development|scheme|layout|launch))\b/iu;

/**
 * "finalised a flat in prestige lakeside", "signed with lodha": a purchase from a party named after
 * it, which may be our project or a rival's — not "us", a known place ("a flat in baner") or a word
 * that names no party ("in cash", "with his wife"). Both readings stand, so it is asked.
 */
const PARTY_AFTER =
  /^[^.;,]{0,30}?\b(in|at|with|from|through)\s+(?!(?:us|our|me|the|a|an|his|her|their|my|this|that|him|them|cash|full|instal+ments?|family|wife|husband|parents|kids|children|friends?|loan|bank|advance|token|today|yesterday|tomorrow|last|next|person|hand|tower|block|wing|phase|floor|sector|month|week|year|days?)\b)(\p{L}+(?:\s+\p{L}+)?)/iu;
const PURCHASE_WORD = /^(?:bought|booked|purchased|signed|finali[sz]ed|closed|took|converted)$/i;

/** The words after a purchase word up to the other party it names ("a flat in prestige lakeside"), if any. */
export function otherPartyAfter(said: string, after: string): string | null {
  if (!PURCHASE_WORD.test(said) || WITH_US.test(after)) return null;
  const match = PARTY_AFTER.exec(after);
  const party = match?.[2];
  if (!match || !party) return null;
  // "signed with lodha": one signs or books with a party, never with a place (India Post lists
  // villages of almost any name, so a place is only the answer to "in", "at" and "from").
  if (/^(?:with|through)$/i.test(match[1] ?? '')) return match[0];
  const [first = ''] = party.split(/\s+/);
  return isKnownPlace(party) || isKnownPlace(first) ? null : match[0];
}

/** The words right after a purchase that say it was made with us ("in our own project"), if any. */
export function withUsAfter(text: string): string | null {
  return WITH_US.exec(text)?.[0] ?? null;
}

/**
 * Readings of recent texts: understanding one transcript reads the same clause several times (whole,
 * split, each side again), and this is its costliest step. Bounded; a phrase list is never changed.
 */
const recent = new Map<string, readonly StatusPhrase[]>();
const RECENT_LIMIT = 512;

/** Every status phrase in a longer text, left to right; a fact wins over a word inside it. */
export function findStatusPhrases(text: string): StatusPhrase[] {
  const known = recent.get(text);
  if (known) return [...known];
  const found = phrasesIn(text);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, found);
  return [...found];
}

/**
 * Every word a fact needs, in one set: a fact can only be said with one of its words, so most texts
 * skip most facts without a regex run.
 */
const NEEDED = new WordSet([...new Set(FACTS.flatMap(([, , needs]) => needs))]);
const FACTS_AND_NEEDS = FACTS.map(
  ([status, pattern, needs]) => [status, pattern, needs.map((word) => NEEDED.words.indexOf(word))] as const,
);
const DEVELOPER_NAMES = new WordSet(DEVELOPERS.map((name) => name.toLowerCase()));

/** A yes said as a gesture: "the go ahead", "the green signal", "her nod". */
const APPROVAL = /\b(?:go[\s-]?ahead|green\s+signal|nod|yes|consent)\b/i;
/** "a great deal on a car and ", "a discount on the sofa … ": a deal on a thing that is no home. */
const THING_DEAL_BEFORE =
  /\b(?:deal|offer|discount|bargain|price)\s+(?:on|for)\s+(?:a|an|the|his|her|their|some)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:cars?|bikes?|scooters?|motorcycles?|phones?|mobiles?|laptops?|tvs?|television|fridge|refrigerator|washing\s+machine|ac|air\s+conditioner|furniture|sofa|watch|jewell?ery|gold|shares|stocks|insurance|policy|tickets?|holiday|trip|package)\b[^.;]*$/iu;

/**
 * "we finally closed meena iyer", "i signed ravi today": the seller closing the lead — the object is a
 * name (no article or possessive: "we closed her file" is a thing of hers).
 */
function weClosedTheLead(text: string, start: number, end: number, verb: string): boolean {
  return (
    /^(?:closed|signed)$/i.test(verb) &&
    /\b(?:we|i)\s+(?:(?:have|had|finally|just|also|successfully)\s+)*$/i.test(text.slice(0, start)) &&
    /^\s+(?!(?:the|a|an|his|her|their|our|my|its|this|that|these|those|some|one|off|down|up|early|for|at|in|on)\b)\p{L}/iu.test(
      text.slice(end),
    )
  );
}

/** A relation of the lead's, the subject right before a verb: "his wife has ", "her parents ". */
const RELATION_GIVES =
  /\b(?:wife|husband|father|mother|parents|son|daughter|brother|sister|family|in-?laws?|spouse)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|finally\s+|now\s+)?$/i;

/** A deed said as a plan: "going ahead with …", "will take the flat". */
const PLAN_FORM = /^(?:go|goes|going|proceed|proceeds|proceeding)\b|\b(?:will|'ll|going\s+to|want\s+to)\b/i;
/** A time still to come, said right after a deed in the same clause: "… next week", "… after diwali". */
const TIME_TO_COME_AFTER =
  /^[^.;,]{0,30}?\b(?:tomorrow|next\s+(?:week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|this\s+(?:weekend|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|after\s+(?:diwali|holi|dussehra|eid|christmas|pongal|the|his|her|their)\b|by\s+(?:the\s+end|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in\s+(?:a|two|three|a\s+few|\d+)\s+(?:days?|weeks?|months?)|later|soon|once)\b/i;

function phrasesIn(text: string): StatusPhrase[] {
  const found: StatusPhrase[] = [];
  const lower = text.toLowerCase();
  const held = NEEDED.held(lower);
  for (const [status, pattern, needs] of FACTS_AND_NEEDS) {
    if (!needs.some((word) => held[word])) continue;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (status === 'WON' && (ownWorkDeal(text, match.index) || boughtLongAgo(text, match.index, end)))
        continue;
      // "his wife has given her nod": a relation's yes is theirs, not the lead's to the deal.
      if (status === 'WON' && APPROVAL.test(match[0]) && RELATION_GIVES.test(text.slice(0, match.index)))
        continue;
      // "is going ahead with the booking next week", "we will take the flat after diwali": the deal
      // decided on, done later — in progress until then.
      // (The time is kept in the phrase, so that the words said read the same again.)
      const later =
        status === 'WON' && PLAN_FORM.test(match[0]) ? TIME_TO_COME_AFTER.exec(text.slice(end)) : null;
      found.push(
        later
          ? phraseAt(text, 'IN_PROGRESS', match.index, end + later[0].length, true)
          : phraseAt(text, status, match.index, end, true),
      );
      // "another flat … in our own project": elsewhere or with us? Both readings stand, so it is asked.
      // ("he will never buy from us", "it is a no": a refusal of ours is no purchase at all.)
      if (status === 'LOST' && PURCHASE_TOLD.test(match[0]) && WITH_US.test(text.slice(end)))
        found.push(phraseAt(text, 'WON', match.index, end, true));
    }
  }
  // "went with godrej", "finalised a dlf apartment", "bought from prestige": a home bought from a
  // named developer (said where a home is bought, not "a godrej fridge"; a visit to one is no
  // purchase). Ours or a rival's? The engine does not know whose homes it sells: unless something
  // else in the text says it ("… instead", "so we lost him"), both readings stand and the answer asks.
  const developerNamed = DEVELOPER_NAMES.anyIn(lower);
  const developer = developerNamed
    ? [...text.matchAll(BOUGHT_FROM_DEVELOPER)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
      }))
    : [];
  if (/\b(?:bought|purchased|taken|took)\b/.test(lower))
    for (const match of text.matchAll(BOUGHT_A_HOME_SOMEWHERE)) {
      const end = match.index + match[0].length;
      // A fact said of it already says whose it was ("already bought a flat", "… in another project").
      const told = found.some((phrase) => phrase.fact && phrase.start < end && match.index < phrase.end);
      if (!told && !WITH_US.test(text.slice(match.index)))
        found.push(
          phraseAt(text, 'LOST', match.index, match.index + match[0].length, true),
          phraseAt(text, 'WON', match.index, match.index + match[0].length, true),
        );
    }
  // "… and they booked there": "there" is somewhere said before — ours or a rival's? Unless a developer
  // was named right before it (below), both readings stand and it is asked.
  if (lower.includes('there'))
    for (const match of text.matchAll(BOOKED_THERE))
      found.push(
        phraseAt(text, 'LOST', match.index, match.index + match[0].length, true),
        phraseAt(text, 'WON', match.index, match.index + match[0].length, true),
      );
  for (const match of statusWordsIn(text)) {
    const status = STATUS_BY_KEY.get(keyOf(match[0]));
    const end = match.index + match[0].length;
    // "he is from pune working in an it company": a job, not the deal being worked.
    if (/^working$/i.test(match[0]) && /^\s+(?:in|at|for|with|as|from)\b/i.test(text.slice(end))) continue;
    // "lost her phone", "won a lottery", "pulled out his cheque book": the verb with a thing of its own
    // is no status; nor is a visit called off ("cancelled his visit for tomorrow").
    // ("cancelled her gym membership", "dropped his car plan": a thing of the lead's own called off — but
    // "dropped the plan", "cancelled his booking" are the deal.)
    if (
      OTHER_OBJECT.test(text.slice(end)) &&
      (/^(?:lost|won|pulled\s+out)$/i.test(match[0]) ||
        (/^(?:dropped|cancell?ed)$/i.test(match[0]) && !DEAL_CALLED_OFF.test(text.slice(end))))
    )
      continue;
    // "got lost on the way": the way lost, not the lead.
    if (/^lost$/i.test(match[0]) && /\b(?:got|get|gets|getting)\s+$/i.test(text.slice(0, match.index)))
      continue;
    // "we lost power at the office", "lost money in shares": a thing lost with no article before it;
    // "is lost without his glasses", "lost in thought": lost as in at a loss.
    if (/^lost$/i.test(match[0]) && (THING_LOST.test(text.slice(end)) || AT_A_LOSS.test(text.slice(end))))
      continue;
    // "will never buy from lodha", "is not buying with that broker": a refusal of someone else, not of us.
    if (REFUSAL.test(match[0]) && FROM_ANOTHER.test(text.slice(end))) continue;
    if (
      /^(?:cancell?ed|called\s+off)$/i.test(match[0]) &&
      (VISIT_AFTER_CANCELLED.test(text.slice(end)) || VISIT_BEFORE_CANCELLED.test(text.slice(0, match.index)))
    )
      continue;
    if (
      OBJECT_NOT_SOLD.some(([verb, other]) => verb.test(match[0]) && other.test(text.slice(end))) &&
      !weClosedTheLead(text, match.index, end, match[0])
    )
      continue;
    if (ownWorkDeal(text, match.index)) continue;
    // "got a great deal on a car and closed it": "it" is the deal on the thing said before.
    if (
      /^(?:closed|finali[sz]ed|signed|booked|cracked)$/i.test(match[0]) &&
      /^\s+(?:it|that|the\s+deal)\b/i.test(text.slice(end)) &&
      THING_DEAL_BEFORE.test(text.slice(0, match.index))
    )
      continue;
    if (/^signed$/i.test(match[0]) && NO_SALE_PAPER.test(text.slice(end))) continue;
    if ((status === 'IN_PROGRESS' || status === 'LOST') && toldOfThePast(text, match.index, end)) continue;
    // "after a long negotiation she signed": talks that led to what happened are over.
    if (status === 'IN_PROGRESS' && AFTER_EVENT_BEFORE.test(text.slice(0, match.index))) continue;
    if (status === 'WON' && boughtLongAgo(text, match.index, end)) continue;
    // "was won over by the garden view": persuaded, not a sale.
    if (/^won$/i.test(match[0]) && /^\s+over\b/i.test(text.slice(end))) continue;
    // "the site office is closed on monday", "the bank was closed", "we closed the site office early": a
    // place shut, not a deal closed.
    if (
      /^closed$/i.test(match[0]) &&
      (PLACE_SHUT_BEFORE.test(text.slice(0, match.index)) || PLACE_SHUT_AFTER.test(text.slice(end)))
    )
      continue;
    // "the lift was not working": a thing that works or not says nothing of the deal.
    if (/^working$/i.test(match[0]) && THING_WORKING_BEFORE.test(text.slice(0, match.index))) continue;
    // "dropped it off at the office", "dropped her at the station": a thing or a person set down.
    if (/^dropped$/i.test(match[0]) && SET_DOWN_AFTER.test(text.slice(end))) continue;
    // "his loan application was rejected by one bank", "got his cheque declined": a thing of the
    // lead's refused, by a bank or anyone — not the lead saying no.
    if (
      /^(?:rejected|declined|cancell?ed)$/i.test(match[0]) &&
      (THING_REFUSED_BEFORE.test(text.slice(0, match.index)) || BY_A_BANK_AFTER.test(text.slice(end)))
    )
      continue;
    // "his home loan is under process", "the documents are in process": a thing of the lead's being
    // processed, not the deal in progress.
    if (
      /^(?:under[\s_-]*process(?:ing)?|in[\s_-]*process|processing)$/i.test(match[0]) &&
      THING_REFUSED_BEFORE.test(text.slice(0, match.index))
    )
      continue;
    // "call him about the new tower", "a fresh launch": "new" said of a thing is no status; said as a
    // state ("mark him as new", "ravi is new") or last, it is.
    if (
      /^(?:new|fresh)$/i.test(match[0]) &&
      NEW_THING_AFTER.test(text.slice(end)) &&
      !/\b(?:as|to|is|are|was|status|into|be|mark|marked|set|reset)\s+$/i.test(text.slice(0, match.index))
    )
      continue;
    // "ruby won first prize", "qasim lost track of the papers": right after its subject, "won"/"lost"
    // with a thing of its own (no article needed) is no status. Said first ("won deepak rao"), by us
    // ("we lost meena to …") or as a state ("as won", "is lost"), the words after it are the lead.
    if (
      /^(?:lost|won)$/i.test(match[0]) &&
      WON_OR_LOST_OBJECT.test(text.slice(end)) &&
      /\p{L}/u.test(text.slice(0, match.index)) &&
      !/\b(?:we|i)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(0, match.index)) &&
      // "akhil won bhavesh lost …": a list said without commas, not a thing won.
      !LIST_AFTER.test(text.slice(end)) &&
      // "mark jatin as won kamala as lost", "ravi is lost sunil is …": the status said as a state.
      !/\b(?:as|to|is|are|was|were|been|be|status|into|mark|marked|set|either|neither|maybe|probably|definitely|surely|also|still|now)\s+$/i.test(
        text.slice(0, match.index),
      )
    )
      continue;
    const inside = [...found, ...developer].some(
      (phrase) => phrase.start <= match.index && end <= phrase.end,
    );
    if (status && !inside) {
      found.push(phraseAt(text, status, match.index, end, false));
      if (status === 'WON' && otherPartyAfter(match[0], text.slice(end)))
        found.push(phraseAt(text, 'LOST', match.index, end, true));
    }
  }
  // "liked the sobha project better and booked there": the purchase was where the developer sells.
  const there = developerNamed ? BOUGHT_THERE.exec(text) : null;
  if (there) {
    const end = there.index + there[0].length;
    return [
      ...found.filter((phrase) => phrase.end <= there.index || phrase.start >= end),
      phraseAt(text, 'LOST', there.index, end, true),
    ].sort((a, b) => a.start - b.start);
  }
  // ("did not buy from us, he went with lodha": after a refusal of us, the developer is a rival, and the
  // loss is told from the refusal on, so that it reads the same when read again alone.)
  if (found.every((phrase) => phrase.negated))
    for (const { start, end } of developer) {
      const refusal = found.find((phrase) => phrase.end <= start && refusedUs(text, phrase) !== phrase);
      if (refusal) found.push(phraseAt(text, 'LOST', refusal.start, end, true));
      else found.push(phraseAt(text, 'LOST', start, end, true), phraseAt(text, 'WON', start, end, true));
    }
  // "arjun is still comparing prices", "is comparing us with godrej": still choosing, so still in play —
  // a weak sign, read only when nothing else in the text says the status ("comparing with godrej,
  // still in discussion"). What is compared goes with it, never into the note.
  for (const [sign, words] of WEAK_SIGNS) {
    if (found.length > 0) break;
    if (words.test(lower))
      for (const match of text.matchAll(sign))
        found.push(phraseAt(text, 'IN_PROGRESS', match.index, match.index + match[0].length, true));
  }
  // ("did not book with us": a refusal of us said alone is the status; told before what did happen —
  // "did not buy from us, she went to a competitor" — it is the story, and what happened the status.)
  const refusals = found.map((phrase) =>
    found.some((later) => !later.negated && later.start >= phrase.end) ? phrase : refusedUs(text, phrase),
  );
  // (Two phrases from one place: the longer reads more of what was said.)
  return withoutInnerFacts(refusals).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "… from us", "… with us": right after a purchase, the seller is us. */
const FROM_US_AFTER = /^\s+(?:from|with|through)\s+us\b/i;
const PURCHASED = /\b(?:buy|bought|book|booked|purchase|purchased|take|took)\b/i;

/** "did not buy from us", "didn't book with us": a purchase from us said negated is the lead lost. */
function refusedUs(text: string, phrase: StatusPhrase): StatusPhrase {
  const us = phrase.status === 'WON' && phrase.negated ? FROM_US_AFTER.exec(text.slice(phrase.end)) : null;
  // (The words "from us" go with the phrase, so that it reads the same when read again alone.)
  return us && PURCHASED.test(text.slice(phrase.start, phrase.end))
    ? { ...phrase, status: 'LOST', negated: false, end: phrase.end + us[0].length }
    : phrase;
}

/**
 * "first said yes …", "initially agreed …", "at first she said she is …": a state told as the first of
 * two, which a later one replaces.
 */
export const FIRST_THOUGHT_BEFORE =
  /\b(?:first|initially|at\s+first|originally|earlier)\s+(?:(?!(?:and|but|so|then|later)\b)\p{L}+\s+){0,4}$/iu;

/**
 * "don't call me again" holds "call me again": a fact of one status said inside a longer fact of
 * another is part of it, not a second reading.
 */
function withoutInnerFacts(found: StatusPhrase[]): StatusPhrase[] {
  return found.filter(
    (inner) =>
      !found.some(
        (outer) =>
          outer.fact &&
          inner.fact &&
          outer.status !== inner.status &&
          outer.start <= inner.start &&
          inner.end <= outer.end &&
          outer.end - outer.start > inner.end - inner.start,
      ),
  );
}

/** Finds the first status phrase in a longer text: where it is and what it means. */
export function findStatusPhrase(text: string): StatusPhrase | null {
  return findStatusPhrases(text)[0] ?? null;
}

/**
 * The status a word or phrase names, or null: when it names none ("on hold", "pending", "hot" are no
 * status of this CRM), a negated one ("not won"), or two that disagree ("won or lost", "won, he
 * bought elsewhere") — the caller asks rather than guesses.
 */
const CONDITIONAL = /\b(?:once|if|unless|as\s+soon\s+as|provided|when\s+(?:he|she|they|the))\b/i;

export function statusFromWords(words: string): LeadStatus | null {
  const text = words.trim().replace(/[.!]+$/, '');
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (CANONICAL.has(upper)) return upper as LeadStatus;
  // "do not lost": a status said with the request negated ("don't mark her as lost").
  // ("don't call me again" is the lead's own words, asking not to be contacted.)
  if (
    /^(?:do\s+not|don'?t|never)\b(?!\s+(?:call|contact|disturb|message|bother|ring)\s+(?:me|us)\b)/i.test(
      text,
    )
  )
    return null;
  const phrases = findStatusPhrases(text);
  const statuses = new Set(phrases.map((phrase) => phrase.status));
  const [first] = phrases;
  if (!first || statuses.size > 1 || phrases.some((phrase) => phrase.negated)) return null;
  // ("not now, maybe next year" is a follow-up told as such: its "maybe" is of the later time.)
  if (/\b(?:or|either|maybe|not\s+sure)\b/i.test(text) && !(first.fact && first.status === 'FOLLOW_UP'))
    return null;
  // "won once she pays": a status on a condition is not yet true (a follow-up may wait for one).
  if (first.status !== 'FOLLOW_UP' && CONDITIONAL.test(text)) return null;
  return first.status;
}
