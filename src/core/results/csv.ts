/**
 * CSV of verified codes, one row per play or one per step, for spreadsheets and researchers: RFC 4180
 * quoting, CRLF rows, a UTF-8 byte-order mark (without it Excel reads UTF-8 as the local code page) and
 * text cells that begin with = + - @ (or a tab or carriage return) prefixed with ' so a spreadsheet
 * shows them instead of running them as formulas (CSV injection). Numbers are written as numbers.
 */
import type { ResultReport } from './report';

export const CSV_BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: readonly string[], rows: readonly Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

const PLAY_HEADER = [
  'Student',
  'Assignment',
  'Trial',
  'Scenario',
  'Version',
  'Attempt',
  'Started',
  'Finished',
  'Seconds',
  'Ending',
  'Ending title',
  'Outcome',
  'Score',
  'Quiz correct',
  'Quiz total',
  'Steps',
  'Status',
  'Status detail',
  'Claimed ending',
  'Claimed score',
  'Code',
] as const;

function seconds(report: ResultReport): number | null {
  if (!report.started || !report.finished) return null;
  return Math.round((Date.parse(report.finished) - Date.parse(report.started)) / 1000);
}

export function playsCsv(reports: readonly ResultReport[]): string {
  return csv(
    PLAY_HEADER,
    reports.map((r) => [
      r.student,
      r.assignment,
      r.trial,
      r.scenario,
      r.version,
      r.attempt,
      r.started,
      r.finished,
      seconds(r),
      r.ending,
      r.endingTitle,
      r.outcome,
      r.score,
      r.quiz?.correct,
      r.quiz?.total,
      r.steps.length,
      r.status,
      r.message,
      r.claimed?.ending,
      r.claimed?.score,
      r.code,
    ]),
  );
}

const STEP_HEADER = [
  'Student',
  'Assignment',
  'Scenario',
  'Version',
  'Attempt',
  'Status',
  'Step',
  'Node',
  'Kind',
  'Choice',
  'Option',
  'Correct',
  'Milliseconds',
] as const;

export function stepsCsv(reports: readonly ResultReport[]): string {
  return csv(
    STEP_HEADER,
    reports.flatMap((r) =>
      r.steps.map((step, i) => [
        r.student,
        r.assignment,
        r.scenario,
        r.version,
        r.attempt,
        r.status,
        i + 1,
        step.node,
        step.kind,
        step.choice,
        step.option,
        step.correct,
        step.ms,
      ]),
    ),
  );
}
