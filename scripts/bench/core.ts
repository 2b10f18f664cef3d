/**
 * `npm run bench:core`: figures for the headless core, no assertions.
 *   - validate and compile a generated 5,000-node scenario        (target: together under 150 ms)
 *   - 10,000 scripted plays of a 20-step scenario through `Play`
 *   - the same compile and plays on a plain XState machine built by hand, and the ratio (target ≤ 1.5×)
 * Every figure is the median of several runs in this process; what is compared is measured in turns.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parse } from '@humanwhocodes/momoa';
import { createActor } from 'xstate';
import { compileScenario, Play } from '../../src/core/engine/index';
import { MAX_NESTING_DEPTH, validateScenarioText, type ValidationOptions } from '../../src/core/validator/index';
import { readJson } from '../../src/core/validator/json-reader';
import { EPISODE_NODES, generatedScenario, scriptedInputs } from './generated-story';
import { plainMachine } from './plain-xstate';
import { ms, RUNS, time, timeTogether, type Timing } from './timing';

const PLAYS = 10_000;
const LARGE_EPISODES = 500;
/** Five inputs per episode: four episodes make the 20-step play. */
const PLAY_EPISODES = 4;

const plus = (a: Timing, b: Timing): Timing => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
const ratio = (ours: Timing, plain: Timing) => `${(ours.wall / plain.wall).toFixed(2)}× wall, ${(ours.cpu / plain.cpu).toFixed(2)}× cpu`;

const large = generatedScenario(LARGE_EPISODES);
const largeText = JSON.stringify(large, null, 2);
const options: ValidationOptions = { file: 'generated.json' };
const check = validateScenarioText(largeText, options);
if (!check.scenario) throw new Error(`the generated scenario does not validate: ${check.diagnostics[0]?.message}`);
const findings = check.diagnostics.map((d) => d.code).join(', ') || 'none';

const [validateFull, validateStatic] = timeTogether([
  () => validateScenarioText(largeText, options),
  () => validateScenarioText(largeText, { ...options, explorationLimit: 0 }),
]) as [Timing, Timing];
// The validator's one reading of the text (value, duplicates, nesting and places), and for scale
// JSON.parse, which gives the value alone, and momoa's tree, which the validator built before.
const validatorParse = time(() => readJson(largeText, MAX_NESTING_DEPTH));
const momoaParse = time(() => parse(largeText, { mode: 'json' }), 5);
const jsonParse = time(() => {
  JSON.parse(largeText);
});
const [compileOurs, compilePlain] = timeTogether([() => compileScenario(large), () => plainMachine(large)]) as [Timing, Timing];

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
      actor.send(
        input === 'continue'
          ? { type: 'CONTINUE' }
          : 'choose' in input
            ? { type: 'CHOOSE', choice: input.choose }
            : { type: 'ANSWER', option: input.answer },
      );
    }
    if (actor.getSnapshot().status !== 'done') throw new Error('the plain machine did not finish');
    actor.stop();
  }
}

const [playsOurs, playsPlain] = timeTogether([playOurs, playPlain], 5) as [Timing, Timing];
const [compileSmallOurs, compileSmallPlain] = timeTogether([() => compileScenario(small), () => plainMachine(small)]) as [Timing, Timing];

const lines = [
  `Core benchmark (medians of ${RUNS} runs, 5 for momoa and the plays; ours and plain XState measured in turns; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores while it ran)`,
  '',
  `Generated scenario: ${Object.keys(large.nodes).length} nodes (${LARGE_EPISODES} episodes of ${EPISODE_NODES}), ${(largeText.length / 1024).toFixed(0)} KB of JSON; validator findings: ${findings}`,
  `  validate, all checks                 ${ms(validateFull)}`,
  `  validate, without the state walk     ${ms(validateStatic)}`,
  `    of which parsing                   ${ms(validatorParse)}   (JSON.parse, the value alone: ${jsonParse.cpu.toFixed(1)} ms cpu; momoa's tree: ${momoaParse.cpu.toFixed(1)} ms cpu)`,
  `  compile (compileScenario)            ${ms(compileOurs)}`,
  `  validate + compile                   ${ms(plus(validateFull, compileOurs))}   target < 150 ms`,
  `  plain XState createMachine           ${ms(compilePlain)}   compile ratio ${ratio(compileOurs, compilePlain)}`,
  '',
  `${PLAYS.toLocaleString('en')} scripted plays of a ${inputs.length}-step scenario (${Object.keys(small.nodes).length} nodes):`,
  `  through Play (compile once + plays)  ${ms(plus(compileSmallOurs, playsOurs))}   ${((playsOurs.wall * 1000) / PLAYS).toFixed(1)} µs per play`,
  `  plain XState actor (same graph)      ${ms(plus(compileSmallPlain, playsPlain))}   ${((playsPlain.wall * 1000) / PLAYS).toFixed(1)} µs per play`,
  `  overhead of the engine               ${ratio(plus(compileSmallOurs, playsOurs), plus(compileSmallPlain, playsPlain))}   target ≤ 1.5×`,
];
process.stdout.write(lines.join('\n') + '\n');
