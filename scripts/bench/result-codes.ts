/**
 * Result codes of real plays of the shipped scenarios, with a mix of statuses, for bench:results and
 * the result-code tests: random plays, some claims raised, some steps broken, some codes cut short,
 * some made for a version or a scenario the library does not hold.
 */
import { Play, type CompiledScenario, type PlayResult } from '../../src/core/engine';
import { random as seededRandom } from '../audio/dsp';
import { decodeResultCode, encodeResultCode, makeResultCode, type ScenarioLibrary } from '../../src/core/results';

/** Plays to an ending taking, at each input, the available choice or option `pick(n)` names (mod n). */
export function playBy(compiled: CompiledScenario, pick: (count: number, at: number) => number): PlayResult {
  const play = Play.start(compiled);
  for (let at = 0; !play.finished; at++) {
    if (at > 2000) throw new Error('the play did not end');
    const screen = play.screen;
    if (screen.kind === 'line') play.continue();
    else if (screen.kind === 'quiz') play.answer(pick(screen.options.length, at) % screen.options.length);
    else if (screen.kind === 'choice') {
      const open = screen.choices.filter((c) => c.available);
      play.choose(open[pick(open.length, at) % open.length]!.id);
    }
  }
  const result = play.result!;
  play.stop();
  return result;
}

export type Tamper = 'none' | 'altered' | 'invalid' | 'damaged' | 'other-version' | 'unknown-scenario';

/** Out of 20 codes: 14 genuine, 2 altered, and one each of the other kinds. */
const MIX: Tamper[] = [...Array<Tamper>(14).fill('none'), 'altered', 'altered', 'invalid', 'damaged', 'other-version', 'unknown-scenario'];

export function mixedCodes(library: ScenarioLibrary, ids: readonly string[], count: number, seed = 1): string[] {
  // Seeded, so every run benchmarks the same codes.
  const random = seededRandom(seed);
  const started = new Date('2026-12-01T09:00:00.000Z');
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const compiled = library.current(ids[i % ids.length]!)!.compiled;
    const result = playBy(compiled, (n) => Math.floor(random() * n));
    const code = makeResultCode({
      result,
      student: `Student ${i % 30}`,
      assignment: '0123456789abcdef',
      attempt: 1 + (i % 3),
      started,
      finished: new Date(started.getTime() + 60_000 + i),
      stepTimes: result.steps.map((_, s) => 2000 * (s + 1)),
    });
    codes.push(tampered(code, MIX[i % MIX.length]!));
  }
  return codes;
}

function tampered(text: string, how: Tamper): string {
  if (how === 'none') return text;
  if (how === 'damaged') return text.slice(0, -8);
  const read = decodeResultCode(text);
  if (!read.ok) throw new Error(read.message);
  const code = structuredClone(read.code);
  if (how === 'altered') code.claimed.score += 7;
  if (how === 'invalid') code.steps = code.steps.slice(0, -1);
  if (how === 'other-version') code.scenario.hash = 'ffffffffffffffff';
  if (how === 'unknown-scenario') code.scenario.id = 'a-scenario-nobody-holds';
  return encodeResultCode(code);
}
