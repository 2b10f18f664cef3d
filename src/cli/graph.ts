/**
 * `npm run graph -- <scenario.json> [--format mermaid|dot]`: the scenario's map, every node and every
 * way out of it, as Mermaid (the default; renders on GitHub) or Graphviz DOT, on stdout.
 * Exit codes: 0 printed, 1 the file has errors, 2 bad usage or unreadable file.
 */
import { parseArgs } from 'node:util';
import { scenarioGraph, type GraphFormat } from '../core/authoring/graph';
import { loadScenarioFile, type Outcome } from './load-scenario';

const USAGE = 'usage: npm run graph -- <scenario.json> [--format mermaid|dot]';
const FORMATS: readonly GraphFormat[] = ['mermaid', 'dot'];

function main(argv: string[]): Outcome {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { code: 2, err: `${(error as Error).message}\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, out: USAGE };
  if (positionals.length !== 1) return { code: 2, err: `give exactly one scenario file\n${USAGE}` };
  const format = (values.format ?? 'mermaid') as GraphFormat;
  if (!FORMATS.includes(format)) return { code: 2, err: `unknown --format "${values.format}": use mermaid or dot` };
  const loaded = loadScenarioFile(positionals[0] as string);
  if ('failure' in loaded) return loaded.failure;
  return { code: 0, out: scenarioGraph(loaded.scenario, format) };
}

const outcome = main(process.argv.slice(2));
if (outcome.out) process.stdout.write(`${outcome.out}\n`);
if (outcome.err) process.stderr.write(`${outcome.err}\n`);
process.exitCode = outcome.code;
