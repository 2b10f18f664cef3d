import { expect } from 'vitest';
import { Play, type CompiledScenario } from '../../../src/core/engine';

/**
 * Runs a .testplan transcript: plays separated by "play", each line an input (choose, answer,
 * continue) or an expectation (at, available, unavailable, meter, feedback, ending).
 */
export function runTestplan(compiled: CompiledScenario, text: string): number {
  const plays = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .join('\n')
    .split(/^play$/m)
    .map((block) => block.trim().split('\n').filter(Boolean))
    .filter((lines) => lines.length > 0);
  for (const [index, lines] of plays.entries()) {
    const play = Play.start(compiled);
    for (const line of lines) runLine(play, line, `play ${index + 1}, "${line}"`);
  }
  return plays.length;
}

function runLine(play: Play, line: string, where: string): void {
  const [command, ...args] = line.split(' ');
  const arg = args.join(' ');
  const screen = play.screen;
  switch (command) {
    case 'at':
      expect(screen.node, where).toBe(arg);
      return;
    case 'choose':
      expect(play.choose(arg), where).toEqual({ ok: true });
      return;
    case 'answer':
      expect(play.answer(Number(arg)), where).toEqual({ ok: true });
      return;
    case 'continue':
      expect(play.continue(), where).toEqual({ ok: true });
      return;
    case 'available':
    case 'unavailable': {
      const choice = screen.kind === 'choice' ? screen.choices.find((c) => c.id === arg) : undefined;
      expect(choice?.available, where).toBe(command === 'available');
      return;
    }
    case 'meter':
      expect(play.meters.find((m) => m.id === args[0])?.value, where).toBe(Number(args[1]));
      return;
    case 'feedback':
      expect(play.lastOutcome?.feedback, where).toBe(arg);
      return;
    case 'ending':
      expect(play.result?.ending, where).toBe(args[0]);
      expect(play.result?.score, where).toBe(Number(args[1]));
      return;
    default:
      throw new Error(`${where}: unknown testplan command`);
  }
}
