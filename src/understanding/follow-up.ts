import type { Intent } from '../kernel/domain';
import type { SaidEntities } from '../kernel/said';
import { findLocality } from '../values/localities';
import { normalizeTranscript } from '../values/normalize';
import { findPhoneMention } from '../values/phone';
import { findStatusPhrase } from '../values/status';
import { findTimeMention } from '../values/time';
import { blank, extractCity, extractNameForCreate, extractSource, extractUpdate } from './rules/extractors';

/**
 * Reads a bare answer to a question the bot asked ("What is Nikhil Rao's phone number?" — "his
 * number is 98220 55667"; "Which Priya?" — "Priya Singh"; "When?" — "Monday at 4 pm") for just the
 * fields the pending request needs. Works for any engine: the answer is short and its grammar simple.
 */
const LEAD_IN =
  /^\s*(?:(?:it'?s|it\s+is|that'?s|that\s+is|i\s+mean|the\s+(?:one|1)|make\s+it|ok|okay|yes|yeah|so|um|uh|his|her|their|the|for|with)\b[\s,]*)+/i;
const FIELD_LABEL =
  /^\s*(?:(?:phone|mobile|number|contact|name|city|status|time)\s*(?:number\s*)?(?:is|:)?\s*)+/i;

function bare(text: string): string {
  return text
    .replace(LEAD_IN, '')
    .replace(FIELD_LABEL, '')
    .replace(/[.!?]+$/, '')
    .trim();
}

/** "from ", "lives in ", "city is ": the words that say a city comes next (read with it, or before it). */
const CITY_CUE_WORDS = String.raw`(?:from|in|city(?:\s+is)?|lives\s+in|stays\s+in)`;
const CITY_CUE = new RegExp(String.raw`^${CITY_CUE_WORDS}\b`, 'i');
const CITY_CUE_BEFORE = new RegExp(String.raw`\b${CITY_CUE_WORDS}\s*$`, 'i');

const isShort = (text: string, words: number) => text.length > 0 && text.split(/\s+/).length <= words;

const localityOnly = (words: string) => {
  const cities = findLocality(words)?.cities ?? [];
  return cities.length > 0 && !cities.some((city) => city.toLowerCase() === words.toLowerCase());
};

export function readAnswer(
  answer: string,
  needs: readonly string[],
  intent: Intent,
  region: string,
): SaidEntities {
  const text = normalizeTranscript(answer);
  const said: SaidEntities = {};
  let rest = text;

  if (needs.includes('phone')) {
    const phone = findPhoneMention(text, region);
    if (phone) {
      said.phone = phone.text;
      rest = `${text.slice(0, phone.start)} ${text.slice(phone.end)}`;
    } else if (/\d{3,}/.test(text)) said.phone = text.replace(/[^\d+\s-]/g, '').trim();
  }
  // What is left once the time is read: "for rani mukerji on thursday at 11" names the lead too.
  let withoutTime = text;
  if (needs.includes('visit_time')) {
    const time = findTimeMention(text);
    said.time = time?.text ?? bare(text);
    withoutTime = (time?.spans ?? []).reduce(blank, text);
  }
  if (needs.includes('status')) {
    const status = findStatusPhrase(text);
    said.status = status ? text.slice(status.start, status.end) : bare(text);
    // "lost, he found it too far from his office": a reason said with the answer is its note.
    const notes = status ? extractUpdate(text).notes : undefined;
    if (notes) said.notes = notes;
  }
  if (needs.includes('city')) {
    const city = extractCity(rest);
    const answer = bare(rest);
    if (city?.value) said.city = city.value;
    // ("kothrud": a locality of a city, answered alone, names the city and is kept as the locality — unless
    // it is a town of its own too: "anantapur" answers "Anantapur itself or Howrah?".)
    else if (!needs.includes('name') && isShort(answer, 3) && localityOnly(answer)) said.locality = answer;
    else if (!needs.includes('name') && isShort(answer, 3))
      // ("anantapur itself", "the town only": the words that stress the place are no part of it.)
      said.city = answer.replace(/(?:\s+(?:itself|only|town|city))+$/i, '');
  } else if (intent === 'LEAD_CREATE') {
    // "sorry, she is from udupi, number 98450 66778": a city said again, with its cue, corrects the one
    // said before (the lead is not written yet).
    const city = extractCity(rest);
    const cued =
      city !== null &&
      (CITY_CUE.test(rest.slice(city.span.start)) || CITY_CUE_BEFORE.test(rest.slice(0, city.span.start)));
    if (city?.value && cued) said.city = city.value;
  }
  if (needs.includes('name')) {
    const name = extractNameForCreate(rest);
    if (name && !(said.city && name.toLowerCase() === said.city.toLowerCase())) said.name = name;
  }
  // "his number is 98220 55667 and he came through a broker": where a new lead came from, said with
  // the answer, is kept too.
  if (intent === 'LEAD_CREATE' && !needs.includes('source')) {
    const source = extractSource(rest);
    if (source) said.source = source.value;
  }
  if (needs.includes('lead_id') && intent !== 'LEAD_CREATE') {
    // "the one from hyderabad, ravi teja", "the one from delhi": where the lead is from tells leads of
    // one name apart; said alone, it qualifies the name already said (see completePending).
    const remaining = withoutTime
      .replace(/\s+(?:on|at|for|by)?\s*$/i, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
    const place = extractCity(remaining);
    const named = place
      ? bare(`${remaining.slice(0, place.span.start)} ${remaining.slice(place.span.end)}`)
      : '';
    const from = place?.value ? ` from ${place.value}` : '';
    const reference = place ? `${named.replace(/\s{2,}/g, ' ')}${from}`.trim() : bare(remaining);
    if (reference !== '' && isShort(reference, 7)) said.lead_reference = reference;
  }
  return said;
}
