/**
 * What the authoring commands (graph, analyze, new) share: reading their arguments with `--help`,
 * the usage on arguments they do not take, and how an outcome ends the process.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** How a command ends: the exit code, and what it prints on stdout and stderr. */
export interface Outcome {
  code: number;
  out?: string;
  err?: string;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The options and positionals, or the outcome to end with: the usage for `--help` (0) and after arguments it refuses (2). */
export function readArguments<const O extends Options>(
  argv: string[],
  options: O,
  usage: string,
): { outcome: Outcome } | { values: Parsed<O>['values']; positionals: string[] } {
  let parsed: Parsed<O & typeof HELP>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...HELP } });
  } catch (error) {
    return { outcome: { code: 2, err: `${(error as Error).message}\n${usage}` } };
  }
  if ((parsed.values as { help?: boolean }).help) return { outcome: { code: 0, out: usage } };
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Runs a command on the process's arguments and ends with its outcome. */
export function runCommand(main: (argv: string[]) => Outcome): void {
  const outcome = main(process.argv.slice(2));
  if (outcome.out) process.stdout.write(`${outcome.out}\n`);
  if (outcome.err) process.stderr.write(`${outcome.err}\n`);
  process.exitCode = outcome.code;
}
