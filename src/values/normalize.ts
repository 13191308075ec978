import { isCutOffOf } from './name-words';
import { isCommonEnglishWord, knownCity, NOT_NAME_WORDS } from './lexicon';
import { resolveRepairs } from './repairs';
import { withTyposMended } from './typos';

/**
 * Speech-to-text output is not typed text: digits come as words ("nine eight … double nine"), times as
 * phrases ("half past four"), and fillers ("uh", "um") sit between the words that matter. This module
 * rewrites such text into the written form that the extractors and chrono-node read well. It keeps the
 * case of every word it does not rewrite, so notes and names survive as said.
 */

const DIGIT_VALUES: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

const TEEN_VALUES: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS_VALUES: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ORDINAL_VALUES: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const FILLERS = [
  /\b(?:u+h+m*|u+m+|e+r+m*|hm+|a+h+|mhm)\b[,.]?/gi,
  // "i mean", "actually", "wait" are repair markers: resolveRepairs decides what they do.
  /\b(?:you know|basically|please|pls|plz|kindly)\b,?/gi,
  // "kindly do the needful and mark …": Indian English for "please do it", no request of its own.
  /\bdo\s+the\s+needful\b(?:\s+and\b)?,?/gi,
  // "… so yeah follow up with her": "yeah" only carrying the story on, after the word that joins it.
  /(?<=\b(?:so|and|but)\s+)(?:yeah|yup|ya)\b,?/gi,
  // "… so, like, put him in progress": "like" standing alone between commas carries nothing.
  /(?<=(?:^|[,;.!?])\s*)like\s*,/gi,
];

/**
 * Hinglish as salespeople mix it into English: time words, and the grammar words around a request —
 * "lead banao naam kiran joshi pune se" is "create lead name kiran joshi from pune". Postpositions
 * come after their noun in Hindi ("pune se", "priya ke saath", "anil ko"); they are moved before it.
 */
/** Hindi weekday names as they are transcribed ("somvar", "somwar", "mangalvaar"…). */
const HINDI_WEEKDAYS: readonly [string, string][] = [
  ['som(?:v|w)aa?r', 'monday'],
  ['mangal(?:v|w)aa?r', 'tuesday'],
  ['budh(?:v|w)aa?r', 'wednesday'],
  ['(?:guru|brihaspati|brihaspat|veer|vir)(?:v|w)aa?r', 'thursday'],
  ['shukra?(?:v|w)aa?r', 'friday'],
  ['shani(?:v|w)aa?r|shanichar', 'saturday'],
  ['(?:ravi|it|et|aith)(?:v|w)aa?r', 'sunday'],
];
const HINDI_WEEKDAY = HINDI_WEEKDAYS.map(([day]) => day).join('|');

/** "do hafte baad": after two weeks — a while said in Hindi, in English. */
function hindiWhile(words: string): string {
  return words.replace(
    /\b(?:(ek|do|teen|char|chaar|paanch|\d+)\s+)?(mahine|mahina|hafte|hafta|din|dino)\s+(?:ke\s+)?baad\b/giu,
    (_match: string, count: string | undefined, unit: string) =>
      `after ${HINDI_COUNT[(count ?? 'ek').toLowerCase()] ?? count} ${/^(?:mahine|mahina)$/i.test(unit) ? 'months' : /^(?:hafte|hafta)$/i.test(unit) ? 'weeks' : 'days'}`,
  );
}

/** Counts said in Hindi before "mahine", "hafte", "din". */
/** Relations said in Hindi, as the rules engine knows them in English. */
const HINDI_RELATION: Record<string, string> = {
  bhai: 'brother',
  bhaiya: 'brother',
  behen: 'sister',
  bahen: 'sister',
  behan: 'sister',
  didi: 'sister',
  beta: 'son',
  beti: 'daughter',
  pati: 'husband',
  patni: 'wife',
  biwi: 'wife',
  papa: 'father',
  pitaji: 'father',
  mummy: 'mother',
  dost: 'friend',
  saheli: 'friend',
  chacha: 'uncle',
  mama: 'uncle',
  chachi: 'aunt',
  mami: 'aunt',
  padosi: 'neighbour',
  bhatija: 'nephew',
  bhanja: 'nephew',
  bhatiji: 'niece',
  bhanji: 'niece',
  // The forms a relation takes before "ne" or "ko" ("ke bete ne"), and the rest of the household.
  bete: 'son',
  maa: 'mother',
  mataji: 'mother',
  bhabhi: 'sister-in-law',
  jija: 'brother-in-law',
  jijaji: 'brother-in-law',
  saala: 'brother-in-law',
  sasur: 'father-in-law',
  saas: 'mother-in-law',
  damaad: 'son-in-law',
  bahu: 'daughter-in-law',
  dada: 'grandfather',
  nana: 'grandfather',
  dadi: 'grandmother',
  nani: 'grandmother',
};

const HINDI_COUNT: Record<string, string> = {
  ek: '1',
  do: '2',
  teen: '3',
  char: '4',
  chaar: '4',
  paanch: '5',
};

/** Each rule: what it finds, what it writes, and (for the costlier ones) a word the text must hold. */
const HINGLISH: readonly [RegExp, string | ((...groups: string[]) => string), string?][] = [
  [
    /\b(\p{L}+)\s+(?:koi\s+)?(?:interested|intrested|interest)\s+(?:nahi|nahin|nai)\s*(?:hai|hain|he)?\b/giu,
    '$1 not interested',
  ],
  [
    /\b(?:koi\s+)?(?:interested|intrested|interest)\s+(?:nahi|nahin|nai)\s*(?:hai|hain|he)?\b/giu,
    'not interested',
  ],
  // "ravi se baat hui", "ravi sharma se baat ho gayi": spoke to ravi; "woh": he or she.
  [
    /\b((?:\p{L}+\s+)?\p{L}+)\s+se\s+(?:baat|baatcheet)\s+(?:hui|huyi|hua|kari|ki|kiya|ho\s+(?:gayi|gaya|gai|gya))\b/giu,
    'spoke to $1',
    'baat',
  ],
  [/\b(?:woh|voh|vo|wo)\b/giu, 'he'],
  // "kyunki": because.
  [/\b(?:kyunki|kyonki|kyuki|kyoki|kyunke)\b/giu, 'because'],
  // "isliye": so.
  [/\b(?:isliye|isiliye|islie)\b/giu, 'so'],
  // "agle hafte": next week; "agle mahine": next month; "agle tuesday": next tuesday.
  [/\bagle\s+(?:hafte|haftey|week)\b/giu, 'next week'],
  [/\bagle\s+(?:mahine|mahina|month)\b/giu, 'next month'],
  [/\bagle\s+(?:saal|sal|year)\b/giu, 'next year'],
  [/\b(?:agle|agla|agli)\b/giu, 'next'],
  // "usko", "unko": him or her; "ne bola ki": said that; "ab": now.
  [/\b(?:usko|usse|unko|unhe|unse)\b/giu, 'him'],
  // "iska lead bana do": his (lead).
  [/\b(?:iska|uska|inka|unka|iski|uski|inki|unki|iske|uske|inke|unke)\b/giu, 'his'],
  // "unhone token de diya", "usne kahin aur le liya": he or she did it.
  [/\b(?:unhone|usne|inhone|isne)\b/giu, 'he'],
  [/\b(?:bola|boli|bole|bataya|kaha)\s+(?:ki|ke|hai\s+ki)\b/giu, 'said'],
  // "bol rahi thi", "keh rahi hai": was saying, is saying.
  [/\b(?:bol|keh|kah)\s+(?:raha|rahi|rahe)\s+(?:tha|thi|the|hai|hain|he)(?:\s+(?:ki|ke))?\b/giu, 'said'],
  [/\bab\b/giu, 'now'],
  // "abhi nahi lena chahta": not right now; "shayad": maybe.
  [/\babhi\s+(?=(?:nahi|nahin|nai)\b)/giu, 'right now '],
  [/\b(?:shayad|shaayad|shyad)\b/giu, 'maybe'],
  // "abhi soch raha hai": is still thinking; "karna padega": has to be done (the verb before says what).
  [/\b(?:abhi\s+)?soch\s+(?:raha|rahi|rahe)\s+(?:hai|hain|he)\b/giu, 'is still thinking'],
  [/\b(?:karna|karni|karne)\s+(?:padega|padegi|padenge|hoga|hogi)\b/giu, ' '],
  // "follow up hai": a status said with "hai" is that status.
  [/\b(in\s+progress|follow\s+up|won|lost|new)\s+(?:hai|hain|he)\b/giu, '$1'],
  // "interested hai": is interested.
  // ("… interested nahi hai unhone …": the "he" that "unhone" became is no "hai"; "he" ends a clause.)
  [
    /\b(interested|intrested|keen|ready)\s+(?:hai|hain|he(?=\s*(?:[,.;!?]|$|(?:aur|lekin|but|and|par)\b)))\b/giu,
    'is $1',
  ],
  // "nahi lena chahti": does not want to buy.
  [
    /\b(?:nahi|nahin|nai)\s+(?:lena|lene|lenge|lega|legi|loonga|lungi|kharidna|khareedna|kharidenge)(?:\s+(?:chahta|chahti|chahte|hai|hain))?\b/giu,
    'not buying',
  ],
  // "token amount de diya", "booking ka paisa de diya", "advance payment kar diya": paid.
  [
    /\b(booking|token|advance)(?:\s+(?:ka|ki|ke))?(?:\s+(?:amount|money|paisa|paise|payment))?(?:\s+(?:bhi|bhee))?\s+(?:de\s*(?:diya|di|dia|diye)?|dediya|(?:kar|kr|bhej|transfer\s+kar)\s+(?:diya|di|dia|diye))\b/giu,
    'paid the $1 amount',
  ],
  // "poore paise de diye", "pura payment kar diya": paid the full amount.
  [
    /\b(?:poore|pure|poora|pura|puri|poori)\s+(?:paise|paisa|amount|payment|rakam)\s+(?:de\s*(?:diya|di|dia|diye)|dediya|(?:kar|kr|bhej|transfer\s+kar)\s+(?:diya|di|dia|diye))\b/giu,
    'paid the full amount',
  ],
  // "plan chhod diya", "project chod di": dropped it.
  [
    /\b(?:(plan|project|idea|deal|flat|property|booking|ghar|makaan)\s+)?(?:chhod|chod|chhor|chor)\s+(?:diya|di|dia|diye|dena)\b/giu,
    (_match: string, thing?: string) =>
      thing ? `dropped the ${/^(?:ghar|makaan)$/i.test(thing) ? 'home' : thing}` : 'dropped',
  ],
  // "cheque de diya booking ke liye": gave the booking cheque.
  [
    /\b(?:(?:booking|token)\s+(?:ke\s+liye|ka)\s+)?cheque\s+(?:bhi\s+)?(?:de\s*(?:diya|di|dia|diye)|dediya)(?:\s+(?:booking|token)\s+ke\s+liye)?\b/giu,
    'gave the booking cheque',
  ],
  // "flat book kar liya": booked; "kal call karna hai", "phone kar dena": a call to make.
  [/\bbook\s+(?:kar|kr)\s+(?:liya|li|lia|liye|diya|di|dia|diye)(?:\s+(?:hai|he|h))?\b/giu, 'booked'],
  // "flat final kar diya": finalised.
  [/\bfinal\s+(?:kar|kr)\s+(?:liya|li|lia|liye|diya|di|dia|diye)\b/giu, 'finalised'],
  // "phir se", "dobara": again.
  [/\b(?:phir|fir)\s+se\b|\b(?:dobara|dubara|dobaara)\b/giu, 'again'],
  [
    /\b((?:\p{L}+\s+)?\p{L}+)\s+ko\s+((?:\p{L}+\s+){0,3}?)(?:call|phone|fone)\s+(?:karna(?:\s+hai)?|karo|kar\s+(?:do|dena|lena)|karenge|karunga|karungi)\b/giu,
    // ("hari ko do hafte baad call karna": a while said in Hindi goes with the call, in English.)
    (_match: string, name: string, when: string) => `call ${name} ${hindiWhile(when)}`,
  ],
  // "soch ke batayegi", "soch kar bataunga", "sochega": will think it over.
  [
    /\bsoch\s+(?:ke|kar|kr)\s+bata(?:yega|yegi|yenge|ega|egi|enge|unga|ungi|aunga|aungi)\b|\bsoch(?:ega|egi|enge)\b/giu,
    'will think it over and get back',
  ],
  // "flat dikhana hai", "site dikha do": the home to be shown, a visit to book.
  [
    /\b(site|flat|ghar|property|plot|villa|sample\s+flat)\s+dikha(?:na|ni|o|do|\s+do|\s+dena|denge|enge|unga|ungi|yenge)(?:\s+(?:hai|he|h))?\b/giu,
    'book a visit to see the $1',
  ],
  // "visit pe bulao", "visit ke liye bulaya hai": invited for a visit, booked.
  [/\b(?:pe|par|ke\s+liye|ko)\s+(?=bula)/giu, ' '],
  [/\bbula(?:o|iye|ya|yi|ye|\s+lo|\s+lijiye|\s+liya|na\s+hai)\b(?:\s+(?:hai|he|h))?/giu, 'book'],
  // "meena se baat chal rahi hai": talks are going on with meena.
  [
    /\b((?:\p{L}+\s+)?\p{L}+)\s+(?:se|ke\s+(?:saath|sath))\s+(?:(?:\p{L}+\s+){1,2}?(?:pe|par|ke\s+baare\s+mein)\s+)?(?:baat|baatcheet|negotiation)\s+(?:chal|ho)\s+(?:rahi|raha)(?:\s+(?:hai|he|h))?/giu,
    'talks are going on with $1',
    ' rah',
  ],
  // "ravi ka visit tha aaj", "meeting ho gayi": the visit happened.
  [/\b(visit|meeting)\s+(?:tha|thi|hua|hui|ho\s+(?:gaya|gayi|gya|gai))\b/giu, '$1 was done'],
  // "diwali ke baad dekhenge", "sochenge": will see, will think (when, said before, stays).
  [/\b(\p{L}+)\s+ke\s+(?:baad|bad)\b/giu, 'after $1'],
  [/\b(?:dekhenge|dekhege|dekhte\s+hain)\b/giu, 'will see'],
  [/\b(?:sochenge|sochege|soch\s+ke\s+batayenge|soch\s+kar\s+batayenge)\b/giu, 'will think'],
  // "kal nahi aa payega", "aa nahi sakti": cannot come; the day said before it goes after, as in English
  // ("cannot come tomorrow"), so that it is read as the day given up.
  [
    /\b(?:((?:aaj|kal|parso|today|tomorrow|day\s+after\s+tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:ko|subah|shaam|morning|evening))?)\s+)?(?:(?:nahi|nahin|nai)\s+(?:aa|a)|(?:aa|a)\s+(?:nahi|nahin|nai))\s+(?:pa{1,2}ye(?:ga|gi|nge|ngi)|sak(?:ta|ti|te|ega|egi|enge|engi))\b/giu,
    (_match: string, day: string | undefined) => (day ? `cannot come ${day}` : 'cannot come'),
  ],
  // "unko project pasand nahi aaya": did not like the project.
  [
    /\b(?:(?:unko|usko|inko|isko|unhe|unhein|inhe|use|him|her|them)\s+)?((?:(?!(?:ko|ka|ki|ke|ne|se|bhi)\b)\p{L}+\s+){0,2}?)pasand\s+(?:nahi|nahin|nai)\s+(?:aaya|aayi|aaye|aya|ayi|aye|aa\s+raha|aa\s+rahi|hai|he|hua|hui)\b/giu,
    (_match: string, thing: string) =>
      thing.trim() ? `did not like the ${thing.trim()}` : 'did not like it',
    'pasand',
  ],
  // "unko flat pasand aaya", "project pasand hai": liked; "lekin", "magar": but.
  [/\bpasand\s+(?:aaya|aayi|aaye|aya|ayi|aye|aa\s+gaya|aa\s+gayi|hai|he)\b/giu, 'liked it'],
  // "mujhe lagta hai …", "ravi ko lagta hai …": i think (a doubt, said before what is doubted).
  [/\b(?:mujhe\s+)?lag(?:ta|ti)\s+(?:hai|he|h)(?:\s+ki)?\b/giu, 'i think'],
  // "saaf mana kar diya", "seedha bol diya": said plainly — the adverb says nothing more.
  [/\b(?:saaf(?:\s+saaf)?|seedha|sidha)\s+(?=(?:mana|manaa|inkaar|inkar|bol|bola|boli|keh|kaha)\b)/giu, ''],
  [/\b(?:lekin|magar)\b/giu, 'but'],
  // "family se baat karke batayega", "bata denge": will talk it over and let us know.
  [/\bbaat\s+(?:karke|kar\s+ke|karkar|kar\s+kar)\b/giu, 'will talk it over and'],
  [
    /\b(?:bata(?:yega|yegi|yenge|yengi|ega|egi|enge|unga|ungi|aunga|aungi)|bata\s+(?:dega|degi|denge|dunga|dungi))\b/giu,
    'let us know',
  ],
  // "march mein decide karegi", "next week mein confirm karenge": will decide then.
  [
    /\b((?:next\s+(?:week|month|year))|\p{L}+)\s+(?:mein|me|main)\s+(revert|confirm|decide|call\s+back|get\s+back)\s+(?:karega|karegi|karenge|karunga|karungi|karoge)\b/giu,
    'will $2 in $1',
    ' m',
  ],
  // "aayega", "aayegi", "aayenge": will come; so do "aa jayega", "aa jaenge".
  [/\b(?:aa|a)\s+(?:jayega|jayegi|jayenge|jaega|jaegi|jaenge|jaoge)\b/giu, 'will come'],
  [/\b(?:a{1,2}y?e(?:g[ai]|ng[ei]))\b/giu, 'will come'],
  // "aa rahe hai", "aane wali hai": is coming.
  [
    /\b(?:aa|a)\s+(?:raha|rahi|rahe)(?:\s+(?:hai|hain|he|h))?\b|\baane\s+(?:wala|wali|wale)(?:\s+(?:hai|hain|he|h))?\b/giu,
    'will come',
  ],
  // "booking ho gaya", "deal pakki ho gayi", "registration ho gaya": the sale is done.
  [
    /\b(booking|deal|sale|registration)\s+(?:(?:pakki|pakka|done|complete|final)\s+)?(?:ho\s+(?:gaya|gayi|gya|gai|gaye)|hua|hui)(?:\s+(?:hai|he|h))?\b/giu,
    '$1 done',
  ],
  // "confirm ho gaya": confirmed.
  [/\bconfirm\s+(?:ho\s+(?:gaya|gayi|gya|gai|gaye)|kar\s+(?:diya|di|dia|liya|li))\b/giu, 'confirmed'],
  // "heena ko parso 6 baje ka time diya hai": an hour given to the lead is a visit booked (said first,
  // as a request opens in English).
  [
    /(^|[,.;]\s*)([^,.;]+?)\s+(?:ka|ki)\s+time\s+(?:diya|de\s+diya|di|fix\s+(?:kiya|kar\s+diya))(?:\s+(?:hai|he))?(?=\s*(?:[,.;]|$))/giu,
    '$1book a visit for $2',
  ],
  // "ab flat nahi chahiye", "ghar nahi lenge": the lead does not want it (any more).
  [
    /\b(?:ab\s+)?(?:flat|ghar|property|plot|makaan)\s+(?:nahi|nahin|nai)\s+(?:chahiye|lena|lenge|lega|legi)\b/giu,
    'is not buying',
  ],
  // "baad mein call karna": later.
  [/\b(?:baad|bad)\s+(?:mein|me|main)\b/giu, 'later'],
  // "do mahine baad call karna": call after two months.
  [
    /\b((?:(?:ek|do|teen|char|chaar|paanch|\d+)\s+)?(?:mahine|mahina|hafte|hafta|din|dino)\s+(?:ke\s+)?baad)\s+(?:call|phone|baat)\s+(?:karna|karo|kar\s+lena|kar\s+dena|karenge|kar\s+lenge)(?:\s+hai)?\b/giu,
    (_match: string, when: string) => `call ${hindiWhile(when)}`,
  ],
  // "agle hafte phone karna": a call to make (of the lead the note is about), when said before it.
  [
    /\b(?:((?:next\s+(?:week|month|year)|after\s+\p{L}+|later|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+)?(?:call|phone|fone)\s+(?:karna(?:\s+hai)?|karo|kar\s+(?:do|dena|lena)|karenge|karunga|karungi)\b/giu,
    (_match: string, when: string | undefined) => (when ? `call him ${when}` : 'call him'),
  ],
  // "agle hafte baat karenge": we will talk (next week).
  [/\bbaat\s+(?=(?:karega|karegi|karenge|karunga|karungi|karoge)\b)/giu, 'talk '],
  // "april tak decide karegi", "next month tak revert karega": will decide by then.
  [
    /\b((?:next\s+(?:week|month|year))|\p{L}+)\s+(?:tak|tk)\s+(revert|confirm|decide|call\s+back|get\s+back)\s+(?:karega|karegi|karenge|karunga|karungi|karoge)\b/giu,
    'will $2 by $1',
    'tak',
  ],
  // "revert karega", "call back karegi", "confirm karenge": what the lead will do.
  [
    /\b(revert|confirm|decide|call\s+back|get\s+back|visit|come|talk)(?:\s+back)?\s+(?:karega|karegi|karenge|karunga|karungi|karoge)\b/giu,
    'will $1',
  ],
  // "deal cancel ho gaya", "booking cancel kar diya": called off.
  [/\bcancel\s+(?:ho\s+(?:gaya|gayi|gya|gai)|kar\s+(?:diya|di|dia|diye)|kiya|kar\s+do)\b/giu, 'cancelled'],
  // "rekha ne kahin aur flat le liya": the object comes before the verb; "ne" marks who did it.
  [
    /\b(?:(?:kahin|kahi|kaheen)\s+aur|(?:dusri|doosri)\s+jagah(?:\s+(?:se|pe|par))?)\s+((?:\p{L}+\s+){0,2}?)(?:le|kharid|khareed)\s+(?:liya|lia|li|liye|lena)\b/giu,
    'bought $1elsewhere',
  ],
  [/\b(?:kahin|kahi|kaheen)\s+aur\b|\b(?:dusri|doosri)\s+jagah\b/giu, 'elsewhere'],
  // ("kisi aur builder", "koi aur project": some other one.)
  [
    /\b(?:(?:kisi|koi)\s+(?:aur|dusre|doosre|dusri|doosri)|dusre|doosre|dusra|doosra|dusri|doosri)\s+(builder|developer|project|agent|broker|society|company|township|building|tower)\b/giu,
    'another $1',
  ],
  // "dusre builder se flat le liya": bought the flat from the other builder.
  [
    /\b((?:another\s+)?\p{L}+)\s+se\s+((?:\p{L}+\s+){0,2}?)(?:le|kharid|khareed)\s+(?:liya|lia|li|liye)\b/giu,
    'bought $2from $1',
  ],
  // "dusre builder se flat le raha hai": is buying the flat from the other builder.
  [
    /\b((?:another\s+)?\p{L}+)\s+se\s+((?:\p{L}+\s+){0,2}?)(?:le|kharid|khareed)\s+(?:raha|rahi|rahe)\s+(?:hai|hain|he|tha|thi|the)\b/giu,
    'is buying $2from $1',
  ],
  // "ghar le liya": bought a home (said after who bought it, as Hindi puts the object first).
  [
    /\b(ghar|makaan|makan|flat|plot|villa|house|home|unit|apartment)\s+(?:le|kharid|khareed)\s+(?:liya|lia|li|liye)\b/giu,
    (_match: string, thing: string) => `bought a ${/^(?:ghar|makaan|makan)$/i.test(thing) ? 'home' : thing}`,
  ],
  [/\b(?:le|kharid|khareed)\s+(?:liya|lia|li|liye)\b/giu, 'bought'],
  [/\bbooking\s+(?:kar|kara)\s+(?:li|liya|lee|lia|di|diya|dali)(?:\s+(?:hai|he|h))?\b/giu, 'booked'],
  [/\b(?:mana|manaa|inkaar|inkar)\s+(?:kar|kr)\s+(?:diya|di|dia|diye|de\s+diya)\b/giu, 'declined'],
  // "ravi ke bhai ne …", "meena ki behen": a relation of the lead's, said in Hindi. ("shiva ka dost hai
  // gaurav": "is" before the one named is dropped, as English says "shiva's friend gaurav".)
  [
    new RegExp(
      String.raw`\b(\p{L}+)\s+(?:ka|ki|ke)\s+(${Object.keys(HINDI_RELATION).join('|')})\b(?:\s+(?:hai|hain|he)(?=\s+\p{L}))?`,
      'giu',
    ),
    (_match: string, name: string, relation: string) => `${name}'s ${HINDI_RELATION[relation.toLowerCase()]}`,
  ],
  [/\b(\p{L}+)\s+ne\b/giu, '$1'],
  [/\b(\p{L}+)\s+se\b/giu, 'from $1'],
  // "apne liye", "khud ke liye": for themselves (never a name).
  [/\b(?:apne|apni|apna|khud)\s+(?:ke\s+)?liye\b/giu, 'for themselves'],
  // "apne husband ke saath": with their husband (never a name: "apne" is "one's own").
  [/\b(?:apne|apni|apna)\s+(\p{L}+)\s+ke\s+(?:saath|sath)\b/giu, 'with their $1'],
  // ("himesh reshammiya ke saath": a name of two words, unless the first is a word of the sentence.)
  [
    /\b((?:(?!(?:aaj|kal|parso|woh|wo|ye|yeh|main|mein|hum|ham|unke|uske|apne|apni|apna|aur|phir|fir|abhi|toh|to|baje|subah|shaam|sham|dopahar|raat|ko|ka|ki|ke|se|ne|hai|tha|thi|visit|site|meeting|today|tomorrow|clock|o'clock)\b)\p{L}+\s+)?\p{L}+)\s+ke\s+(?:saath|sath)\b/giu,
    'with $1',
  ],
  // "baat hui": talked.
  [/\bbaat\s+(?:hui|huyi|ho\s+gayi|ki)\b/giu, 'talked'],
  // "site pe aa rahe hai", "loan par": on (the postposition moved before its noun).
  [/\b(\p{L}+)\s+(?:pe|par)\b/giu, 'on $1', ' p'],
  // "mohali mein": in that place (a city's name moved after its postposition, as "se" is).
  [
    /\b((?:\p{L}+\s+)?\p{L}+)\s+mein\b/giu,
    (match: string, words: string) => cityBefore(match, words, 'in'),
    ' mein',
  ],
  // "… another project mein flat book kar liya": where it was bought comes before the verb in Hindi.
  [
    /\bin\s+(another\s+\p{L}+)\s+((?:(?:a|the|ek)\s+)?\p{L}+\s+)?(booked|bought)\b/giu,
    '$3 $2in $1',
    ' in another',
  ],
  // "pune wala", "mumbai wali": from that city.
  [
    /\b((?:\p{L}+\s+)?\p{L}+)\s+(?:wala|wali|wale|waala|waali|waale)\b/giu,
    (match: string, words: string) => cityBefore(match, words, 'from'),
    ' wa',
  ],
  [/\b(\p{L}+)\s+(?:ka|ki|ke)\s+(?=(?:status|site|visit|meeting|number|phone|naam|name)\b)/giu, "$1's "],
  [/\b(\p{L}+)\s+ko\b/giu, '$1'],
  // "haan ji", "bipin ji": assent and the honorific are no part of a request or a name.
  [/\b(?:haan|haa|han|ha)\s+ji\b|\b(?:theek|thik)\s+(?:hai|he)\b|\b(?:accha|achha|acha)\b/giu, ' '],
  [/\b(\p{L}{2,})\s+ji\b/giu, '$1'],
  // "ek naya banda aaya tha", "nayi party": a new person is a new lead.
  [/\b(?:ek\s+)?(?:naya|nayi|naye)\s+(?:banda|aadmi|admi|customer|client|party|grahak)\b/giu, 'new lead'],
  [/\bnaya\b|\bnayi\b|\bnaye\b/gi, 'new'],
  // "naam hai kiran rao": the name is.
  [/\b(?:naam|name)\s+(?:hai|he)\b/gi, 'name is'],
  [/\bnaam\b/gi, 'name'],
  // "shahar pune": the city.
  [/\b(?:shahar|shehar|sheher|sahar)\b/gi, 'city'],
  [/\b(?:banao|bana\s+do|bana\s+dijiye|banaiye|banana\s+hai)\b/gi, 'create'],
  [/\b(?:rakh\s+do|rakho|rakhna|rakh\s+dijiye)\b/gi, 'book'],
  [/\b(?:daal\s+do|dal\s+do|daalo)\b/gi, 'put'],
  [/\bmein\b/gi, 'in'],
  // "…, lost mark karo", "aur follow up mark kar do": the status said first in its clause, then its verb
  // ("ravi ko lost mark karo" is read with "ko", below).
  [
    /(?<=(?:^|[,;.!]\s*|\b(?:aur|and|so|toh|phir)\s+))(won|lost|follow[\s-]?up|in[\s-]?progress)\b\s+mark\s+(?:kar\s+do|kardo|karo|kar\s+dijiye|kijiye|karna\s+hai|kar\s+dena)\b/gi,
    'mark as $1',
  ],
  [/\b(?:kar\s+do|kardo|karo|kar\s+dijiye|kijiye|karna\s+hai|kar\s+dena)\b/gi, ' '],
  // "ravi ko lost mark karo kyunki …": the verb left after the status it marks goes.
  [
    /\b(won|lost|follow[\s-]?up|in[\s-]?progress)\s+mark\b(?=\s*(?:[,.;]|$|kyunki|kyonki|kyuki|because))/gi,
    '$1',
  ],
  // The days of the week by their Hindi names: "somvar ko 11 baje" is monday at 11.
  ...HINDI_WEEKDAYS.map(([day, english]): [RegExp, string] => [new RegExp(`\\b${day}\\b`, 'gi'), english]),
  [/\bparso(?:n)?\b/gi, 'day after tomorrow'],
  [/\bkal\b/gi, 'tomorrow'],
  [/\baaj\b/gi, 'today'],
  [/\bsubah\b/gi, 'morning'],
  [/\b(?:shaam|sham)\b/gi, 'evening'],
  [/\bdopahar\b/gi, 'afternoon'],
  [/\braat\b/gi, 'night'],
  [/\bbaje\b/gi, "o'clock"],
  // "aaya tha aur …": came, and.
  [/\b(?:aaya|aayi|aaye|aya|ayi)\s+(?:tha|thi|the)\b/gi, 'came'],
  [/\baur\b/gi, 'and'],
  [/\btab\b/gi, 'then'],
  // "naya customer hai mohit jain …": a new lead, whose name follows.
  [/\b(new\s+(?:lead|enquiry|inquiry))\s+(?:hai|hain|he)\b/gi, '$1'],
];

/** "another project mein", "uski society mein": a place named by what it is, moved after "in" as a city is. */
const PLACE_NOUN = /\b(?:project|society|building|tower|township|colony|complex|scheme|area|locality)$/i;

/**
 * "mohali mein", "navi mumbai wali": a known city's name (one word or two) moved after the English word
 * for its postposition; anything else is left as said.
 */
function cityBefore(match: string, words: string, english: string): string {
  if (knownCity(words) || PLACE_NOUN.test(words)) return `${english} ${words}`;
  const [first, last] = words.split(/\s+/);
  return last && knownCity(last) ? `${first} ${english} ${last}` : match;
}

/** A word, then its letters one by one ("that is k a v y a", "spelt a n i l"), set apart by commas. */
const SPELT_AFTER =
  /\b(\p{L}{2,})\s*,?\s+(?:that\s+is|thats|that's|i\s+spell|spelt|spelled|spelling)\s*:?\s+((?:\p{L}[\s.-]+){1,}\p{L})\b(?:\s*,)?/giu;

/**
 * "two things, one, ravi is lost, two, meena …", "3 updates: 1. ravi won 2. meena lost": requests
 * numbered one after another (1, 2, … in order) are told apart by their numbers, which say nothing
 * else; so is the heading that counts them. A number that starts no such list is left alone.
 */
const LIST_NUMBER = /(^|[,.;:]\s*|\s)(\d)\s*[,.:)]\s+(?=\p{L})/gu;
const LIST_COUNT = /^\s*\d+\s+(?:things|updates|points|items|leads)\s*[:,.-]?\s*/i;

function withoutListNumbers(text: string): string {
  const numbers = [...text.matchAll(LIST_NUMBER)];
  const inOrder = numbers.length >= 2 && numbers.every((match, index) => Number(match[2]) === index + 1);
  if (!inOrder) return text;
  // Each number, with the stop or comma before it, becomes a stop between requests.
  return text
    .replace(LIST_NUMBER, (_match, _before, _number, at: number) => (at === 0 ? '' : '. '))
    .replace(LIST_COUNT, '');
}

/** Hours said in Hindi before "baje": "paanch baje" is 5, "saade paanch" 5:30, "sawa das" 10:15. */
const HINDI_HOURS: Record<string, number> = {
  ek: 1,
  do: 2,
  teen: 3,
  char: 4,
  chaar: 4,
  paanch: 5,
  panch: 5,
  chhe: 6,
  chhah: 6,
  che: 6,
  chah: 6,
  saat: 7,
  aath: 8,
  ath: 8,
  nau: 9,
  das: 10,
  dus: 10,
  gyarah: 11,
  gyara: 11,
  barah: 12,
  bara: 12,
};
/** Quarter and half hours: "saade" adds half an hour, "sawa" a quarter, "paune" takes a quarter off. */
const HINDI_QUARTERS: Record<string, number> = {
  saade: 30,
  sade: 30,
  sawa: 15,
  sava: 15,
  paune: -15,
  pone: -15,
};
/** Half past one and two have words of their own. */
const HINDI_HALVES: Record<string, string> = {
  dedh: '1:30',
  derh: '1:30',
  dhai: '2:30',
  dhaai: '2:30',
  adhai: '2:30',
};
const HINDI_HOUR = new RegExp(
  `\\b(?:(${Object.keys(HINDI_QUARTERS).join('|')})\\s+)?(${Object.keys(HINDI_HOURS).join('|')}|\\d{1,2})\\s+baje\\b|\\b(${Object.keys(HINDI_HALVES).join('|')})\\s+baje\\b`,
  'gi',
);

function hindiHours(text: string): string {
  return text.replace(
    HINDI_HOUR,
    (match, quarter: string | undefined, hour: string | undefined, half: string | undefined) => {
      if (half) return `at ${HINDI_HALVES[half.toLowerCase()]}`;
      const base = HINDI_HOURS[(hour ?? '').toLowerCase()] ?? Number(hour);
      if (!Number.isInteger(base) || base < 1 || base > 12) return match;
      const minutes = (HINDI_QUARTERS[(quarter ?? '').toLowerCase()] ?? 0) + base * 60;
      if (!quarter) return `${base} o'clock`;
      const h = Math.floor(minutes / 60) || 12;
      return `at ${h}:${String(minutes % 60).padStart(2, '0')}`;
    },
  );
}

/** Every Hindi word the rules above look for: a transcript without one skips them all. */
const HINGLISH_WORD = new RegExp(
  String.raw`\b(?:nahi|nahin|nai|kahin|kahi|kaheen|dusri|doosri|dusre|doosre|dusra|doosra|jagah|le|kharid|khareed|kar|kara|kr|mana|manaa|inkaar|inkar|ne|se|ke|ka|ki|ko|haan|haa|han|ha|theek|thik|accha|achha|acha|ji|naya|nayi|naye|naam|banao|bana|banaiye|banana|rakh|rakho|rakhna|daal|dal|daalo|mein|kardo|karo|kijiye|karna|karega|karegi|karenge|karunga|karungi|karoge|parso|parson|kal|aaj|subah|shaam|sham|dopahar|raat|baje|soch|abhi|tha|thi|hua|hui|dekhenge|dekhege|sochenge|sochege|aayega|ayega|aayegi|ayegi|aayenge|ayenge|aaenge|bulao|bulaya|bulaiye|pe|usko|unko|unhone|usne|inhone|isne|banda|bol|keh|kah|bola|boli|agle|agla|agli|hafte|kyunki|kyonki|kyuki|isliye|isiliye|islie|lenge|lega|legi|iska|uska|inka|unka|iski|uski|inki|unki|iske|uske|inke|unke|wala|wali|wale|waala|waali|waale|aane|aur|tab|apne|apni|apna|dikhana|dikhani|dikha|dikhao|shayad|shaayad|shyad|a{1,2}y?e(?:g[ai]|ng[ei])|rahe|raha|rahi|par|hain|shahar|shehar|sheher|baad|lagta|lagti|saaf|seedha|sidha|pasand|jayega|jayegi|jayenge|jaega|jaegi|jaenge|poore|pure|poora|pura|chhod|chod|chhor)\b|\b(?:${HINDI_WEEKDAY})\b`,
  'i',
);

const DIGIT_WORD = Object.keys(DIGIT_VALUES).join('|');
// A digit word right before "pm" or "o'clock" is an hour, not part of a phone number.
const NOT_AN_HOUR = `(?!\\s*(?:[ap]\\.?\\s?m\\b|o'?\\s?clock|:\\d))`;
const TENS_WORD = Object.keys(TENS_VALUES).join('|');
const UNIT_WORD = Object.keys(DIGIT_VALUES)
  .filter((word) => word.length > 2)
  .join('|');
/** "ninety eight" and "ten" inside a phone ("ninety eight seventy six …") are two digits each. */
const PAIR_TOKEN = `(?:(?:${TENS_WORD})(?:[\\s-]+(?:${UNIT_WORD}))?|${Object.keys(TEEN_VALUES).join('|')})`;
const DIGIT_TOKEN = `(?:(?:double|triple)[\\s-]+(?:${DIGIT_WORD}|\\d)|${PAIR_TOKEN}|${DIGIT_WORD}|\\d+)\\b${NOT_AN_HOUR}`;
const DIGIT_RUN = new RegExp(`(\\bplus\\s+)?\\b${DIGIT_TOKEN}(?:[\\s,-]+${DIGIT_TOKEN})*`, 'gi');

/**
 * "nine eight seven six five four three two one zero" -> "9876543210", "double nine" -> "99".
 * A run is rewritten only when it reads as a string of digits (a phone, an id, a lead number): three
 * or more digit tokens, or a "double"/"triple". Two words such as "four five" are left for the
 * number and time rules.
 */
function joinSpokenDigitRuns(text: string): string {
  return text
    .replace(DIGIT_RUN, (run: string, plus: string | undefined) => {
      const body = plus ? run.slice(plus.length) : run;
      // Tens and their unit travel as one token: "ninety eight" -> "ninety_eight".
      const tokens = body
        .replace(new RegExp(`\\b(${TENS_WORD})[\\s-]+(${UNIT_WORD})\\b`, 'gi'), '$1_$2')
        .split(/[\s,-]+/)
        .filter(Boolean);
      let digits = '';
      let spokenWords = 0;
      let repeated = false;
      let pieces = 0;
      for (let index = 0; index < tokens.length; index++) {
        const token = (tokens[index] ?? '').toLowerCase();
        if (token === 'double' || token === 'triple') {
          const next = (tokens[++index] ?? '').toLowerCase();
          const digit = /^\d$/.test(next) ? next : String(DIGIT_VALUES[next]);
          digits += digit.repeat(token === 'double' ? 2 : 3);
          repeated = true;
          spokenWords++;
        } else if (/^\d+$/.test(token)) {
          digits += token;
        } else if (
          token.includes('_') ||
          TENS_VALUES[token] !== undefined ||
          TEEN_VALUES[token] !== undefined
        ) {
          const [tens, unit] = token.split('_') as [string, string | undefined];
          digits += String(
            (TENS_VALUES[tens] ?? TEEN_VALUES[tens] ?? 0) + (unit ? (DIGIT_VALUES[unit] ?? 0) : 0),
          );
          spokenWords++;
        } else {
          digits += String(DIGIT_VALUES[token]);
          spokenWords++;
        }
        pieces++;
      }
      const onlyLetterO = tokens.every((token) => /^(o|oh)$/i.test(token) || /^\d+$/.test(token));
      if (spokenWords === 0 || onlyLetterO || (!repeated && pieces < 3)) return run;
      return `${plus ? '+' : ''}${digits}`;
    })
    .replace(/\bat\s+at\b/gi, 'at');
}

const NUMBER_WORD = `(?:${[...Object.keys(TENS_VALUES), ...Object.keys(TEEN_VALUES), ...Object.keys(DIGIT_VALUES).filter((word) => word !== 'o' && word !== 'oh')].join('|')})`;
const COMPOUND_NUMBER = new RegExp(
  `\\b(?:(${Object.keys(TENS_VALUES).join('|')})(?:[\\s-]+(${Object.keys(DIGIT_VALUES)
    .filter((word) => word.length > 2)
    .join('|')}))?|(${NUMBER_WORD}))\\b`,
  'gi',
);

/**
 * "in twenty twenty two", "since nineteen ninety nine": a year said as two numbers, after a word that
 * introduces a year (a phone said in pairs, "ninety eight twenty twenty …", has none).
 */
const SPOKEN_YEAR = new RegExp(
  `\\b(in|since|of|year|back\\s+in|from|till|until|by)\\s+(nineteen|twenty)[\\s-]+(?:(${Object.keys(TEEN_VALUES).join('|')})|(${Object.keys(TENS_VALUES).join('|')})(?:[\\s-]+(${Object.keys(
    DIGIT_VALUES,
  )
    .filter((word) => word.length > 2)
    .join('|')}))?)\\b(?![\\s-]+(?:${NUMBER_WORD})\\b)`,
  'gi',
);

function spokenYears(text: string): string {
  return text.replace(
    SPOKEN_YEAR,
    (_match, cue: string, century: string, teen?: string, tens?: string, unit?: string) => {
      const hundreds = century.toLowerCase() === 'nineteen' ? 1900 : 2000;
      const rest = teen
        ? (TEEN_VALUES[teen.toLowerCase()] ?? 0)
        : (TENS_VALUES[(tens ?? '').toLowerCase()] ?? 0) +
          (unit ? (DIGIT_VALUES[unit.toLowerCase()] ?? 0) : 0);
      return `${cue} ${hundreds + rest}`;
    },
  );
}

/**
 * "in half an hour", "in an hour and a half", "in 2 and a half hours", "a quarter of an hour": a while
 * with a fraction said in words, in minutes (chrono reads none of these; "half" alone would be read as
 * half past an hour). Runs after number words are digits.
 */
function whileInMinutes(text: string): string {
  if (!/\b(?:half|quarter)\b/i.test(text)) return text;
  const hours = (count: string) => (/^an?$/i.test(count) ? 1 : Number(count));
  return text
    .replace(
      /\b(an?|\d+)\s+hours?\s+and\s+a\s+half\b/gi,
      (_match, count: string) => `${hours(count) * 60 + 30} minutes`,
    )
    .replace(
      /\b(\d+)\s+and\s+a\s+half\s+hours?\b/gi,
      (_match, count: string) => `${hours(count) * 60 + 30} minutes`,
    )
    .replace(/\bhalf\s+(?:an\s+)?hour\b/gi, '30 minutes')
    .replace(/\b(?:a\s+)?quarter\s+(?:of\s+an\s+)?hour\b/gi, '15 minutes');
}

/** Words after which "one" stands for a thing, no number: "the other one", "this one", "a bigger one". */
const ONE_AS_PRONOUN_AFTER =
  /\b(?:the\s+other|this|that|which|each|every|any|another|no|the\s+(?:same|right|next|last|new|old|bigger|smaller|cheaper|better|corner|first|second)|a\s+(?:good|bigger|smaller|cheaper|better|new|nice))\s+$/i;

/** "forty five" -> "45", "three" -> "3" ("the other one" keeps its word). Runs after the digit-run rule. */
function numberWordsToDigits(text: string): string {
  return text.replace(COMPOUND_NUMBER, (match, tens?: string, unit?: string, single?: string, ...rest) => {
    const offset = rest[0] as number;
    const whole = rest[1] as string;
    if (/^one$/i.test(match) && ONE_AS_PRONOUN_AFTER.test(whole.slice(Math.max(0, offset - 20), offset)))
      return match;
    if (tens)
      return String(
        (TENS_VALUES[tens.toLowerCase()] ?? 0) + (unit ? (DIGIT_VALUES[unit.toLowerCase()] ?? 0) : 0),
      );
    const word = (single ?? match).toLowerCase();
    const value = TEEN_VALUES[word] ?? DIGIT_VALUES[word];
    return value === undefined ? match : String(value);
  });
}

function ordinalSuffix(value: number): string {
  if (value % 100 >= 11 && value % 100 <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
}

const ORDINAL = new RegExp(
  `\\b(?:(twenty|thirty)[\\s-]+)?(${Object.keys(ORDINAL_VALUES).join('|')})\\b`,
  'gi',
);

/** "the twenty first" -> "the 21st", only where it names a day ("on the …", "… of october"). */
function ordinalWordsToDigits(text: string): string {
  return text.replace(
    ORDINAL,
    (match, tens: string | undefined, word: string, offset: number, whole: string) => {
      const before = whole.slice(Math.max(0, offset - 8), offset).toLowerCase();
      const after = whole.slice(offset + match.length, offset + match.length + 14).toLowerCase();
      // "twenty second" is a day ("twenty seconds" is not read here); so is "fifteenth at 4".
      const namesADay =
        /\b(?:the|on)\s+$/.test(before) ||
        new RegExp(`^\\s+(?:of\\s+)?(?:${MONTHS})\\b`).test(after) ||
        tens !== undefined ||
        (/th$/i.test(word) && /^\s+at\b/.test(after));
      if (!namesADay) return match;
      const value =
        (tens ? (TENS_VALUES[tens.toLowerCase()] ?? 0) : 0) + (ORDINAL_VALUES[word.toLowerCase()] ?? 0);
      return `${value}${ordinalSuffix(value)}`;
    },
  );
}

/** "a week from today", "2 days from tomorrow": a day counted on, as chrono reads it ("in 7 days"). */
const COUNTED_DAYS = /\b(an?|one|\d+)\s+(days?|weeks?)\s+from\s+(today|now|tomorrow)\b/gi;

function countedDays(text: string): string {
  return text.replace(COUNTED_DAYS, (_match, count: string, unit: string, from: string) => {
    const n = /^\d+$/.test(count) ? Number(count) : 1;
    const days = n * (/^week/i.test(unit) ? 7 : 1) + (/^tomorrow$/i.test(from) ? 1 : 0);
    return `in ${days} days`;
  });
}

/** "18 hundred hours", "1830 hrs": the hour said the military way. */
function militaryHours(text: string): string {
  return text
    .replace(/\b([01]?\d|2[0-3])\s+hundred\s+(?:hours|hrs)\b/gi, '$1:00')
    .replace(/\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b/gi, '$1:$2');
}

/** "between 4 and 6": a range of hours is two hours to choose from, and is asked about ("4 or 6"). */
const HOUR_RANGE =
  /\b(?:anywhere\s+|somewhere\s+)?between\s+(\d{1,2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)\s+and\s+(\d{1,2}(?::\d{2})?)(?!\d)/gi;

/**
 * "4 to 5 pm", "from 11 till 12", "3-4 pm": a span of hours, asked about like a range. Only hours of a
 * clock (1–12), the second a little after the first ("10 to 5" is ten to five, 4:50), and never an
 * amount ("1 to 2 crore", "2 to 3 bhk").
 */
const HOUR_SPAN =
  /(?<![\d/:.-])\b(?:from\s+)?(\d{1,2}(?::\d{2})?)(\s*[ap]\.?\s?m\.?)?\s*(?:to|till|until|-)\s*(\d{1,2}(?::\d{2})?)(\s*[ap]\.?\s?m\.?)?(?![\d:/-])(?!\s*(?:lakhs?|lacs?|crores?|cr|k|bhk|rk|sq|square|floors?|years?|yrs?|days?|weeks?|months?|minutes?|mins?|hours?|hrs?|people|members|units?|flats?|acres?|percent|%|th|st|nd|rd|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)/gi;

function hourSpans(text: string): string {
  if (!/\d\s*(?:[ap]\.?\s?m\.?\s*)?(?:to|till|until|-)\s*\d/i.test(text)) return text;
  return text.replace(HOUR_SPAN, (span, first: string, firstHalf = '', second: string, secondHalf = '') => {
    const from = Number(first.split(':')[0]);
    const to = Number(second.split(':')[0]);
    if (from < 1 || from > 12 || to < 1 || to > 12 || to <= from || to - from > 4) return span;
    return `at ${first}${firstHalf} or ${second}${secondHalf}`;
  });
}

const CLOCK_WITHOUT_DIGITS =
  /\bfrom\s+(?:today|now|tomorrow)\b|\bmid-?day\b|\b(?:at|by|around|till|until)\s+(?:to|too|for)\b|\b(?:to|too|for)\s+[ap]\.?\s?m\b/i;

/** Spoken clock phrases into written times: "half past 4" -> "4:30", "quarter to 5" -> "4:45". */
/**
 * "at 9.30", "morning 10.15", "11.30 am": minutes written after a dot, as Indian English often writes
 * them — after a word that says an hour comes, or before am/pm (not "9.30 lakh", "4.5 crore").
 */
const DOTTED_MINUTES =
  /(?<=\b(?:at|by|around|about|from|till|until|before|after|morning|evening|night|afternoon|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)\d{1,2}\.[0-5]\d\b(?!\s*(?:lakhs?|lacs?|crores?|cr\b|l\b|k\b|%|percent|million|mn\b|sq|square|acres?|bhk))|\b\d{1,2}\.[0-5]\d(?=\s*[ap]\.?\s?m\b)/gi;

function clockPhrases(text: string): string {
  // Every clock phrase below holds a digit but these: "a week from today", "midday", a misheard hour.
  if (!/\d/.test(text) && !CLOCK_WITHOUT_DIGITS.test(text)) return text;
  text = hourSpans(
    militaryHours(
      countedDays(text.replace(DOTTED_MINUTES, (minutes: string) => minutes.replace('.', ':'))),
    ).replace(HOUR_RANGE, 'at $1 or $2'),
  );
  return (
    text
      // "10 sharp", "4 pm sharp": on the hour, said firmly.
      .replace(/\b(\d{1,2}(?::\d{2})?(?:\s*[ap]m)?|o'clock)\s+sharp\b/gi, '$1')
      // Recognisers split "pm" and mishear "to" and "for" next to a time: "at to 15 p m" is 2:15 pm.
      .replace(/\b(\d{1,2}(?::\d{2})?)\s*([ap])\s+m\b/gi, '$1 $2m')
      .replace(
        /\b(at|by|around|till|until)\s+(to|too|for)\s+(?=\d|[ap]\.?\s?m\b|o'?\s?clock\b)/gi,
        (_match, word: string, heard: string) => `${word} ${heard.toLowerCase() === 'for' ? 4 : 2} `,
      )
      // "this coming monday": this monday.
      .replace(/\bthis\s+coming\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi, 'this ')
      // "around 5 ish tomorrow", "about 6 in the evening": an hour said loosely, before its day or part.
      .replace(/\b(\d{1,2}(?::\d{2})?)\s*-?\s*ish\b/gi, '$1')
      .replace(
        /\b(?:around|about|approximately|approx|roughly)\s+(\d{1,2}(?::\d{2})?)(?=\s*(?:[ap]\.?\s?m\b|o'?\s?clock|tomorrow|today|tonight|in\s+the\s+(?:morning|afternoon|evening)|(?:this|next|on)\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day|evening|morning|afternoon|[,.;]|$))/gi,
        'at $1',
      )
      // "book ravi for 8 on monday", "tomorrow for 5", "for 6, on sunday": an hour after "for", next to its day.
      .replace(
        /\bfor\s+(\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)(?=,?\s+(?:on\s+|this\s+|next\s+|coming\s+)?(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi,
        'at $1',
      )
      .replace(DAY_FOR_HOUR, '$1 at $2')
      // "at 11 11 am": an hour said twice is the hour, not eleven past eleven.
      .replace(/\b(at|by|around)\s+(\d{1,2})\s+\2(?=\s*(?:[ap]\.?\s?m\b|[,.;]|$|[0-5]\d\b))/gi, '$1 $2')
      // "book ravi monday 1", "tomorrow 4": a bare hour right after its day.
      .replace(DAY_BARE_HOUR, dayAtHour)
      // "ravi | sunday | 4 | site visit": the same, the hour a field of its own after the day's.
      .replace(DAY_FIELD_HOUR, dayAtHour)
      // "on sunday at to": the misheard hour said last, with nothing after it.
      .replace(
        /\b(at|by|around)\s+(to|too|for)\s*(?=[,.;!?]*\s*$)/gi,
        (_match, word: string, heard: string) => `${word} ${heard.toLowerCase() === 'for' ? 4 : 2}`,
      )
      // "sunday for p m": no hour is said but the misheard one, right before its "pm".
      .replace(/\b(to|too|for)\s+(?=[ap]\.?\s?m\b)/gi, (_match, heard: string) =>
        heard.toLowerCase() === 'for' ? '4 ' : '2 ',
      )
      // "at 11 p m i mean a m": the meridiem alone, corrected after a repair marker, split as well.
      .replace(/\b(no|sorry|mean|actually|rather|it|that|wait|not)\s+([ap])(?:\.\s?|\s)m\b\.?/gi, '$1 $2m')
      .replace(/\b(\d{1,2})\s*(?:p\.\s?m\.?|pm\b)/gi, '$1 pm')
      .replace(/\b(\d{1,2})\s*(?:a\.\s?m\.?|am\b)/gi, '$1 am')
      // "6 p.m. p.m.": the meridiem said twice.
      .replace(/\b(\d{1,2}(?::\d{2})? ([ap]m))(?:\s+[ap]\.?\s?m\b\.?)+/gi, '$1')
      .replace(/\b(\d{1,2})\.(\d{2})\s*(am|pm)\b/gi, '$1:$2 $3')
      .replace(/\b(\d{1,2})\s+(?:oh|o)\s+(\d)\s*(am|pm)\b/gi, '$1:0$2 $3')
      .replace(/\bhalf\s+past\s+(\d{1,2})\b/gi, '$1:30')
      // "tomorrow half four", "at half 5": half past, as it is said after a day or "at".
      .replace(
        /\b(at|by|around|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+half\s+(\d{1,2})\b(?![:\d]|\s*(?:lakhs?|lacs?|crores?|k\b|bhk|percent|%|hours?|hrs?|minutes?|mins?))/gi,
        '$1 $2:30',
      )
      .replace(/\bquarter\s+past\s+(\d{1,2})\b/gi, '$1:15')
      // "at ten to five": minutes to the hour (4:50); "10 to 11" stays a span of hours.
      .replace(
        /\b(at|by|around|before)\s+(5|10|20|25)\s+(?:minutes?\s+|mins?\s+)?to\s+(\d{1,2})\b(?![:\d])/gi,
        (match, word: string, minutes: string, hour: string) =>
          Number(minutes) > Number(hour) && Number(hour) >= 1 && Number(hour) <= 12
            ? `${word} ${((Number(hour) + 10) % 12) + 1}:${String(60 - Number(minutes)).padStart(2, '0')}`
            : match,
      )
      .replace(
        /\bquarter\s+to\s+(\d{1,2})\b/gi,
        (_match, hour: string) => `${((Number(hour) + 10) % 12) + 1}:45`,
      )
      .replace(/\b(\d{1,2})\s+o'?\s?clock\b/gi, '$1:00')
      .replace(/\bmid-?day\b/gi, 'noon')
      // "3rd dec 12 noon": the hour said with noon is noon (never the 12th of a month said before it).
      .replace(/\b(?:at\s+)?12(?::00)?\s+(?:noon|in\s+the\s+afternoon)\b/gi, 'at noon')
      .replace(
        // ("15/10 10 am" is a typed day and month, then the hour.)
        /(?<!\/)\b(\d{1,2})(?:\s+|:)?(\d{2})\s+(am|pm)\b/gi,
        (match, hour: string, minutes: string, meridiem: string) =>
          Number(hour) <= 12 && Number(minutes) < 60 ? `${Number(hour)}:${minutes} ${meridiem}` : match,
      )
      // "on the 4th after lunch, say 2 30", "tomorrow or say 11": "say" before an hour offers that hour.
      .replace(
        /(?<=[,;]\s*|\b(?:or|maybe|like)\s+)say\s+(?:(?:around|about)\s+)?(?=\d{1,2}(?:(?::|\s+)[0-5]\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?![\d:])(?!\s*(?:minutes?|mins?|hours?|days?|weeks?|people|persons?|flats?|units?|lakhs?|crores?|cr\b|%|bhk|percent)))/gi,
        'at ',
      )
      .replace(
        // "at 9 30 days" is no time; "at 9 30 day after tomorrow" is.
        /\b(at|by|around)\s+(\d{1,2})\s+(\d{2})\b(?!\s*(?:\d|minutes?|mins?|hours?|days?\b(?!\s+after\s+tomorrow)))/gi,
        (match, word: string, hour: string, minutes: string) =>
          Number(hour) <= 23 && Number(minutes) < 60 ? `${word} ${hour}:${minutes}` : match,
      )
      // "tomorrow 10 30", "evening 6 30": an hour and its minutes said as two numbers after a day
      // or a part of the day are one time.
      .replace(
        /\b(today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|night|afternoon)\s+(?:at\s+)?(\d{1,2})\s+([0-5]\d)\b(?!\s*(?:\d|minutes?|mins?|hours?))/gi,
        '$1 at $2:$3',
      )
      // "friday around 5", "tomorrow at about 11": an hour said roughly after a day is the hour.
      .replace(
        /\b((?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th))\b[^,.;\d]{0,25}?)\b(?:at\s+)?(?:around|about|approximately|approx|roughly|round\s+about)\s+(?=\d{1,2}(?::\d{2})?(?!\s*(?:\d|minutes?|mins?|hours?|days?|people|persons?|flats?|units?|lakhs?|crores?|cr\b|%)))/gi,
        '$1at ',
      )
      // "8 in the evening" -> "8 pm"; "evening 8" -> "evening at 8 pm": chrono reads both as 8 am.
      // ("9 at night", "7 at night": said so, the night is the hour's part of the day.)
      .replace(/\b(\d{1,2}(?::\d{2})?)\s+(?:in\s+the|at)\s+(?:evening|night|afternoon)\b/gi, '$1 pm')
      .replace(/\b(\d{1,2}(?::\d{2})?)\s+in\s+the\s+morning\b/gi, '$1 am')
      // "at 8 evening" (left by a repair of "at 8 am no evening"): the part of the day says am or pm.
      .replace(/\b(at\s+\d{1,2}(?::\d{2})?)\s+(?:evening|night|afternoon)\b/gi, '$1 pm')
      .replace(/\b(at\s+\d{1,2}(?::\d{2})?)\s+morning\b/gi, '$1 am')
      .replace(
        /\b(evening|night|afternoon)\s+(?:at\s+)?(\d{1,2}(?::\d{2})?)(?![:\d])(?!\s*(?:am|pm|\d))/gi,
        '$1 at $2 pm',
      )
      .replace(/\b(morning)\s+(?:at\s+)?(\d{1,2}(?::\d{2})?)(?![:\d])(?!\s*(?:am|pm|\d))/gi, '$1 at $2 am')
      .replace(SAME_TIME, sameTimeAgain)
  );
}

/** "… tomorrow same time", "on friday at the same time": a day with the hour said before it. */
const SAME_TIME =
  /\b(today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:at\s+)?(?:the\s+)?same\s+time\b/gi;
/** A clock time as the lines above leave it: "9 am", "at 4:30", "6:15 pm". */
const CLOCK_SAID = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d{1,2}(?::\d{2})?(?![:\d])(?!\s*(?:am|pm))/gi;

function sameTimeAgain(phrase: string, day: string, offset: number, text: string): string {
  const clock = [...text.slice(0, offset).matchAll(CLOCK_SAID)].pop()?.[0];
  return clock ? `${day} ${/^at\b/i.test(clock) ? clock : `at ${clock}`}` : phrase;
}

/**
 * A lead id as speech-to-text writes it — in groups with spaces, or without hyphens — in its one
 * written form: "b1588477 4d3f 4e21 8a9b 7c6d5e4f3a2b" and "b15884774d3f…" become "b1588477-4d3f-…".
 */
function canonicalIds(text: string): string {
  return text
    .replace(
      /\b([0-9a-f]{8})[\s-]+([0-9a-f]{4})[\s-]+([0-9a-f]{4})[\s-]+([0-9a-f]{4})[\s-]+([0-9a-f]{12})\b/gi,
      '$1-$2-$3-$4-$5',
    )
    .replace(
      /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})\b/gi,
      '$1-$2-$3-$4-$5',
    );
}

/**
 * "lead three f six two": an id spelled out a character at a time after "lead", which the number words
 * leave as "lead 3 f 6 2", is written as one ("lead 3f62"). It must hold a digit and a letter a–f
 * and be four characters or more (an id prefix), so "lead 4 on monday", "lead 4 a 5 star …" and
 * words of letters stay as they are.
 */
const SPELLED_ID = /\b(lead\s+(?:id\s+|number\s+|no\.?\s+)?)((?:(?:\d+|[a-f])\s+)+(?:\d+|[a-f]))\b/gi;

function spelledIds(text: string): string {
  return text.replace(SPELLED_ID, (whole, cue: string, run: string) => {
    const tokens = run.split(/\s+/);
    // An id prefix is four characters or more.
    const spelled =
      tokens.join('').length >= 4 &&
      tokens.some((token) => /^[a-f]$/i.test(token)) &&
      tokens.some((token) => /\d/.test(token));
    return spelled ? canonicalIds(cue + tokens.join('')) : whole;
  });
}

/**
 * What a number counts when it is no hour: "tomorrow for 4 people", "today 3 site visits in the
 * morning" — after a day word, such a number is never made its hour.
 */
const COUNTED =
  'people|persons?|minutes?|mins?|hours?|days?|weeks?|months?|lakhs?|crores?|bhk|flats?|units?|(?:site\\s+)?visits|meetings|calls|leads|clients|customers|families|bookings|enquiries|inquiries|times';
/** "tomorrow for 5": an hour after "for", next to its day (never "tomorrow for 4 people"). */
const DAY_FOR_HOUR = new RegExp(
  `\\b(tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s+for\\s+(\\d{1,2}(?::\\d{2})?(?:\\s*[ap]m)?)(?![\\d:])(?!\\s*(?:${COUNTED})\\b)`,
  'gi',
);
/** "book ravi monday 1", "tomorrow 4": a bare hour right after its day (never "today 3 site visits"). */
const DAY_BARE_HOUR = new RegExp(
  `\\b(today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s+(\\d{1,2})\\b(?![:.]\\d|\\s*(?:st|nd|rd|th|[ap]m\\b|\\d|(?:${COUNTED})\\b|of\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))`,
  'gi',
);

/** A day and a bare hour of the clock after it, as "<day> at <hour>" (a number past 12 is no hour). */
function dayAtHour(match: string, day: string, hour: string): string {
  return Number(hour) >= 1 && Number(hour) <= 12 ? `${day} at ${hour}` : match;
}

const DAY_FIELD_HOUR =
  /\b(today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,\s*(\d{1,2})(?=\s*(?:[,;.]|$))/gi;

/** A filler inside a slot: "at like eleven", "on like the 22nd". */
const LIKE_IN_A_SLOT = /\b(at|on|around|by|for)\s+like\b,?/gi;
/** "book qadir like monday around eleven": a "like" just before a day or a time is a filler too. */
const LIKE_BEFORE_A_TIME =
  /\blike,?\s+(?=(?:at|on|around|about|by|next|this|tomorrow|today|tonight|day\s+after|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b)/gi;

/** Spoken digits with "for" and "to" misheard among them: "six for seven" in a phone is 6 4 7. */
const HOMOPHONE_RUN = new RegExp(
  `\\b(?:${Object.keys(DIGIT_VALUES).join('|')})(?:[\\s,-]+(?:${Object.keys(DIGIT_VALUES).join('|')}|for|to|too))*[\\s,-]+(?:${Object.keys(DIGIT_VALUES).join('|')})\\b` +
    // "… seven seven one for" at the end: a last digit misheard, when it makes the number whole.
    '(?:[\\s,-]+(?:for|to|too)(?=[\\s,.;!?]*$))?',
  'gi',
);

/** Digits said one by one in an Indian mobile number. */
const MOBILE_DIGITS = 10;

function digitHomophones(text: string): string {
  return text.replace(HOMOPHONE_RUN, (run) => {
    const words = run.split(/[\s,-]+/);
    if (words.length < 7 || !words.some((word) => /^(?:for|to|too)$/i.test(word))) return run;
    const last = words[words.length - 1] ?? '';
    // A trailing "for" is a digit only when the number is one digit short without it.
    if (/^(?:for|to|too)$/i.test(last) && words.length !== MOBILE_DIGITS) {
      const withoutLast = run.slice(0, run.length - last.length);
      return `${digitHomophones(withoutLast.trimEnd())}${withoutLast.slice(withoutLast.trimEnd().length)}${last}`;
    }
    return run.replace(/\bfor\b/gi, 'four').replace(/\bto{1,2}\b/gi, 'two');
  });
}

/** Words said twice on purpose: digits ("nine nine"), repair markers ("no no"), "bye bye". */
const MEANT_TWICE = new Set([
  ...Object.keys(DIGIT_VALUES),
  // "twenty twenty two" (a year), "ninety ninety" (digits in pairs).
  ...Object.keys(TENS_VALUES),
  ...Object.keys(TEEN_VALUES),
  ...'to too for oh no sorry wait bye very ha haan han ok okay hello hi yes ji ya really'.split(' '),
]);

/** Hindi words of two letters, never a cut-off stutter: "pe", "ye", "ab". */
const SHORT_HINDI_WORDS = new Set('pe ye wo vo ab na ho jo ek'.split(' '));

/** "add add lead lead meena meena kumari": a recogniser's stutter, one word said twice in a row. */
/** "nisha n i s h a": a name spelled out after it is said, letter by letter. */
const SPELLED_AFTER = /\b(\p{L}{3,})((?:[\s,.-]+\p{L}(?![\p{L}'])){3,})/gu;

function withoutSpelling(text: string): string {
  return text.replace(SPELLED_AFTER, (match, word: string, letters: string) =>
    letters.replace(/[\s,.-]+/g, '').toLowerCase() === word.toLowerCase() ? word : match,
  );
}

/**
 * "mark ra rajesh khanna", "raj- rajesh": a word cut off and said again whole. A fragment that is a
 * word of its own stays ("from in indore", "ki kiran"), and so does a first name of three letters said
 * plainly before a longer family name ("raj rajput"): three letters are a cut-off only with a hyphen.
 */
function withoutCutOffs(text: string): string {
  const words = text.split(' ');
  let changed = false;
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index] ?? '';
    const hyphen = word.endsWith('-');
    const fragment = (hyphen ? word.slice(0, -1) : word).toLowerCase();
    if (fragment.length !== 2 && !(fragment.length === 3 && hyphen)) continue;
    if (!isCutOffOf(fragment, words[index + 1] ?? '') || !/^\p{L}+$/u.test(fragment)) continue;
    if (isCommonEnglishWord(fragment) || NOT_NAME_WORDS.has(fragment) || SHORT_HINDI_WORDS.has(fragment))
      continue;
    words[index] = '';
    changed = true;
  }
  return changed ? words.filter((word) => word !== '').join(' ') : text;
}

function withoutStutters(text: string): string {
  // "won, won, no wait": a comma between the two is still one word said twice.
  return (
    withoutCutOffs(withoutSpelling(text))
      .replace(/\b(\p{L}[\p{L}']*)(?:,?\s+\1\b)+/giu, (run: string, word: string) =>
        MEANT_TWICE.has(word.toLowerCase()) ? run : word,
      )
      // "book om prakash for for tuesday": "for"/"to" twice away from any digit word is a stutter
      // ("nine for for two" is a phone's digits).
      .replace(
        /(?<!\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)[\s,]+)\b(for|to)\s+\1\b(?![\s,]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d))/gi,
        '$1',
      )
  );
}

/** "from monday to …", "from the 12th to …": the day a visit is moved away from. */
const A_DAY =
  '(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+\\p{L}+)?)';
const MOVED_FROM_DAY = new RegExp(`\\bfrom\\s+${A_DAY}\\s+to\\s+(?=${A_DAY}\\b)`, 'giu');

/** What follows a day of the month: its ordinal ending or its month. */
const DAY_OF_MONTH_AFTER =
  /^\s*(?:st|nd|rd|th|of\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)/iu;

/**
 * "they've dropped the idea", "they're not interested", "she'll come", "bindu called she's not able to
 * …", "let's mark her …": said in full, as every rule reads them — "she's" and "let's" are no
 * possessives that end a name. Most transcripts have no apostrophe and skip this.
 */
function fullForms(text: string): string {
  const withLetUs = /\blets\b/i.test(text) || text.includes("'") ? text.replace(LET_US, 'let us') : text;
  if (!withLetUs.includes("'")) return withLetUs;
  return withLetUs
    .replace(/\b(he|she|they|we|i|you)'ve\b/gi, '$1 have')
    .replace(/\b(they|we|you)'re\b/gi, '$1 are')
    .replace(/\b(he|she|it)'s\b/gi, '$1 is')
    .replace(/\b(he|she|they|we|i|you)'ll\b/gi, '$1 will');
}
/** Short forms of typed messages, as field staff send them: "token recd", "f/u next week", "nt interested". */
const TYPED_SHORT_FORMS: readonly [RegExp, string][] = [
  [/\b(?:recd|rcvd|recvd|rec'd|rcd)\b/gi, 'received'],
  [/\btkn\b/gi, 'token'],
  // "in prog", "in-prog": in progress.
  [/\bin[\s-]?prog\b\.?/gi, 'in progress'],
  [/\bamt\b/gi, 'amount'],
  [/\b(?:pymt|pmt)\b/gi, 'payment'],
  [/\b(?:f\/u|f\.u\.?|fup|followup)(?!\w)/gi, 'follow up'],
  [/\bnt\s+(?=(?:interested|intrested|keen)\b)/gi, 'not '],
  [/\b(?:intrstd|interstd|intrsted)\b/gi, 'interested'],
  // "not int", "nt intd": "interested" cut short after its "not" (alone, "int" is no word of this sort).
  [/\b(?:not|nt)\s+(?:int|intd|intr)\b(?![\w'])/gi, 'not interested'],
  [/\b(?:tmrw|tmrow|tmw|2mrw|2moro|tomo)\b/gi, 'tomorrow'],
  // "sv sat 4pm", "s/v tue 11am": a site visit; "fu 20th": a follow-up; "- IP,": in progress.
  [/(?<![\w/])(?:sv|s\/v)(?![\w/])/gi, 'site visit'],
  [/\bfu\b(?!['\w])/gi, 'follow up'],
  // ("ravi ip": typed last after the name, too.)
  [
    /(?<=[-:>|]\s*)ip\b(?!['\w])|(?<=(?:^|,|\b(?:is|as|to|in)|\p{L}\s))\s*ip(?=\s*(?:[,.;]|$))/giu,
    'in progress',
  ],
  [/\btdy\b/gi, 'today'],
  [/\bappt\b/gi, 'appointment'],
  [/\bmtg\b/gi, 'meeting'],
  [/\bnxt\b/gi, 'next'],
  [/\b(?:bcoz|bcz|bcos)\b/gi, 'because'],
  // "src fb", "src: insta": where the lead came from.
  [/\bsrc\b(?=\s*[:-]?\s*\p{L})/giu, 'source'],
  [/\b(?:resched|reschd|rschd|re-sched)\b/gi, 'reschedule'],
  [/\bfrm\b/gi, 'from'],
  // "cb mon", "c/b tmrw": call back.
  [/(?<![\w/])(?:cb|c\/b)(?![\w/])/gi, 'call back'],
  // "…, ref" typed as a field, "ref by anil": a referral.
  [/\bref\b\.?(?=\s*(?:by|from)\b)/gi, 'referred'],
  [/(?<=[,:-]\s*|\d\s+)ref\b\.?(?=\s*(?:[,;]|$))/gi, 'referral'],
  // Cities typed as their short codes: "hyd", "blr", "ggn".
  [/\bhyd\b/gi, 'hyderabad'],
  [/\b(?:blr|bglr|blore)\b/gi, 'bangalore'],
  [/\bggn\b/gi, 'gurgaon'],
  [/\b(?:ahd|amd)\b/gi, 'ahmedabad'],
  [/\bchn\b/gi, 'chennai'],
  [/\bkol\b/gi, 'kolkata'],
];
/** Days typed short before an hour: "sat 4pm", "tue 11 am". */
const TYPED_DAY_BEFORE_HOUR =
  /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?(?=\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|o'?clock))/gi;
const TYPED_DAYS: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};
const TYPED_SHORT_FORM =
  /\b(?:sv|s\/v|fu|ip|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|recd|rcvd|recvd|rec'd|rcd|tkn|prog|amt|pymt|pmt|f\/u|f\.u|fup|followup|nt|intrstd|interstd|intrsted|int|intd|intr|tmrw|tmrow|tmw|2mrw|2moro|tomo|tdy|appt|mtg|nxt|bcoz|bcz|bcos|src|resched|reschd|rschd|frm|cb|c\/b|ref|hyd|blr|bglr|blore|ggn|ahd|amd|chn|kol)\b/i;

const LET_US =
  /\blet'?s\b(?=\s+(?:do|mark|put|book|fix|keep|make|move|schedule|set|update|change|close|wait|see|try|call|give|plan|go|add|arrange))/gi;

/**
 * "in about two hours", "in around 45 minutes": a while said roughly is the while ("about 2" read alone
 * would be an hour of the clock).
 */
const ABOUT_A_WHILE =
  /\bin\s+(?:about|around|roughly|approximately|approx\.?|nearly|almost|just|another)\s+(?=(?:an?|half\s+an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty[\s-]five|a\s+couple\s+of|a\s+few)\s+(?:hours?|hrs?|minutes?|mins?)\b)/gi;

/** Where the apostrophe goes in a contraction typed or transcribed without it. */
const APOSTROPHE_AT: Record<string, number> = Object.fromEntries(
  ['didnt', 'doesnt', 'dont', 'isnt', 'wasnt', 'arent', 'werent', 'hasnt', 'havent', 'hadnt', 'couldnt']
    .concat(['wouldnt', 'shouldnt', 'cant', 'mustnt', 'neednt'])
    .map((word) => [word, word.length - 1] as const)
    .concat([
      ['thats', 4],
      ['whats', 4],
      ['theyre', 4],
      ['youre', 3],
      ['im', 1],
      ['ive', 1],
    ]),
);
const CONTRACTION_WITHOUT_APOSTROPHE = new RegExp(`\\b(?:${Object.keys(APOSTROPHE_AT).join('|')})\\b`, 'gi');

export function normalizeTranscript(input: string): string {
  let text = input
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, ' - ')
    // Control characters are never speech.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    // Nor are invisible format characters (a right-to-left override would reverse a stored name).
    .replace(/\p{Cf}+/gu, '')
    // "won't" holds "won": spelled out, it can never be read as the status.
    .replace(/\bwon'?t\b/gi, 'will not')
    // Typed or transcribed without the apostrophe ("didnt", "isnt", "thats"): read as written with it.
    .replace(CONTRACTION_WITHOUT_APOSTROPHE, (word: string) => {
      const at = APOSTROPHE_AT[word.toLowerCase()] ?? word.length;
      return `${word.slice(0, at)}'${word.slice(at)}`;
    });
  text = fullForms(withTyposMended(text)).replace(ABOUT_A_WHILE, 'in ');
  if (TYPED_SHORT_FORM.test(text)) {
    for (const [short, full] of TYPED_SHORT_FORMS) text = text.replace(short, full);
    text = text.replace(
      TYPED_DAY_BEFORE_HOUR,
      (typed: string, day: string) => TYPED_DAYS[day.toLowerCase()] ?? typed,
    );
  }
  text = text
    // Typed short text: "ravi -> won", "visit tmrw @ 5", "ravi + meena both lost", "loc: baner, pune".
    // ("ravi = lost": an equals sign between words sets a field apart the same way.)
    .replace(/\s*(?:->|=>|\u2192)\s*|(?<=\p{L})\s+=\s+(?=\p{L})/gu, ' - ')
    // "#followup ravi", "ravi (won) - paid": a hash-tag is its word; brackets around words set a field
    // apart as commas do (around digits, "(+91)", they stay a phone's).
    .replace(/#(?=\p{L})/gu, '')
    .replace(/\s*\(\s*(\p{L}[\p{L}\s'-]{0,38}?)\s*\)\s*/gu, ', $1, ')
    // "new lead / arjun rao / hyderabad", "kiran | surat": typed field separators are commas; a slash
    // without a space around it stays ("12/10", "c/o").
    .replace(/\s*\|\s*|\s+\/\s*|\s*\/\s+/g, ', ')
    .replace(/\s@\s*(?=\d)/g, ' at ')
    .replace(/(?<=\p{L})\s+\+\s+(?=\p{L})/gu, ' and ')
    .replace(/\b(?:loc|locality|area)\s*:\s*/gi, 'from ')
    // "put meena down for friday at 10": a lead put down for a day or an hour is booked for it.
    .replace(
      /\bput\s+((?:[a-z]+\s+){1,3}?)down\s+for\s+(?=(?:today|tonight|tomorrow|day\s+after|(?:this|next|coming|on)\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d|\d))/gi,
      'book $1for ',
    )
    // "make ravi won", "make meena follow up": a lead made a status is marked so.
    .replace(
      /(?<=^|[,.;]\s*|\b(?:and|please|so|also)\s+)make\s+(?!(?:it|that|this)\b)(?=(?:[a-z]+\s+){1,3}(?:as\s+)?(?:won|lost|follow[\s-]?up|in[\s-]?progress)(?:[\s,.!]+(?:thanks|thank\s+you|thx|please|pls|ok|okay))*[\s.!]*$)/gi,
      'mark ',
    );
  for (const filler of FILLERS) text = text.replace(filler, ' ');
  // "p uh m", "4e21 uh 8a9b": what a filler leaves is one space, so the words around it still meet
  // (ids are joined after the fillers go, once).
  text = canonicalIds(text.replace(/[ \t]{2,}/g, ' '));
  text = withoutStutters(text);
  // "rahul's lead meena iyer …": the colleague whose lead it is says nothing of the request; nor does
  // "priya will take meena's site visit …", which books it (read once the fillers are gone).
  text = text
    .replace(
      /\b\p{L}+'s\s+(?:lead|client|customer|prospect)\s+(?!(?:status|is|was|has|had|will|from|in|on|for|and|the|a|an)\b)(?=\p{L})/giu,
      '',
    )
    .replace(
      /\b\p{L}+\s+(?:will|shall|can|is\s+going\s+to)\s+(?:take|handle|attend|do|conduct)\s+(?=(?:\p{L}+\s+){0,2}\p{L}+'s\s+(?:site\s+)?(?:visit|viewing|meeting)\b)/giu,
      'book ',
    );
  // "visit on 05.12 at 11": a day and month with a dot between, after "on", as typed with a slash (read
  // once the fillers are gone: "on uh 05.12").
  text = text.replace(
    /\bon\s+(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?\b(?!\s*(?:am|pm|[ap]\.m\.))/gi,
    (_m, day: string, month: string, year?: string) => `on ${day}/${month}${year ? `/${year}` : ''}`,
  );
  // "okay so …", "hi, …", "sorry to bother, …": words that open speech say nothing; nor do the thanks
  // that close it, or "do the needful" (said alone, they stay: "hi" is still something said).
  const said = text;
  text = text
    .replace(
      /^\s*(?:(?:ok(?:ay)?|so|hi|hello|hey|yes|yeah|right|alright|haan|han|ji|acha|achha|accha|hmm+|sorry\s+to\s+(?:bother|disturb|trouble)(?:\s+you)?)\b[\s,.]*)+/i,
      '',
    )
    // "thanks for yesterday, …", "just checking, is …", "quick question, …": an opener said before a comma
    // says nothing of the request.
    .replace(
      /^\s*(?:(?:thanks|thank\s+you|thx)(?:\s+(?:a\s+lot|so\s+much|again))?(?:\s+for\s+[^,.;:]{1,40})?|just\s+checking|(?:a\s+|one\s+)?quick\s+(?:question|check)|one\s+question)\s*[,.;:]\s*(?=\p{L})/iu,
      '',
    )
    // "sorry for the noise, …", "there is a lot of traffic noise, …", "i am driving, …", "bad network,
    // …": where the speaker is says nothing of the request.
    .replace(
      /^\s*(?:sorry[\s,]+)?(?:(?:for|about)\s+the\s+(?:\p{L}+\s+)?(?:noise|disturbance)|(?:there\s+is|there's)\s+(?:a\s+lot\s+of\s+|so\s+much\s+|some\s+)?(?:\p{L}+\s+)?(?:noise|disturbance)(?:\s+(?:here|around))?|(?:i\s+am|i'm)\s+(?:driving|on\s+the\s+road|in\s+(?:traffic|the\s+car)|outside)|(?:the\s+)?(?:network|line|signal)\s+is\s+(?:bad|weak|poor|breaking)|bad\s+(?:network|line|signal))\s*[,.;:]\s*(?=\p{L})/iu,
      '',
    )
    // "happy to report that …", "glad to say …", "sorry to inform you …": how the news feels, not the news.
    .replace(
      /^\s*(?:(?:i\s+am|i'm|we\s+are|we're)\s+)?(?:(?:very|so|really)\s+)?(?:happy|glad|pleased|delighted|sad|sorry)\s+to\s+(?:report|say|inform(?:\s+you)?|share|tell\s+you|let\s+you\s+know)(?:\s+that)?[\s,:]+(?=\p{L})/iu,
      '',
    )
    // "forget that, mark her as follow up": what was taken back before this is no part of it.
    .replace(
      /^\s*(?:(?:actually|no|okay|ok|sorry)[\s,]+)*(?:forget|leave|ignore|cancel|scratch)\s+(?:that|it|this)\b[\s,.;]*(?=\p{L})/iu,
      '',
    )
    // "hello everyone …", "team, …", "new lead guys …": the people the speaker addresses are no part of
    // the request.
    .replace(
      /^\s*(?:good\s+(?:morning|afternoon|evening)\s+)?(?:everyone|everybody|all|team|guys|folks)\b[\s,.:]*/i,
      '',
    )
    .replace(
      /\b(leads?|enquiry|update|updates)\s+(?:for\s+you\s+)?(?:guys|folks|team|everyone|all)\b[\s,]*/gi,
      '$1 ',
    )
    // "updates ravi won, meena lost", "today's updates: …", "two updates …": a heading before a list says
    // nothing.
    .replace(
      /^\s*(?:(?:(?:today'?s|quick|some|few|a\s+few|status|lead|latest|two|three|four|five|\d+|(?:a\s+)?couple\s+of)\s+)+)?updates\b\s*[:,-]?\s*(?=\p{L})/iu,
      '',
    )
    .replace(
      /(?:(?:^|[\s,.;!-]+)(?:(?:ok(?:ay)?|and)\s+)?(?:(?<!\bno\s+)thanks?(?:\s+(?:a\s+lot|you|so\s+much))*|thank\s+you(?:\s+(?:very|so)\s+much)?|thankyou|thx|ty|cheers|bye|that'?s\s+(?:all|it)|(?:(?:please|kindly)\s+)?do\s+the\s+needful|(?:did\s+you|you)\s+(?:get|got)\s+(?:that|it)|are\s+you\s+(?:there|listening)|can\s+you\s+hear\s+me))+[\s.!?]*$/i,
      '',
    );
  if (!/\p{L}|\d/u.test(text)) text = said;
  // "good news amol came …", "fyi bhavna …", "long story short …": an opener says how the news feels,
  // or that it is the end of a story, not what it is; "my colleague priya told me …", "rahul from our
  // team says …": who passed the news on is not what it is about;
  // "please note rekha is not interested": an opener that asks for attention is no note of the lead's.
  text = text.replace(
    /^\s*(?:(?:good|bad|great|sad)\s+news|fyi|(?:my\s+|our\s+)?(?:colleague|manager|team\s*mate|teammate|boss|senior|broker|agent|sales\s+head)(?:\s+\p{L}+)?\s+(?:told\s+me|tells\s+me|says|said|informed(?:\s+me)?|called\s+to\s+say)(?:\s+that)?\b|\p{L}+\s+from\s+(?:our|the)\s+(?:team|office|site|sales\s+team)\s+(?:says|said|told\s+me|informed(?:\s+me)?)(?:\s+that)?\b|quick\s+update\s*:|(?:to\s+cut\s+a\s+)?long\s+story\s+short|(?:a\s+|it\s+was\s+a\s+|what\s+a\s+)?(?:good|bad|long|busy|hectic|tough|slow|big|great|crazy|productive|quiet|mad|lovely)\s+day(?:\s+(?:overall|today))?\b|in\s+short|bottom\s+line|anyways?\b|(?:(?:please|kindly|pls|plz)\s+)?note(?:\s+that)?\b(?=\s+\p{L}))[\s,:.-]*/iu,
    '',
  );
  text = text
    // "not tomorrow, day after": "day after" said alone is the day after tomorrow.
    .replace(
      /\b(?:the\s+)?day\s+after\b(?!\s+tomorrow)(?=\s*(?:[,.;!?]|$|at\b|by\b|around\b|morning\b|evening\b|afternoon\b|\d))/gi,
      'day after tomorrow',
    )
    .replace(LIKE_IN_A_SLOT, '$1')
    .replace(LIKE_BEFORE_A_TIME, '')
    // "mehul sent his friend nirav to us", "she introduced her colleague …": a person referred.
    .replace(
      /\b(?:sent|introduced|recommended|suggested|brought)\s+(?:us\s+|me\s+)?(?=(?:his|her|their)\s+(?:friend|colleague|cousin|relative|neighbou?r|brother|sister|friends|colleagues|relatives|cousins)\b)/gi,
      'referred ',
    )
    // "to morrow": "tomorrow" heard as two words ("morrow" is said alone by no one).
    .replace(/\bto\s+morrow\b/gi, 'tomorrow')
    // "brother in law", "sister-in-law": one relation, written as one word.
    .replace(/\b(brother|sister|father|mother|son|daughter)[\s-]+in[\s-]+law\b/gi, '$1-in-law')
    // "tomorrow itself", "today only": the Indian English stress on a day; "interested only", "lost
    // only" on a status said last in its clause.
    .replace(/\b(today|tomorrow|tonight)\s+(?:itself|only)\b/gi, '$1')
    .replace(
      /\b(interested|keen|serious|won|lost|up|progress)\s+(?:itself|only)\b(?=\s*(?:[,.;!?]|$)|\s+(?:he|she|they|but|so)\b)/gi,
      '$1',
    )
    // "kavya, that is k a v y a, menon": a word spelt out letter by letter after it is said is said once.
    .replace(SPELT_AFTER, (whole: string, word: string, letters: string) =>
      letters.replace(/[\s.-]+/g, '').toLowerCase() === word.toLowerCase() ? word : whole,
    )
    // "rekha is won and so is dharmesh": the same said of the second, in full.
    .replace(
      /\b(is|are|has|have)\s+([^,.;]+?)\s*,?\s+and\s+so\s+(?:is|are|has|have)\s+((?:\p{L}+\s+){0,2}\p{L}+)(?=\s*[.!]?\s*$)/iu,
      '$1 $2 and $3 $1 $2',
    );
  if (HINGLISH_WORD.test(text)) {
    text = hindiHours(text);
    for (const [pattern, replacement, needs] of HINGLISH) {
      if (needs && !text.toLowerCase().includes(needs)) continue;
      text =
        typeof replacement === 'string'
          ? text.replace(pattern, replacement)
          : text.replace(pattern, (...groups: string[]) => replacement(...groups));
    }
  }
  text = digitHomophones(text);
  if (/\b(?:nineteen|twenty)\b/i.test(text)) text = spokenYears(text);
  text = joinSpokenDigitRuns(text);
  // "plus 91 98450 12345": "plus" before a country code said in digits is the number's own plus.
  if (/\bplus\b/i.test(text)) text = text.replace(/\bplus\s+(?=\d{1,3}[\s-]+\d{3,})/gi, '+');
  // "… nine eight two three zero then nine three zero one two": a number said in two pieces.
  text = text.replace(/(?<=\d{3})\s+then\s+(?=\d{3})/gi, ' ');
  text = ordinalWordsToDigits(text);
  text = withoutListNumbers(numberWordsToDigits(text));
  text = whileInMinutes(text);
  text = spelledIds(text);
  // "11 11 am", "in two two days": a small number said twice, alone (not inside a run of digits,
  // where "98 11 11 22 33" is a phone, nor a typed date and clock: "15/10 10 am", "23/11 11:30"), is
  // said once.
  text = text.replace(
    /(?<![\d/][\s.-]*)\b(\d{1,2})\s+\1\b(?![\s.:/-]*\d)/g,
    (run, number: string, at: number, whole: string) =>
      // A day of the month said twice ("14 14 oct") is that day too.
      Number(number) <= 12 || (Number(number) <= 31 && DAY_OF_MONTH_AFTER.test(whole.slice(at + run.length)))
        ? number
        : run,
  );
  // "2 oct 2025 2025": a year said twice.
  text = text.replace(/\b((?:19|20)\d{2})\s+\1\b/g, '$1');
  // "shift ravi's visit from monday to tuesday at 4": a visit moved is booked on the day it is moved to.
  if (
    /\b(?:move|moved|shift|shifted|change|changed|reschedule|rescheduled|postpone|postponed|prepone|preponed|push|pushed)\b/i.test(
      text,
    )
  )
    text = text.replace(MOVED_FROM_DAY, 'to ');
  // "… coming on the weekend and want to see the flat on sunday at 5": the day said inside the weekend
  // is the one meant; the weekend said around it is no second day.
  if (/\bweekend\b/i.test(text) && /\b(?:satur|sun)day\b/i.test(text))
    text = text.replace(/\b(?:(?:on|over|for|during)\s+)?(?:the|this|coming)\s+weekend\b/gi, ' ');
  // "tomorrow's visits: …", "monday's appointment": the day after what it is the day of.
  text = text.replace(
    /\b(today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s\s+((?:site\s+)?(?:visits?|appointments?|meetings?))\b/gi,
    '$2 $1',
  );
  // "will come by 4 today", "by 11 am tomorrow": the hour the lead comes by is the visit's hour, as
  // "at" says it (chrono reads no hour after "by"); never an amount ("by 5 lakhs").
  text = text.replace(
    /\bby\s+(?=\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|o'?clock)\b|\s+(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\s*(?:[,.;!?]|$)))/gi,
    'at ',
  );
  // "this day next week", "next week this day": a week from today.
  text = text.replace(
    /\b(?:(?:this|the\s+same|same)\s+day\s+next\s+week|next\s+week\s+(?:this|the\s+same|same)\s+day)\b/gi,
    'a week from today',
  );
  // "next week friday", "next week on friday": the day of next week, as chrono reads it.
  text = text.replace(
    /\bnext\s+week\s+(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    '$1 next week',
  );
  // Clock phrases before repairs too, so that "at 5 no make it half past 5" corrects a time with a time.
  text = resolveRepairs(clockPhrases(text));
  text = clockPhrases(text);
  return text
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?=[^\s\d])/g, '$1 ')
    .replace(/([,.])\1+/g, '$1')
    .replace(/^[\s,.;:]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
