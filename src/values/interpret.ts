import {
  REQUIRED_FIELDS,
  type ActionIntent,
  type Entities,
  type EntityField,
  type LeadStatus,
} from '../kernel/domain';
import { ValidationError } from '../kernel/errors';
import type { SaidEntities } from '../kernel/said';
import { canonicalCity, canonicalSource, properCase } from './lexicon';
import { findLocality } from './localities';
import { normalizeTranscript } from './normalize';
import { parsePhone } from './phone';
import { findStatusPhrases, statusFromWords } from './status';
import { readTime } from './time';

/**
 * The deterministic layer: whatever engine understood the transcript, its entities-as-said become
 * values here — E.164 phones, ISO 8601 times in the request's zone, one of five statuses, names and
 * cities as a CRM stores them — or a ValidationError that says what is wrong and asks for the fix.
 */
export interface InterpretContext {
  referenceTime: Date;
  timezone: string;
  region: string;
}

/** A request's values, complete and checked; a lead still as said (the turn resolves it). */
export type Values =
  | {
      intent: 'LEAD_CREATE';
      name: string;
      phone: string;
      city: string;
      locality?: string;
      source?: string;
      notes?: string;
    }
  | { intent: 'VISIT_SCHEDULE'; lead_reference: string; visit_time: string; notes?: string }
  | { intent: 'LEAD_UPDATE'; lead_reference: string; status: LeadStatus; notes?: string };

export type Interpreted = ({ ok: true; values: Values } | { ok: false; problem: ValidationError }) & {
  entities: Entities;
  /** The lead as said, whether or not the rest is usable. */
  lead_reference: string | undefined;
};

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  phone: 'phone number',
  city: 'city',
  lead_id: 'lead',
  visit_time: 'visit time',
  status: 'status',
};

const MANY_LEADS = /\b(?:every|all|each|everyone|everybody|any)\b/i;

const STATUS_CHOICES = 'new, in progress, follow up, won or lost';
const LEAD_PROMPT = 'Which lead is this for? Say a name, a phone number or a lead id.';
const TIME_PROMPT = 'When should the visit be? For example: Monday at 4 pm.';
const STATUS_PROMPT = `What should the status be: ${STATUS_CHOICES}?`;

function listWords(words: string[], last = 'and'): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** A question a person can answer to supply what is missing. */
export function promptFor(intent: ActionIntent, missing: readonly string[], entities: Entities): string {
  if (intent === 'LEAD_CREATE') {
    const whose = entities.name ? `${entities.name}'s` : "the new lead's";
    if (missing.length === 1 && missing[0] === 'city') {
      if (!entities.locality) return `Which city is ${entities.name ?? 'the new lead'} from?`;
      // ("Which city is Anantapur in: Anantapur itself or Howrah?": the places a locality's name may be.)
      const locality = entities.locality;
      const places = (findLocality(locality)?.cities ?? []).map((city) =>
        city.toLowerCase() === locality.toLowerCase() ? `${city} itself` : city,
      );
      return places.length > 1
        ? `Which city is ${locality} in: ${listWords(places, 'or')}?`
        : `Which city is ${locality} in?`;
    }
    return `What is ${whose} ${listWords(missing.map((field) => FIELD_WORDS[field] ?? field))}?`;
  }
  const first = missing[0];
  if (first === 'lead_id') return LEAD_PROMPT;
  if (first === 'visit_time') return TIME_PROMPT;
  return STATUS_PROMPT;
}

const clean = (value: string | undefined) => {
  const trimmed = value?.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
  return trimmed ? trimmed : undefined;
};

/** What reading one intent's entities found: canonical values, problems, and the fields said but invalid. */
interface Reading {
  entities: Entities;
  lead_reference?: string;
  problems: string[];
  prompt?: string;
  invalid: EntityField[];
}

function readLead(said: SaidEntities, context: InterpretContext, reading: Reading): void {
  const { entities } = reading;
  const name = clean(said.name);
  const city = clean(said.city);
  const locality = clean(said.locality);
  const source = clean(said.source);
  if (name) entities.name = properCase(name);
  if (city) entities.city = canonicalCity(city);
  if (locality) {
    // ("hsr layout": as the postal list writes it, "HSR Layout".)
    const known = findLocality(locality);
    entities.locality = known?.name ?? properCase(locality);
    // A locality said without its city names the city when only one known city has it.
    const [only, ...more] = city ? [] : (known?.cities ?? []);
    if (only && more.length === 0) entities.city = only;
  }
  // "from anantapur" — "which city?" — "anantapur itself": the town is the city, no locality of itself.
  if (entities.city && entities.locality?.toLowerCase() === entities.city.toLowerCase())
    delete entities.locality;
  if (source) entities.source = canonicalSource(source) ?? properCase(source);
  // Any engine may give the phone as spoken ("nine eight seven …"): read it as speech first.
  const phone = clean(said.phone === undefined ? undefined : normalizeTranscript(said.phone));
  if (!phone) return;
  if (ALTERNATIVES.test(phone)) {
    reading.problems.push(`I heard more than one phone number ('${phone}').`);
    reading.prompt = `Which is ${entities.name ?? 'the lead'}'s phone number? Please say just that one.`;
    reading.invalid.push('phone');
    return;
  }
  const parsed = parsePhone(phone, context.region);
  if (parsed.ok) entities.phone = parsed.e164;
  else {
    reading.problems.push(parsed.reason);
    reading.prompt = `What is ${entities.name ?? 'the lead'}'s phone number? Please say all 10 digits.`;
    reading.invalid.push('phone');
  }
}

/** "meena iyer or ravi kumar": two leads said where one is meant. */
const LEAD_ALTERNATIVES = /^(.+?)\s+or\s+(.+)$/i;

function readReference(said: SaidEntities, reading: Reading): void {
  const reference = clean(said.lead_reference);
  if (!reference) return;
  const either = LEAD_ALTERNATIVES.exec(reference);
  if (either) {
    reading.problems.push(`I heard more than one lead ('${reference}').`);
    reading.prompt = `Which lead is this for — ${properCase(either[1] ?? '')} or ${properCase(either[2] ?? '')}?`;
    reading.invalid.push('lead_id');
    return;
  }
  reading.lead_reference = reference;
  // One request touches one lead, whatever an engine (or a prompt injection) proposes.
  if (MANY_LEADS.test(reference)) {
    reading.problems.push(`'${reference}' is more than one lead; Leadline changes one lead at a time.`);
    reading.prompt = LEAD_PROMPT;
  }
}

/** Two values said as one ("4 or 5", "either 11 or 12", "98220 55667 or 98220 55668"). */
const ALTERNATIVES = /\b(?:or|either|maybe|perhaps|not\s+sure)\b/i;

function readVisitTime(said: SaidEntities, context: InterpretContext, reading: Reading): void {
  const asSaid = clean(said.time);
  if (!asSaid) return;
  // "if she calls back, book her for saturday at 11": the time is read and reported, nothing is booked.
  const onCondition = /^if\s+/i.exec(asSaid);
  const phrase = onCondition ? asSaid.slice(onCondition[0].length) : asSaid;
  if (ALTERNATIVES.test(phrase)) {
    reading.problems.push(`I heard more than one time ('${phrase}'). Say the one time the visit should be.`);
    reading.prompt = 'When should the visit be? Please say one time, for example: Monday at 4 pm.';
    reading.invalid.push('visit_time');
    return;
  }
  // "not now", "not yet", "not friday": a time denied is no time to write (chrono reads "now" in it).
  if (/\bnot\b/i.test(phrase)) {
    reading.problems.push(
      HELD_BACK.test(phrase)
        ? `The visit was held back ('${phrase}'); nothing was booked.`
        : `'${phrase}' says when the visit is not, not when it is.`,
    );
    reading.prompt = TIME_PROMPT;
    reading.invalid.push('visit_time');
    return;
  }
  const time = readTime(normalizeTranscript(phrase), context.referenceTime, context.timezone);
  if (!time.ok) {
    reading.problems.push(time.message);
    reading.prompt = TIME_PROMPT;
    reading.invalid.push('visit_time');
  } else if (time.instant.getTime() < context.referenceTime.getTime() - 60_000) {
    reading.problems.push(
      `The visit time ${time.iso} is in the past. Give a future time, e.g. "tomorrow at 11 am" or ISO 8601.`,
    );
    reading.prompt = 'When should the visit be? It has to be in the future, for example: tomorrow at 11 am.';
    reading.invalid.push('visit_time');
  } else {
    reading.entities.visit_time = time.iso;
    if (onCondition) {
      reading.problems.push('The visit was asked for on a condition; nothing was booked.');
      reading.prompt = 'Is the visit confirmed? Say its day and time again to book it.';
      reading.invalid.push('visit_time');
    }
  }
}

/** "not yet", "not now": a request the speaker held back (see the rules engine's withoutDeniedValue). */
const HELD_BACK = /^not\s+(?:yet|now|today|right\s+now)$/i;

function readStatus(said: SaidEntities, reading: Reading): void {
  const words = clean(said.status);
  if (!words) return;
  const status = statusFromWords(words);
  if (status) reading.entities.status = status;
  else {
    // "booked there" (ours or a rival's?), "not won", "won once she pays": status words that do not
    // say one status for sure are not unknown; the answer says what is unsure.
    reading.problems.push(
      HELD_BACK.test(words)
        ? `The update was held back ('${words}'); nothing was changed. Say the status when it is time.`
        : findStatusPhrases(words).length > 0
          ? `'${words}' can mean more than one status, or none for sure yet. Say which of NEW, IN_PROGRESS, FOLLOW_UP, WON, LOST it should be.`
          : `Unknown status '${words}'. Use one of NEW, IN_PROGRESS, FOLLOW_UP, WON, LOST.`,
    );
    reading.prompt = STATUS_PROMPT;
    reading.invalid.push('status');
  }
}

/** The checked values of a reading with no problem, or null when a required one is absent. */
function valuesOf(intent: ActionIntent, reading: Reading): Values | null {
  const { entities, lead_reference } = reading;
  const notes = entities.notes === undefined ? {} : { notes: entities.notes };
  switch (intent) {
    case 'LEAD_CREATE': {
      const { name, phone, city, locality, source } = entities;
      if (!name || !phone || !city) return null;
      return {
        intent,
        name,
        phone,
        city,
        ...(locality ? { locality } : {}),
        ...(source ? { source } : {}),
        ...notes,
      };
    }
    case 'VISIT_SCHEDULE':
      if (!lead_reference || !entities.visit_time) return null;
      return { intent, lead_reference, visit_time: entities.visit_time, ...notes };
    case 'LEAD_UPDATE':
      if (!lead_reference || !entities.status) return null;
      return { intent, lead_reference, status: entities.status, ...notes };
  }
}

export function interpret(intent: ActionIntent, said: SaidEntities, context: InterpretContext): Interpreted {
  const reading: Reading = { entities: {}, problems: [], invalid: [] };
  if (intent === 'LEAD_CREATE') readLead(said, context, reading);
  else readReference(said, reading);
  if (intent === 'VISIT_SCHEDULE') readVisitTime(said, context, reading);
  if (intent === 'LEAD_UPDATE') readStatus(said, reading);
  const notes = clean(said.notes);
  if (notes) reading.entities.notes = notes.slice(0, 1000);

  // A field that was said but is invalid is not "missing": the problem above already names it.
  // lead_id is filled in only once the reference is resolved through the CRM.
  const present = (field: EntityField) =>
    field === 'lead_id' ? reading.lead_reference !== undefined : reading.entities[field] !== undefined;
  const missing = REQUIRED_FIELDS[intent].filter(
    (field) => !present(field) && !reading.invalid.includes(field),
  );
  if (missing.length > 0) {
    reading.problems.unshift(
      `Missing required field${missing.length > 1 ? 's' : ''}: ${listWords([...missing])}.`,
    );
    reading.prompt = promptFor(intent, missing, reading.entities);
  }
  const values = reading.problems.length === 0 ? valuesOf(intent, reading) : null;
  const { entities, lead_reference } = reading;
  if (values) return { ok: true, entities, values, lead_reference };
  const problem = new ValidationError(reading.problems.join(' ') || 'A required value is missing.', {
    missing,
    fields: reading.invalid,
    ...(reading.prompt ? { prompt: reading.prompt } : {}),
  });
  return { ok: false, entities, problem, lead_reference };
}
