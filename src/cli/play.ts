/**
 * `npm run play -- <scenario.json> [--choices a,b,…] [--json] [--code [--student NAME] [--assignment LINK]]`
 * Without --choices: an interactive play in the terminal. With it: a scripted play where each item
 * answers the next screen that asks for input (a choice id, or a 0-based quiz option index).
 * --code ends a finished play by printing its result code (docs/RESULT-CODE.md); with --json the
 * play's JSON gains a `code` field. A play that does not finish (exit 1 or 3) prints no code.
 * Exit codes: 0 ending reached, 1 invalid file or invalid item, 2 bad usage, 3 items ran out.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { compileScenario, Play, type PlayResult, type Screen } from '../core/engine';
import { decodeAssignment, makeResultCode, startStepClock } from '../core/results';
import { validateScenarioText } from '../core/validator';

const USAGE = 'usage: npm run play -- <scenario.json> [--choices a,b,…] [--json] [--code [--student NAME] [--assignment LINK]]';

/** Makes the finished play's result code; absent without --code. */
type Coder = ((play: Play) => string) | undefined;

interface Outcome {
  code: number;
  out: string;
  err?: string;
}

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        choices: { type: 'string' },
        json: { type: 'boolean', default: false },
        code: { type: 'boolean', default: false },
        student: { type: 'string' },
        assignment: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { help: true as const };
    if (positionals.length !== 1) return { error: positionals.length === 0 ? 'no scenario file given' : 'give exactly one scenario file' };
    if (!values.code && (values.student !== undefined || values.assignment !== undefined))
      return { error: '--student and --assignment go with --code' };
    return {
      file: positionals[0] as string,
      choices: values.choices,
      json: values.json ?? false,
      code: values.code ? { student: values.student ?? '', assignment: values.assignment } : undefined,
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function loadPlay(file: string): { play: Play } | { failure: Outcome } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      failure: { code: 2, out: '', err: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
    };
  }
  const { diagnostics, scenario } = validateScenarioText(text, { file });
  if (!scenario) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map((d) => `${d.file}:${d.line}:${d.column}: error ${d.code} ${d.path}: ${d.message}`);
    return {
      failure: {
        code: 1,
        out: '',
        err: `${lines.join('\n')}\n${file} has ${errors.length} error(s); fix them with npm run validate -- ${file}`,
      },
    };
  }
  return { play: Play.start(compileScenario(scenario)) };
}

function describeScreen(screen: Screen): string {
  switch (screen.kind) {
    case 'line':
      return `[${screen.node}] ${screen.speaker.name}: ${screen.text}`;
    case 'choice': {
      const choices = screen.choices.map((c) => `  ${c.index + 1}. ${c.text}${c.available ? '' : ` (unavailable: ${c.reason ?? ''})`}`);
      return [`[${screen.node}] ${screen.speaker.name}: ${screen.text}`, ...choices].join('\n');
    }
    case 'quiz':
      return [`[${screen.node}] Quiz: ${screen.question}`, ...screen.options.map((o, i) => `  ${i + 1}. ${o}`)].join('\n');
    case 'ending':
      return `[${screen.node}] Ending: ${screen.result.endingTitle}`;
  }
}

function summary(result: PlayResult): object {
  return {
    scenario: { id: result.scenarioId, version: result.scenarioVersion, hash: result.scenarioHash },
    ending: result.ending,
    endingTitle: result.endingTitle,
    outcome: result.outcome,
    endingScore: result.endingScore,
    score: result.score,
    meters: result.meters,
    flags: result.flags,
    quiz: result.quiz,
    steps: result.steps,
  };
}

function humanSummary(result: PlayResult): string {
  const meters = Object.entries(result.meters)
    .map(([id, value]) => `${id} ${value}`)
    .join(', ');
  return [
    `Ending: ${result.endingTitle} (${result.ending})`,
    `Outcome: ${result.outcome}`,
    `Score: ${result.score} (ending ${result.endingScore}, quiz ${result.quiz.correct}/${result.quiz.total})`,
    `Meters: ${meters || 'none'}`,
    `Steps: ${result.steps.length}`,
  ].join('\n');
}

function finish(play: Play, json: boolean, coder: Coder): Outcome {
  const result = play.result as PlayResult;
  const code = coder?.(play);
  if (json) return { code: 0, out: JSON.stringify(code === undefined ? summary(result) : { ...summary(result), code }, null, 2) };
  return { code: 0, out: code === undefined ? humanSummary(result) : `${humanSummary(result)}\nResult code: ${code}` };
}

/**
 * The result code maker for --code: times each step from now, and ties the code to the assignment of
 * the link (refused when the link is broken or does not hold this scenario).
 */
function coderFor(play: Play, options: { student: string; assignment?: string }): { coder: Coder } | { failure: Outcome } {
  let assignment: { id: string; trial: boolean } | null = null;
  if (options.assignment !== undefined) {
    const read = decodeAssignment(options.assignment);
    if (!read.ok) return { failure: { code: 2, out: '', err: `--assignment: ${read.message}` } };
    const id = play.compiled.scenario.id;
    if (!read.assignment.scenarios.some((s) => s.id === id))
      return { failure: { code: 2, out: '', err: `--assignment: the assignment does not hold the scenario "${id}"` } };
    assignment = read.assignment;
  }
  const started = new Date();
  const clock = startStepClock(play, Date.now, started.getTime());
  const coder = (finished: Play) =>
    makeResultCode({
      result: finished.result as PlayResult,
      student: options.student,
      assignment: assignment?.id ?? null,
      trial: assignment?.trial ?? false,
      attempt: 1,
      started,
      finished: new Date(),
      undos: finished.undos,
      stepTimes: clock.times,
    });
  return { coder };
}

/** A scripted play: lines continue by themselves; every other screen takes the next item. */
function playScripted(play: Play, items: string[], json: boolean, coder: Coder): Outcome {
  const queue = [...items];
  while (!play.finished) {
    const screen = play.screen;
    if (screen.kind === 'line') {
      play.continue();
      continue;
    }
    const item = queue.shift();
    if (item === undefined) {
      const expected = play.expectedInput().join(', ');
      const where = json
        ? JSON.stringify({ stoppedAt: screen.node, kind: screen.kind, expected: play.expectedInput(), steps: play.steps }, null, 2)
        : `${describeScreen(screen)}\nThe choices ran out at node "${screen.node}"; it expects one of: ${expected}`;
      return { code: 3, out: where };
    }
    const result = screen.kind === 'quiz' ? answerItem(play, item) : play.choose(item);
    if (!result.ok)
      return {
        code: 1,
        out: '',
        err: `invalid item "${item}" at node "${screen.node}": ${result.message}; valid answers: ${result.expected.join(', ')}`,
      };
  }
  if (queue.length > 0)
    return { code: 1, out: '', err: `the play ended at "${play.screen.node}" with ${queue.length} item(s) left over: ${queue.join(', ')}` };
  return finish(play, json, coder);
}

function answerItem(play: Play, item: string) {
  const option = /^\d+$/.test(item) ? Number(item) : Number.NaN;
  return play.answer(option);
}

async function playInteractive(play: Play, json: boolean, coder: Coder): Promise<Outcome> {
  const terminal = createInterface({ input: process.stdin, terminal: false });
  // The line iterator buffers input, so answers piped in ahead of their prompts are not lost.
  const lines = terminal[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) throw new Error('input ended');
    return String(next.value);
  };
  try {
    while (!play.finished) {
      const screen = play.screen;
      process.stdout.write(`\n${describeScreen(screen)}\n`);
      const answer = (await ask(screen.kind === 'line' ? '(Enter to continue, u to undo) ' : 'Your answer (number, u to undo): ')).trim();
      if (answer === 'u') {
        if (!play.undo()) process.stdout.write('Nothing to undo.\n');
        continue;
      }
      const result = screen.kind === 'line' ? play.continue() : pickByNumber(play, screen, answer);
      if (!result.ok) {
        process.stdout.write(`${result.message}\n`);
        continue;
      }
      const outcome = play.lastOutcome;
      if (outcome?.feedback) process.stdout.write(`→ ${outcome.feedback}\n`);
      if (outcome?.quiz)
        process.stdout.write(
          `${outcome.quiz.correct ? 'Right.' : 'Not quite.'} ${outcome.quiz.explanation}\n  “${outcome.quiz.source.quote}”\n`,
        );
      for (const [meter, delta] of Object.entries(outcome?.meterChanges ?? {}))
        process.stdout.write(`  ${meter} ${delta > 0 ? '+' : ''}${delta}\n`);
    }
  } catch {
    return { code: 3, out: `\nThe input ended at node "${play.screen.node}".` };
  } finally {
    terminal.close();
  }
  return finish(play, json, coder);
}

function pickByNumber(play: Play, screen: Screen, answer: string) {
  const index = Number(answer) - 1;
  if (screen.kind === 'quiz') return play.answer(index);
  if (screen.kind === 'choice') return play.choose(screen.choices[index]?.id ?? answer);
  return play.continue();
}

async function main(argv: string[]): Promise<Outcome> {
  const args = parse(argv);
  if ('help' in args) return { code: 0, out: USAGE };
  if ('error' in args) return { code: 2, out: '', err: `${args.error}\n${USAGE}` };
  const loaded = loadPlay(args.file);
  if ('failure' in loaded) return loaded.failure;
  const coding = args.code ? coderFor(loaded.play, args.code) : { coder: undefined };
  if ('failure' in coding) return coding.failure;
  if (args.choices === undefined) return playInteractive(loaded.play, args.json, coding.coder);
  const items = args.choices
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return playScripted(loaded.play, items, args.json, coding.coder);
}

const outcome = await main(process.argv.slice(2));
if (outcome.out) process.stdout.write(`${outcome.out}\n`);
if (outcome.err) process.stderr.write(`${outcome.err}\n`);
process.exitCode = outcome.code;
