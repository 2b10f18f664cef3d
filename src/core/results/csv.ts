/**
 * CSV of verified codes, one row per play or one per step, for spreadsheets and researchers: RFC 4180
 * quoting, CRLF rows, a UTF-8 byte-order mark (without it Excel reads UTF-8 as the local code page) and
 * text cells that begin with = + - @ (or a tab or carriage return) prefixed with ' so a spreadsheet
 * shows them instead of running them as formulas (CSV injection). Numbers are written as numbers.
 * When the writer is told where each code was found, a play row says so, and a code that could not
 * be read says why (the words of unreadableOf, as on the page and in the terminal).
 */
import type { CodeSource } from './extract';
import type { ResultReport } from './report';
import { sourceWords, unreadableOf } from './unreadable';

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

const csvLine = (row: readonly Cell[]): string => `${row.map(csvCell).join(',')}\r\n`;

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
  'Found in',
  'Could not read',
] as const;

function seconds(report: ResultReport): number | null {
  if (!report.started || !report.finished) return null;
  return Math.round((Date.parse(report.finished) - Date.parse(report.started)) / 1000);
}

/** Where each code was found, when the caller knows. */
export type SourceOf = (report: ResultReport) => CodeSource | undefined;

function playRows(r: ResultReport, sourceOf: SourceOf): Cell[][] {
  const source = sourceOf(r);
  const unreadable = unreadableOf(r, source);
  return [
    [
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
      sourceWords(source),
      unreadable?.words,
    ],
  ];
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

function stepRows(r: ResultReport): Cell[][] {
  return r.steps.map((step, i) => [
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
  ]);
}

const TABLES = {
  plays: { header: PLAY_HEADER, rows: playRows },
  steps: { header: STEP_HEADER, rows: stepRows },
} as const;

export interface CsvWriter {
  add: (report: ResultReport) => void;
  /** The file as pieces (a Blob takes them as they are), the byte-order mark first. */
  parts: () => string[];
}

/** A CSV written a report at a time, so a page can write 10,000 plays in slices. */
export function csvWriter(kind: keyof typeof TABLES, sourceOf: SourceOf = () => undefined): CsvWriter {
  const { header, rows } = TABLES[kind];
  const parts = [CSV_BOM, csvLine(header)];
  return {
    add: (report) => {
      for (const row of rows(report, sourceOf)) parts.push(csvLine(row));
    },
    parts: () => parts,
  };
}

function csv(kind: keyof typeof TABLES, reports: readonly ResultReport[], sourceOf?: SourceOf): string {
  const writer = csvWriter(kind, sourceOf);
  for (const report of reports) writer.add(report);
  return writer.parts().join('');
}

export const playsCsv = (reports: readonly ResultReport[], sourceOf?: SourceOf): string => csv('plays', reports, sourceOf);
export const stepsCsv = (reports: readonly ResultReport[]): string => csv('steps', reports);
