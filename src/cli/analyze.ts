/**
 * `npm run analyze -- <scenario.json> [--json] [--limit N]`: what an author balancing a scenario needs,
 * from exploring every reachable state of play up to a bound (src/core/authoring/analyze.ts): each
 * ending's shortest play, how many plays reach it, its score and meter ranges; choices on no play to a
 * success ending; choices no play can take; quizzes some play never meets; fewest and most decisions.
 * Exit codes: 0 analysed (also when the bound cut the exploration: it says so), 1 the file has errors, 2 bad usage.
 */
import { analyzeScenario, DEFAULT_ANALYSIS_LIMIT, type Analysis } from '../core/authoring/analyze';
import { readArguments, runCommand, type Outcome } from './command';
import { loadScenarioFile } from './load-scenario';

const USAGE = `usage: npm run analyze -- <scenario.json> [--json] [--limit N]
  --json      one JSON document { "endings": [...], "cut", ... } on stdout
  --limit N   explore at most N distinct states (default ${DEFAULT_ANALYSIS_LIMIT})`;

function human(file: string, a: Analysis): string {
  const lines = [
    `${file}: ${a.states} states of play explored${a.cut ? ' — CUT by the bound: the figures cover only what was explored (raise --limit)' : ''}`,
    '',
  ];
  for (const e of a.endings) {
    lines.push(`ending ${e.id} (${e.outcome})${e.reachable ? '' : ': no play reaches it'}`);
    if (!e.reachable || !e.shortestPlay) continue;
    lines.push(`  shortest play: npm run play -- ${file} --choices ${e.shortestPlay.join(',')}`);
    lines.push(`  plays reaching it: ${e.plays.capped ? 'at least ' : ''}${e.plays.count}`);
    if (e.score) lines.push(`  score ${e.score.min}–${e.score.max}`);
    const meters = Object.entries(e.meters).map(([id, r]) => `${id} ${r.min}–${r.max}`);
    if (meters.length > 0) lines.push(`  meters: ${meters.join(', ')}`);
  }
  const list = (title: string, items: string[]) =>
    lines.push('', `${title}: ${items.length === 0 ? 'none' : ''}`, ...items.map((i) => `  ${i}`));
  list('choices on no play to a success ending', a.choicesOffSuccess);
  if (a.cut) lines.push('', 'choices no play can take: not known (the exploration was cut)');
  else list('choices no play can take', a.choicesNeverTaken);
  list('quizzes some play never meets', a.quizzesSkippable);
  const most = a.decisions.max === null ? 'unbounded (a loop)' : a.cut ? `at least ${a.decisions.max} (cut)` : String(a.decisions.max);
  lines.push('', `decisions on a play: fewest ${a.decisions.min ?? '—'}, most ${most}`);
  return lines.join('\n');
}

function main(argv: string[]): Outcome {
  const read = readArguments(argv, { json: { type: 'boolean', default: false }, limit: { type: 'string' } }, USAGE);
  if ('outcome' in read) return read.outcome;
  const { values, positionals } = read;
  if (positionals.length !== 1) return { code: 2, err: `give exactly one scenario file\n${USAGE}` };
  const limit = values.limit === undefined ? DEFAULT_ANALYSIS_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) return { code: 2, err: `--limit must be a whole number of states, at least 1` };
  const file = positionals[0] as string;
  const loaded = loadScenarioFile(file);
  if ('failure' in loaded) return loaded.failure;
  const analysis = analyzeScenario(loaded.scenario, limit);
  return { code: 0, out: values.json ? JSON.stringify(analysis, null, 2) : human(file, analysis) };
}

runCommand(main);
