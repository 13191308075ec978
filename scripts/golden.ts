import fs from 'node:fs';
import path from 'node:path';
import { casesOf, fixtureFiles, loadFixtureFile } from '../src/doors/regression/fixtures';
import { withoutPunctuation } from '../src/doors/regression/run';
import { understandWithRules } from '../src/understanding/rules/rules-provider';

/**
 * The rules engine's exact output over every fixture transcript, three ways (as written, without
 * punctuation, in capitals), for changes that must not change what is understood — a refactoring or a
 * speed-up. `write FILE` records the output; `check FILE` compares against a recording and lists
 * every transcript whose understanding changed (exit 1 when any did).
 *
 *   npx tsx scripts/golden.ts write /tmp/golden.json   # before the change
 *   npx tsx scripts/golden.ts check /tmp/golden.json   # after it
 */
const ROOT = path.join(__dirname, '..');

function transcripts(): string[] {
  const written = fixtureFiles([], path.join(ROOT, 'fixtures'))
    .flatMap((file) => casesOf(loadFixtureFile(file)))
    .flatMap((item) => item.turns.map((turn) => turn.transcript.replace(/\{[^}]+\}/g, '1')));
  const all = written.flatMap((text) => [text, withoutPunctuation(text), text.toUpperCase()]);
  return [...new Set(all)];
}

function understandAll(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of transcripts()) out[text] = JSON.stringify(understandWithRules(text));
  return out;
}

function main(): number {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'write' && command !== 'check') || !file) {
    process.stderr.write('Usage: tsx scripts/golden.ts write|check FILE\n');
    return 2;
  }
  const now = understandAll();
  if (command === 'write') {
    fs.writeFileSync(file, JSON.stringify(now));
    process.stdout.write(`${Object.keys(now).length} understandings written to ${file}\n`);
    return 0;
  }
  const recorded = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  let changed = 0;
  for (const [text, understood] of Object.entries(now)) {
    const before = recorded[text];
    if (before === undefined || before === understood) continue;
    changed++;
    if (changed <= 20)
      process.stdout.write(`CHANGED ${JSON.stringify(text)}\n  was ${before}\n  now ${understood}\n`);
  }
  const unseen = Object.keys(now).filter((text) => !(text in recorded)).length;
  process.stdout.write(
    `${Object.keys(now).length} transcripts: ${changed} changed, ${unseen} not in the recording\n`,
  );
  return changed === 0 ? 0 : 1;
}

process.exitCode = main();
