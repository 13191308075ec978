import { REQUIRED_FIELDS, type Entities, type Intent } from '../domain';
import { ValidationError } from '../errors';
import { canonicalCity, canonicalSource, properCase } from './lexicon';
import { normalizeTranscript } from './normalize';
import { parsePhone } from './phone';
import type { SaidEntities } from './provider';
import { statusFromWords } from './status';
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

export interface Interpreted {
  entities: Entities;
  /** The lead reference as said; the pipeline resolves it through the CRM. */
  leadReference: string | undefined;
  problem: ValidationError | null;
}

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

function listWords(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A question a person can answer to supply what is missing. */
export function promptFor(intent: Intent, missing: readonly string[], entities: Entities): string {
  if (intent === 'LEAD_CREATE') {
    const whose = entities.name ? `${entities.name}'s` : "the new lead's";
    if (missing.length === 1 && missing[0] === 'city')
      return `Which city is ${entities.name ?? 'the new lead'} from?`;
    return `What is ${whose} ${listWords(missing.map((field) => FIELD_WORDS[field] ?? field))}?`;
  }
  const first = missing[0];
  if (first === 'lead_id') return 'Which lead is this for? Say a name, a phone number or a lead id.';
  if (first === 'visit_time') return 'When should the visit be? For example: Monday at 4 pm.';
  return `What should the status be: ${STATUS_CHOICES}?`;
}

const clean = (value: string | undefined) => {
  const trimmed = value?.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
  return trimmed ? trimmed : undefined;
};

export function interpret(intent: Intent, said: SaidEntities, context: InterpretContext): Interpreted {
  const entities: Entities = {};
  let leadReference: string | undefined;
  const problems: string[] = [];
  let prompt: string | undefined;

  if (intent === 'LEAD_CREATE') {
    const name = clean(said.name);
    const city = clean(said.city);
    const source = clean(said.source);
    if (name) entities.name = properCase(name);
    if (city) entities.city = canonicalCity(city);
    if (source) entities.source = canonicalSource(source) ?? properCase(source);
    // Any engine may give the phone as spoken ("nine eight seven …"): read it as speech first.
    const phone = clean(said.phone === undefined ? undefined : normalizeTranscript(said.phone));
    if (phone) {
      const parsed = parsePhone(phone, context.region);
      if (parsed.ok) entities.phone = parsed.e164;
      else {
        problems.push(parsed.reason);
        prompt = `What is ${entities.name ?? 'the lead'}'s phone number? Please say all 10 digits.`;
      }
    }
  }

  if (intent === 'VISIT_SCHEDULE' || intent === 'LEAD_UPDATE') {
    leadReference = clean(said.lead_ref);
    // One request touches one lead, whatever an engine (or a prompt injection) proposes.
    if (leadReference && MANY_LEADS.test(leadReference)) {
      problems.push(`'${leadReference}' is more than one lead; Leadline changes one lead at a time.`);
      prompt = 'Which lead is this for? Say a name, a phone number or a lead id.';
    }
  }

  if (intent === 'VISIT_SCHEDULE' && clean(said.time)) {
    const reading = readTime(normalizeTranscript(said.time!), context.referenceTime, context.timezone);
    if (!reading.ok) {
      problems.push(reading.message);
      prompt = 'When should the visit be? For example: Monday at 4 pm.';
    } else if (reading.instant.getTime() < context.referenceTime.getTime() - 60_000) {
      problems.push(
        `The visit time ${reading.iso} is in the past. Give a future time, e.g. "tomorrow at 11 am" or ISO 8601.`,
      );
      prompt = 'When should the visit be? It has to be in the future, for example: tomorrow at 11 am.';
    } else entities.visit_time = reading.iso;
  }

  if (intent === 'LEAD_UPDATE' && clean(said.status)) {
    const status = statusFromWords(said.status!);
    if (status) entities.status = status;
    else {
      problems.push(
        `Unknown status '${clean(said.status)}'. Use one of NEW, IN_PROGRESS, FOLLOW_UP, WON, LOST.`,
      );
      prompt = `What should the status be: ${STATUS_CHOICES}?`;
    }
  }

  const notes = clean(said.notes);
  if (notes && intent !== 'UNKNOWN') entities.notes = notes.slice(0, 1000);

  if (intent === 'UNKNOWN') return { entities: {}, leadReference: undefined, problem: null };

  // A field that was said but is invalid is not "missing": the problem above already names it.
  const saidButInvalid = new Set<string>();
  if (clean(said.phone) && !entities.phone) saidButInvalid.add('phone');
  if (clean(said.time) && !entities.visit_time) saidButInvalid.add('visit_time');
  if (clean(said.status) && !entities.status) saidButInvalid.add('status');
  // lead_id is filled in only once the reference is resolved through the CRM.
  const present = (field: keyof Entities) =>
    field === 'lead_id' ? leadReference !== undefined : entities[field] !== undefined;
  const missing = REQUIRED_FIELDS[intent].filter((field) => !present(field) && !saidButInvalid.has(field));

  if (missing.length > 0) {
    problems.unshift(`Missing required field${missing.length > 1 ? 's' : ''}: ${listWords([...missing])}.`);
    prompt = promptFor(intent, missing, entities);
  }
  const problem =
    problems.length > 0
      ? new ValidationError(problems.join(' '), {
          missing,
          fields: [...saidButInvalid],
          ...(prompt ? { prompt } : {}),
        })
      : null;
  return { entities, leadReference, problem };
}
