/**
 * `npm run bench:core`: figures for the headless core, no assertions.
 *   - validate and compile a generated 5,000-node scenario        (target: together under 150 ms)
 *   - 10,000 scripted plays of a 20-step scenario through `Play`
 *   - the same compile and plays on a plain XState machine built by hand, and the ratio (target ≤ 1.5×)
 * Every figure is the median of several runs in this process.
 */
import { loadavg } from 'node:os';
import { createActor } from 'xstate';
import { compileScenario, Play } from '../../src/core/engine/index';
import { validateScenarioText, type ValidationOptions } from '../../src/core/validator/index';
import { EPISODE_NODES, generatedScenario, scriptedInputs } from './generated-story';
import { plainMachine } from './plain-xstate';

const RUNS = 7;
const PLAYS = 10_000;
const LARGE_EPISODES = 500;
/** Five inputs per episode: four episodes make the 20-step play. */
const PLAY_EPISODES = 4;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median wall time of `runs` calls, in milliseconds, after one warm-up call. */
function time(run: () => void, runs = RUNS): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const ratio = (ours: number, plain: number) => `${(ours / plain).toFixed(2)}×`;

const large = generatedScenario(LARGE_EPISODES);
const largeText = JSON.stringify(large, null, 2);
const options: ValidationOptions = { file: 'generated.json' };
const check = validateScenarioText(largeText, options);
if (!check.scenario) throw new Error(`the generated scenario does not validate: ${check.diagnostics[0]?.message}`);
const findings = check.diagnostics.map((d) => d.code).join(', ') || 'none';

const validateFull = time(() => validateScenarioText(largeText, options), 5);
const validateStatic = time(() => validateScenarioText(largeText, { ...options, explorationLimit: 0 }), 5);
const compileOurs = time(() => compileScenario(large));
const compilePlain = time(() => plainMachine(large));

const small = generatedScenario(PLAY_EPISODES);
const inputs = scriptedInputs(PLAY_EPISODES);
const compiledSmall = compileScenario(small);
const plainSmall = plainMachine(small);

function playOurs(): void {
  for (let n = 0; n < PLAYS; n++) {
    const play = Play.start(compiledSmall);
    for (const input of inputs) {
      const result = input === 'continue' ? play.continue() : 'choose' in input ? play.choose(input.choose) : play.answer(input.answer);
      if (!result.ok) throw new Error(result.message);
    }
    if (!play.finished) throw new Error('the scripted play did not finish');
    play.stop();
  }
}

function playPlain(): void {
  for (let n = 0; n < PLAYS; n++) {
    const actor = createActor(plainSmall).start();
    for (const input of inputs) {
      actor.send(input === 'continue' ? { type: 'CONTINUE' } : 'choose' in input ? { type: 'CHOOSE', choice: input.choose } : { type: 'ANSWER', option: input.answer });
    }
    if (actor.getSnapshot().status !== 'done') throw new Error('the plain machine did not finish');
    actor.stop();
  }
}

const playsOurs = time(playOurs, 5);
const playsPlain = time(playPlain, 5);
const compileSmallOurs = time(() => compileScenario(small));
const compileSmallPlain = time(() => plainMachine(small));

const lines = [
  `Core benchmark (median of ${RUNS} runs; validation and plays of 5; load average ${loadavg()[0]?.toFixed(1)} on this machine)`,
  '',
  `Generated scenario: ${Object.keys(large.nodes).length} nodes (${LARGE_EPISODES} episodes of ${EPISODE_NODES}), ${(largeText.length / 1024).toFixed(0)} KB of JSON; validator findings: ${findings}`,
  `  validate, all checks                 ${ms(validateFull)}`,
  `  validate, without the state walk     ${ms(validateStatic)}`,
  `  compile (compileScenario)            ${ms(compileOurs)}`,
  `  validate + compile                   ${ms(validateFull + compileOurs)}   target < 150 ms`,
  `  plain XState createMachine           ${ms(compilePlain)}   compile ratio ${ratio(compileOurs, compilePlain)}`,
  '',
  `${PLAYS.toLocaleString('en')} scripted plays of a ${inputs.length}-step scenario (${Object.keys(small.nodes).length} nodes):`,
  `  through Play (compile once + plays)  ${ms(compileSmallOurs + playsOurs)}   ${((playsOurs * 1000) / PLAYS).toFixed(1)} µs per play`,
  `  plain XState actor (same graph)      ${ms(compileSmallPlain + playsPlain)}   ${((playsPlain * 1000) / PLAYS).toFixed(1)} µs per play`,
  `  overhead of the engine               ${ratio(compileSmallOurs + playsOurs, compileSmallPlain + playsPlain)}   target ≤ 1.5×`,
];
process.stdout.write(lines.join('\n') + '\n');
