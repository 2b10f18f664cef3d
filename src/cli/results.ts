/**
 * `npm run results -- [--json | --csv | --csv-steps] [--scenarios DIR] [--assignment LINK] <files… | ->`
 * Finds the result codes in the files (or standard input, `-`), verifies each by replay against the
 * scenario files in DIR (default scenarios/, with its previous/ versions) and prints one line per code,
 * `{ "results": [...] }` (--json), or CSV (--csv one row per play, --csv-steps one row per step).
 * Each code keeps the file and line it was found on; one that could not be read says why there.
 * Exit codes: 0 every code verified, 1 any code not verified (or none found), 2 bad usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  decodeAssignment,
  libraryOfFiles,
  locateCodes,
  playsCsv,
  reportOf,
  stepsCsv,
  unreadableLine,
  unreadableOf,
  VERIFICATION_LIMIT,
  verifyCode,
  type CodeSource,
  type FoundCode,
  type ResultReport,
} from '../core/results';
import { DEFAULT_SCENARIO_DIR, readScenarioTree } from './files';

const USAGE = 'usage: npm run results -- [--json | --csv | --csv-steps] [--scenarios DIR] [--assignment LINK] <files… | ->';

interface Outcome {
  code: number;
  out: string;
  err?: string;
}

type Format = 'human' | 'json' | 'csv' | 'csv-steps';

interface Args {
  format: Format;
  scenarios: string;
  assignment?: string;
  inputs: string[];
}

function parse(argv: string[]): Args | { help: true } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        'csv-steps': { type: 'boolean', default: false },
        scenarios: { type: 'string' },
        assignment: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { help: true };
    const formats = (['json', 'csv', 'csv-steps'] as const).filter((name) => values[name]);
    if (formats.length > 1)
      return { error: `give at most one of --json, --csv and --csv-steps (not ${formats.map((f) => `--${f}`).join(' and ')})` };
    if (positionals.length === 0) return { error: 'no files given (use - to read codes from standard input)' };
    return {
      format: formats[0] ?? 'human',
      scenarios: values.scenarios ?? DEFAULT_SCENARIO_DIR,
      assignment: values.assignment,
      inputs: positionals,
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The codes in each input, with the file (or standard input) and line each was found on. */
function readInputs(inputs: string[]): { found: FoundCode[] } | { error: string } {
  const found: FoundCode[] = [];
  for (const input of inputs) {
    if (input === '-') {
      found.push(...locateCodes(readFileSync(0, 'utf8'), 'standard input'));
      continue;
    }
    if (!existsSync(input)) return { error: `no such file: ${input}` };
    if (statSync(input).isDirectory()) return { error: `${input} is a folder; give the files in it` };
    found.push(...locateCodes(readFileSync(input, 'utf8'), input));
  }
  return { found };
}

interface Checked {
  report: ResultReport;
  source: CodeSource;
}

function humanLine({ report, source }: Checked): string {
  const unreadable = unreadableOf(report, source);
  if (unreadable) return `${report.status}  ${unreadableLine(unreadable)}`;
  const who = report.student === null ? '' : JSON.stringify(report.student);
  const what = report.scenario === null ? '' : `${report.scenario} ${report.version ?? ''}`;
  const attempt = report.attempt === null ? '' : `attempt ${report.attempt}`;
  const trial = report.trial ? 'trial run' : '';
  const result =
    report.ending !== null
      ? `${report.ending} (${report.outcome ?? ''}) score ${report.score ?? ''} quiz ${report.quiz?.correct ?? 0}/${report.quiz?.total ?? 0}`
      : '';
  const status = `${report.status}${report.status === 'verified' ? '' : `: ${report.message}`}`;
  return [status, who, what, attempt, trial, result].filter((part) => part !== '').join('  ');
}

function render(format: Format, checked: Checked[]): string {
  const reports = checked.map((entry) => entry.report);
  switch (format) {
    case 'json':
      return JSON.stringify(
        { results: checked.map(({ report, source }) => ({ ...report, found: source, unreadable: unreadableOf(report, source) })) },
        null,
        2,
      );
    case 'csv': {
      const sources = new Map(checked.map((entry) => [entry.report, entry.source]));
      return playsCsv(reports, (report) => sources.get(report));
    }
    case 'csv-steps':
      return stepsCsv(reports);
    case 'human':
      return checked.map(humanLine).join('\n');
  }
}

function main(argv: string[]): Outcome {
  const args = parse(argv);
  if ('help' in args) return { code: 0, out: `${USAGE}\n${VERIFICATION_LIMIT}` };
  if ('error' in args) return { code: 2, out: '', err: `${args.error}\n${USAGE}` };
  if (!existsSync(args.scenarios) || !statSync(args.scenarios).isDirectory())
    return { code: 2, out: '', err: `no scenarios folder at ${args.scenarios}\n${USAGE}` };
  const warnings: string[] = [];
  const { library, problems } = libraryOfFiles(readScenarioTree(args.scenarios));
  for (const problem of problems)
    warnings.push(`${problem.path} is not a valid scenario file and was left out (npm run validate -- ${problem.path})`);
  let assignmentId: string | undefined;
  if (args.assignment !== undefined) {
    const read = decodeAssignment(args.assignment);
    if (!read.ok) return { code: 2, out: '', err: `--assignment: ${read.message}` };
    library.addAssignment(read.assignment);
    assignmentId = read.assignment.id;
  }
  const input = readInputs(args.inputs);
  if ('error' in input) return { code: 2, out: '', err: `${input.error}\n${USAGE}` };
  const checked = input.found.map(({ code, source }) => ({
    report: reportOf(verifyCode(code, library, { assignmentId })),
    source,
  }));
  const reports = checked.map((entry) => entry.report);
  if (reports.length === 0)
    return {
      code: 1,
      out: args.format === 'json' ? render('json', []) : '',
      err: [...warnings, 'no result codes (CTR1.…) found in the input'].join('\n'),
    };
  const verified = reports.filter((r) => r.status === 'verified').length;
  const summary = `${reports.length} code(s): ${verified} verified, ${reports.length - verified} not. ${VERIFICATION_LIMIT}`;
  return {
    code: verified === reports.length ? 0 : 1,
    out: render(args.format, checked),
    err: [...warnings, ...(args.format === 'human' ? [summary] : [])].join('\n') || undefined,
  };
}

const outcome = main(process.argv.slice(2));
// CSV ends its own rows (CRLF); everything else gets a final new line.
if (outcome.out) process.stdout.write(outcome.out.endsWith('\n') ? outcome.out : `${outcome.out}\n`);
if (outcome.err) process.stderr.write(`${outcome.err}\n`);
process.exitCode = outcome.code;
