import { casesOf, expand, loadFixtureFile, type Expectation, type FixtureCase } from './fixtures';
import { compare, isWrongWrite, observe, type TurnResult } from './score';
import type { Target } from './targets';

/**
 * Runs fixture files through a target, case by case: declare the case's leads, send its turns in
 * order (one session for several turns), and compare each answer with its expectation.
 */
export interface RunOptions {
  files: string[];
  target: Target;
  onProgress?: (done: number, total: number) => void;
  /** Changes each transcript before it is sent (e.g. `withoutPunctuation`); the expectations stay. */
  transform?: (transcript: string) => string;
}

/**
 * A transcript as a speech recogniser that writes no punctuation would give it: commas, stops,
 * colons, semicolons, brackets and question and exclamation marks become spaces, except a stop or a
 * colon between digits ("4:30", "4.30").
 */
export function withoutPunctuation(transcript: string): string {
  return transcript
    .replace(/[,;!?()]|(?<!\d)[.:]|[.:](?!\d)/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export interface RunResult {
  results: TurnResult[];
  /** What each file's cases returned, for --record: file path -> case id -> one expectation per turn. */
  recorded: Map<string, Map<string, Expectation[]>>;
  /** Cases the target cannot run (fixed ids against a server), with the reason: not scored. */
  skipped: { file: string; id: string; reason: string }[];
}

function expandExpectation(expectation: Expectation, leads: Parameters<typeof expand>[1]): Expectation {
  const entities = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, expand(value, leads)]));
  return {
    ...expectation,
    entities: entities(expectation.entities),
    ...(expectation.actions
      ? { actions: expectation.actions.map((action) => ({ ...action, entities: entities(action.entities) })) }
      : {}),
  };
}

async function runCase(
  item: FixtureCase,
  target: Target,
  transform: (transcript: string) => string = (transcript) => transcript,
): Promise<{ results: TurnResult[]; observed: Expectation[] }> {
  const results: TurnResult[] = [];
  const observedTurns: Expectation[] = [];
  let leads;
  try {
    leads = await target.reset(item.leads);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      results: item.turns.map((turn, index) => failed(item, index, turn.transcript, turn.expect, message)),
      observed: [],
    };
  }
  for (const [index, turn] of item.turns.entries()) {
    let transcript = turn.transcript;
    let expected = turn.expect;
    try {
      transcript = transform(expand(turn.transcript, leads));
      expected = expandExpectation(turn.expect, leads);
      const answer = await target.send({
        transcript,
        reference_time: item.referenceTime,
        timezone: item.timezone,
        session_id: item.sessionId,
      });
      const observed = observe(answer.httpStatus, answer.body);
      const diff = compare(expected, observed);
      results.push({
        file: item.file,
        id: item.turns.length > 1 ? `${item.id}#${index + 1}` : item.id,
        transcript,
        expected,
        observed,
        latencyMs: answer.latencyMs,
        provider: answer.provider,
        intentCorrect: observed.intent === expected.intent,
        frameCorrect: diff.length === 0,
        wrongWrite: isWrongWrite(expected, observed),
        diff,
      });
      observedTurns.push(recordable(observed, leads));
    } catch (error) {
      results.push(
        failed(item, index, transcript, expected, error instanceof Error ? error.message : String(error)),
      );
    }
  }
  return { results, observed: observedTurns };
}

function failed(
  item: FixtureCase,
  index: number,
  transcript: string,
  expected: Expectation,
  error: string,
): TurnResult {
  return {
    file: item.file,
    id: item.turns.length > 1 ? `${item.id}#${index + 1}` : item.id,
    transcript,
    expected,
    observed: {
      intent: 'NONE',
      outcome: 'NOT_RUN',
      httpStatus: 0,
      entities: {},
      missing: undefined,
      actions: undefined,
    },
    latencyMs: 0,
    provider: 'none',
    intentCorrect: false,
    frameCorrect: false,
    wrongWrite: false,
    diff: [],
    error,
  };
}

/** An observed answer written back as an expectation, with lead ids turned back into templates. */
function recordable(
  observed: ReturnType<typeof observe>,
  leads: Record<string, { id: string }>,
): Expectation {
  const byId = new Map(Object.entries(leads).map(([key, lead]) => [lead.id, `{${key}.id}`]));
  const templated = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, byId.get(value) ?? value]));
  return {
    intent: observed.intent as Expectation['intent'],
    outcome: (observed.outcome === 'ok' || observed.outcome.endsWith('_ERROR')
      ? observed.outcome
      : 'ok') as Expectation['outcome'],
    entities: templated(observed.entities),
    ...(observed.missing ? { missing: observed.missing } : {}),
    ...(observed.actions
      ? {
          actions: observed.actions.map((action) => ({
            intent: action.intent as Expectation['intent'],
            outcome: action.outcome as NonNullable<Expectation['actions']>[number]['outcome'],
            entities: templated(action.entities),
          })),
        }
      : {}),
  };
}

export async function runFixtures(options: RunOptions): Promise<RunResult> {
  const files = options.files.map(loadFixtureFile);
  const all = files.flatMap((file) => casesOf(file).map((item) => ({ item, path: file.path })));
  const skipped: RunResult['skipped'] = [];
  const cases = all.filter(({ item }) => {
    const reason = options.target.cannotRun?.(item) ?? null;
    if (reason) skipped.push({ file: item.file, id: item.id, reason });
    return reason === null;
  });
  const total = cases.reduce((sum, entry) => sum + entry.item.turns.length, 0);
  const results: TurnResult[] = [];
  const recorded = new Map<string, Map<string, Expectation[]>>();
  for (const { item, path } of cases) {
    const outcome = await runCase(item, options.target, options.transform);
    results.push(...outcome.results);
    const cases = recorded.get(path) ?? new Map<string, Expectation[]>();
    recorded.set(path, cases.set(item.id, outcome.observed));
    options.onProgress?.(results.length, total);
  }
  return { results, recorded, skipped };
}
