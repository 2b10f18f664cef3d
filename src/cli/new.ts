/**
 * `npm run new -- <id> [--title "…"] [--out DIR]`: writes `<id>.json` (in `scenarios/` by default) from
 * the one scenario template (src/core/authoring/template.ts, also the studio's "New"). The file
 * validates with no errors and no warnings. It never overwrites a file.
 * Exit codes: 0 written, 1 the file exists or cannot be written, 2 bad usage.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scenarioTemplateText } from '../core/authoring/template';
import { readArguments, runCommand, type Outcome } from './command';
import { DEFAULT_SCENARIO_DIR } from './files';

const USAGE = `usage: npm run new -- <id> [--title "…"] [--out DIR]
  <id>           kebab-case (a-z, 0-9, -), starting with a letter; the file is <id>.json
  --title "…"    the scenario's title (default: My New Scenario)
  --out DIR      the folder to write into (default: scenarios/)
  exit status: 0 written, 1 the file exists or cannot be written, 2 bad usage`;

/** The format's id rule (../shared/SCENARIO-FORMAT.md), checked here so the file is named as its id. */
const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const SCHEMA_FILE = join(DEFAULT_SCENARIO_DIR, 'scenario.schema.json');

function main(argv: string[]): Outcome {
  const read = readArguments(argv, { title: { type: 'string' }, out: { type: 'string' } }, USAGE);
  if ('outcome' in read) return read.outcome;
  const { values, positionals } = read;
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) return { code: 2, err: `give exactly one scenario id\n${USAGE}` };
  if (!ID_PATTERN.test(id))
    return { code: 2, err: `"${id}" is not a valid id: use a-z, 0-9 and -, starting with a letter (e.g. geneva-talks)` };
  if (values.title !== undefined && values.title.trim() === '') return { code: 2, err: '--title must not be empty' };

  const dir = values.out ?? DEFAULT_SCENARIO_DIR;
  const file = join(dir, `${id}.json`);
  const fromHere = relative(process.cwd(), file);
  const shown = fromHere.startsWith('..') ? file : fromHere;
  if (existsSync(file)) return { code: 1, err: `${shown} already exists; choose another id or --out folder (nothing was written)` };

  const text = withSchemaFrom(dir, scenarioTemplateText({ id, ...(values.title === undefined ? {} : { title: values.title }) }));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    return { code: 1, err: `cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  return {
    code: 0,
    out: [`wrote ${shown}`, `next: edit it, then npm run validate -- ${shown}`, `      and npm run play -- ${shown}`].join('\n'),
  };
}

/** The template's `$schema` is relative to scenarios/; from another folder it points back there, so editors still find it. */
function withSchemaFrom(dir: string, text: string): string {
  const schema = relative(dir, SCHEMA_FILE).split('\\').join('/');
  const relativeSchema = schema.startsWith('.') ? schema : `./${schema}`;
  return text.replace('"$schema": "./scenario.schema.json"', `"$schema": ${JSON.stringify(relativeSchema)}`);
}

runCommand(main);
