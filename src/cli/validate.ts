/**
 * `npm run validate -- [--strict] [--json] [--sources <dir>] [paths…]`: checks scenario files (folders: every
 * `*.json` but `*.schema.json`; default `scenarios/`). Exit 0 without errors, 1 with errors, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateScenarioText, type Diagnostic } from '../core/validator/index';
import { collectScenarioFiles, DEFAULT_SCENARIO_DIR, DEFAULT_SOURCES_DIR, readSourceTexts } from './files';

const USAGE = `usage: npm run validate -- [--strict] [--json] [--sources <dir>] [file-or-folder…]
  exit status: 0 no errors (warnings allowed), 1 errors, 2 bad usage
  --strict          also check the house rules for shipped scenarios (docs/AUTHORING.md), as errors
  --json            print one JSON document { "diagnostics": [...] } on stdout
  --sources <dir>   folder of source texts for the quote check (default: ${relative(process.cwd(), DEFAULT_SOURCES_DIR) || '.'})
  folders stand for every *.json in them except *.schema.json; the default is scenarios/`;

interface Options {
  help: boolean;
  json: boolean;
  strict: boolean;
  sourcesDir: string;
  paths: string[];
}

function parseArguments(args: readonly string[]): Options | string {
  const options: Options = { help: false, json: false, strict: false, sourcesDir: DEFAULT_SOURCES_DIR, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--sources') {
      const dir = args[++i];
      if (dir === undefined) return '--sources needs a folder';
      options.sourcesDir = dir;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths.push(relative(process.cwd(), DEFAULT_SCENARIO_DIR) || '.');
  return options;
}

function usageError(message: string): never {
  process.stderr.write(`validate: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function humanLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.path || '(root)'}: ${d.message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') usageError(options);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { files, missing } = collectScenarioFiles(options.paths);
  if (missing.length > 0) usageError(`not found: ${missing.join(', ')}`);
  const sourceTexts = readSourceTexts(options.sourcesDir);

  const diagnostics = files.flatMap(
    (file) => validateScenarioText(readFileSync(file, 'utf8'), { file, sourceTexts, strict: options.strict }).diagnostics,
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;

  if (options.json) process.stdout.write(JSON.stringify({ diagnostics }, null, 2) + '\n');
  else for (const d of diagnostics) process.stdout.write(humanLine(d) + '\n');
  const quoteNote = Object.keys(sourceTexts).length === 0 ? ` (quotes not checked: no source texts in ${options.sourcesDir})` : '';
  const strictNote = options.strict ? '' : '; `--strict` also checks the house rules for shipped scenarios';
  process.stderr.write(
    `${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${quoteNote}${strictNote}\n`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
}

main();
