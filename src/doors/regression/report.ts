import { INTENTS } from '../../kernel/domain';
import type { Summary } from './score';

/** The run's summary as plain text tables, for a terminal or a CI log. */
export interface Thresholds {
  intent_accuracy: number;
  frame_accuracy: number;
  /** Turns written to the CRM wrongly; above this the run fails. */
  max_wrong_writes?: number;
}

const percent = (value: number | null) =>
  value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(summary: Summary, thresholds: Thresholds, target: string): string {
  const out: string[] = [];
  out.push(`Target: ${target}`);
  out.push(
    `Turns: ${summary.turns}   providers: ${Object.entries(summary.providers)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}`,
  );
  out.push('');
  out.push(
    table(
      ['metric', 'value', 'threshold'],
      [
        ['intent accuracy', percent(summary.intentAccuracy), percent(thresholds.intent_accuracy)],
        ['whole-frame accuracy', percent(summary.frameAccuracy), percent(thresholds.frame_accuracy)],
        [
          'wrong writes',
          `${summary.wrongWrites} (${percent(summary.turns ? summary.wrongWrites / summary.turns : 0).trim()})`,
          thresholds.max_wrong_writes === undefined ? '' : `at most ${thresholds.max_wrong_writes}`,
        ],
        ['latency p50', `${summary.latencyMs.p50.toFixed(2)} ms`, ''],
        ['latency p95', `${summary.latencyMs.p95.toFixed(2)} ms`, ''],
        ['latency p99', `${summary.latencyMs.p99.toFixed(2)} ms`, ''],
      ],
    ),
  );
  out.push('');
  out.push(
    table(
      ['entity', 'precision', 'recall', 'tp', 'fp', 'fn'],
      summary.entities.map((score) => [
        score.entity,
        percent(score.precision),
        percent(score.recall),
        String(score.truePositives),
        String(score.falsePositives),
        String(score.falseNegatives),
      ]),
    ),
  );
  out.push('');
  out.push('Intent confusion (rows: expected, columns: got)');
  out.push(
    table(
      ['expected \\ got', ...INTENTS],
      INTENTS.map((expected) => [
        expected,
        ...INTENTS.map((got) => String(summary.confusion[expected]?.[got] ?? 0)),
      ]),
    ),
  );
  if (summary.failures.length > 0) {
    out.push('');
    out.push(`Failures (${summary.failures.length}):`);
    for (const failure of summary.failures) {
      out.push(`✗ ${failure.file} › ${failure.id}${failure.wrongWrite ? '   WRONG WRITE' : ''}`);
      out.push(`    "${failure.transcript}"`);
      if (failure.error) out.push(`    error: ${failure.error}`);
      for (const line of failure.diff) out.push(`    ${line}`);
    }
  }
  return out.join('\n');
}

/** One line that says whether the run met the thresholds. */
export function verdict(summary: Summary, thresholds: Thresholds): { passed: boolean; line: string } {
  const passed =
    summary.intentAccuracy >= thresholds.intent_accuracy &&
    summary.frameAccuracy >= thresholds.frame_accuracy &&
    summary.wrongWrites <= (thresholds.max_wrong_writes ?? Infinity);
  const correct = summary.turns - summary.failures.length;
  const status = passed ? 'PASS' : 'FAIL (below threshold)';
  const line = `Fixtures ${status}: ${correct} of ${summary.turns} frames correct, ${summary.wrongWrites} wrong writes`;
  return { passed, line };
}
