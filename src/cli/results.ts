/**
 * `npm run results -- [--json | --csv | --csv-steps] [--scenarios DIR] [--assignment LINK] <files… | ->`
 * Finds the result codes in the files (or standard input, `-`), verifies each by replay against the
 * scenario files in DIR (default scenarios/, with its previous/ versions) and prints one line per code,
 * `{ "results": [...] }` (--json), or CSV (--csv one row per play, --csv-steps one row per step).
 * Exit codes: 0 every code verified, 1 any code not verified (or none found), 2 bad usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  decodeAssignment,
  extractCodes,
  libraryOfFiles,
  playsCsv,
  reportOf,
  stepsCsv,
  VERIFICATION_LIMIT,
  verifyCode,
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

function readInputs(inputs: string[]): { text: string } | { error: string } {
  const texts: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      texts.push(readFileSync(0, 'utf8'));
      continue;
    }
    if (!existsSync(input)) return { error: `no such file: ${input}` };
    if (statSync(input).isDirectory()) return { error: `${input} is a folder; give the files in it` };
    texts.push(readFileSync(input, 'utf8'));
  }
  return { text: texts.join('\n') };
}

function humanLine(report: ResultReport): string {
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

function render(format: Format, reports: ResultReport[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ results: reports }, null, 2);
    case 'csv':
      return playsCsv(reports);
    case 'csv-steps':
      return stepsCsv(reports);
    case 'human':
      return reports.map(humanLine).join('\n');
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
  const reports = extractCodes(input.text).map((text) => reportOf(verifyCode(text, library, { assignmentId })));
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
    out: render(args.format, reports),
    err: [...warnings, ...(args.format === 'human' ? [summary] : [])].join('\n') || undefined,
  };
}

const outcome = main(process.argv.slice(2));
// CSV ends its own rows (CRLF); everything else gets a final new line.
if (outcome.out) process.stdout.write(outcome.out.endsWith('\n') ? outcome.out : `${outcome.out}\n`);
if (outcome.err) process.stderr.write(`${outcome.err}\n`);
process.exitCode = outcome.code;
