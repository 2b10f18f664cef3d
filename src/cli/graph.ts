/**
 * `npm run graph -- <scenario.json> [--format mermaid|dot]`: the scenario's map, every node and every
 * way out of it, as Mermaid (the default; renders on GitHub) or Graphviz DOT, on stdout.
 * Exit codes: 0 printed, 1 the file has errors, 2 bad usage or unreadable file.
 */
import { scenarioGraph, type GraphFormat } from '../core/authoring/graph';
import { readArguments, runCommand, type Outcome } from './command';
import { loadScenarioFile } from './load-scenario';

const USAGE = 'usage: npm run graph -- <scenario.json> [--format mermaid|dot]';
const FORMATS: readonly GraphFormat[] = ['mermaid', 'dot'];

function main(argv: string[]): Outcome {
  const read = readArguments(argv, { format: { type: 'string' } }, USAGE);
  if ('outcome' in read) return read.outcome;
  const { values, positionals } = read;
  if (positionals.length !== 1) return { code: 2, err: `give exactly one scenario file\n${USAGE}` };
  const format = (values.format ?? 'mermaid') as GraphFormat;
  if (!FORMATS.includes(format)) return { code: 2, err: `unknown --format "${values.format}": use mermaid or dot` };
  const loaded = loadScenarioFile(positionals[0] as string);
  if ('failure' in loaded) return loaded.failure;
  return { code: 0, out: scenarioGraph(loaded.scenario, format) };
}

runCommand(main);
