import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ConfigError, loadConfig } from '../../config';
import { createUnderstandingProvider } from '../../understanding/factory';
import { fixtureFiles, type Expectation } from './fixtures';
import { formatReport, verdict, type Thresholds } from './report';
import { runFixtures, withoutPunctuation } from './run';
import { summarize } from './score';
import { HttpTarget, InProcessTarget, type Target } from './targets';

/**
 * npm run fixtures -- [files…] [--provider rules|auto|openai|gemini] [--url URL] [--json out.json]
 *                     [--record] [--thresholds file] [--unpunctuated]
 * Exits 1 when accuracy falls below the thresholds kept with the fixtures, 2 on a usage error.
 */
const FIXTURES_DIRECTORY = path.resolve(__dirname, '..', '..', '..', 'fixtures');

interface Arguments {
  files: string[];
  provider: string | undefined;
  url: string | undefined;
  json: string | undefined;
  record: boolean;
  thresholds: string;
  unpunctuated: boolean;
}

class UsageError extends Error {}

const USAGE = `Usage: npm run fixtures -- [FILE…] [options]

Runs the regression fixtures (every fixtures/*.yaml, or the FILEs given) and prints intent and
whole-frame accuracy, wrong writes, per-entity precision and recall, latency and a diff per failure.

Options:
  --provider rules|auto|openai|gemini   the in-process engine (default: NLU_PROVIDER, else rules)
  --url URL                             run against a server instead (declares and removes its leads via /crm)
  --json FILE                           also write every result as JSON
  --record                              write FILE.recorded.yaml with what came back, for review
  --thresholds FILE                     other thresholds than fixtures/thresholds.json
  --unpunctuated                        send every transcript without punctuation, as a recogniser
                                        that writes none would (a robustness probe: the expectations stay)
  --help                                print this and exit

Exit codes: 0 at or above the thresholds, 1 below them, 2 on a usage error.`;

function parseArguments(argv: string[]): Arguments | 'help' {
  const args: Arguments = {
    files: [],
    provider: undefined,
    url: undefined,
    json: undefined,
    record: false,
    thresholds: path.join(FIXTURES_DIRECTORY, 'thresholds.json'),
    unpunctuated: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const value = () => {
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${argument} needs a value`);
      return next;
    };
    if (argument === '--help' || argument === '-h') return 'help';
    if (argument === '--provider') args.provider = value();
    else if (argument === '--url') args.url = value();
    else if (argument === '--json') args.json = value();
    else if (argument === '--thresholds') args.thresholds = value();
    else if (argument === '--record') args.record = true;
    else if (argument === '--unpunctuated') args.unpunctuated = true;
    else if (argument.startsWith('--')) throw new UsageError(`unknown option ${argument}`);
    else args.files.push(argument);
  }
  if (args.url && args.provider)
    throw new UsageError('--provider chooses the in-process engine; a server at --url uses its own');
  return args;
}

/** A progress bar on stderr: redrawn in place on a terminal, a few plain lines in a CI log. */
function progress(): (done: number, total: number) => void {
  let lastQuarter = -1;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${bar}${done === total ? '\n' : ''}`);
    } else {
      const quarter = Math.floor((done / total) * 4);
      if (quarter !== lastQuarter) {
        lastQuarter = quarter;
        process.stderr.write(`${bar}\n`);
      }
    }
  };
}

function writeRecorded(recorded: Map<string, Map<string, Expectation[]>>): string[] {
  const written: string[] = [];
  for (const [file, cases] of recorded) {
    const document = YAML.parse(fs.readFileSync(file, 'utf8')) as {
      cases: { id: string; expect?: Expectation; turns?: { expect: Expectation }[] }[];
    };
    for (const item of document.cases) {
      const observed = cases.get(item.id);
      if (!observed || observed.length === 0) continue;
      if (item.turns) item.turns.forEach((turn, index) => (turn.expect = observed[index] ?? turn.expect));
      else if (observed[0]) item.expect = observed[0];
    }
    // A candidate for review beside the real file, never over it.
    const candidate = file.replace(/\.yaml$/, '.recorded.yaml');
    fs.writeFileSync(candidate, YAML.stringify(document, { lineWidth: 0 }));
    written.push(candidate);
  }
  return written;
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const thresholds = JSON.parse(fs.readFileSync(args.thresholds, 'utf8')) as Thresholds;
  const config = loadConfig({ ...process.env, ...(args.provider ? { NLU_PROVIDER: args.provider } : {}) });
  const target: Target = args.url
    ? new HttpTarget(args.url)
    : new InProcessTarget(createUnderstandingProvider(config), {
        region: config.defaultRegion,
        defaultTimezone: config.defaultTimezone,
      });
  try {
    const files = fixtureFiles(args.files, FIXTURES_DIRECTORY);
    const run = await runFixtures({
      files,
      target,
      onProgress: progress(),
      ...(args.unpunctuated ? { transform: withoutPunctuation } : {}),
    });
    const summary = summarize(run.results);
    process.stdout.write(`${formatReport(summary, thresholds, target.description)}\n\n`);
    if (run.skipped.length > 0) {
      const reasons = [...new Set(run.skipped.map((skip) => skip.reason.replace(/'[^']*'/, "'…'")))];
      process.stdout.write(
        `Skipped ${run.skipped.length} cases this target cannot run: ${reasons.join('; ')}\n\n`,
      );
    }
    if (args.json) {
      fs.writeFileSync(
        args.json,
        `${JSON.stringify({ thresholds, summary, results: run.results }, null, 2)}\n`,
      );
      process.stdout.write(`Wrote ${args.json}\n`);
    }
    if (args.record) {
      for (const file of writeRecorded(run.recorded))
        process.stdout.write(`Recorded candidate expectations: ${file}\n`);
    }
    const outcome = verdict(summary, thresholds);
    process.stdout.write(`${outcome.line}\n`);
    return outcome.passed ? 0 : 1;
  } finally {
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`fixtures: ${error.message}`);
      if (error instanceof UsageError) console.error(`\n${USAGE}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(2);
  },
);
