import { expect, it } from 'vitest';
import { Play } from '../../../src/core/engine';
import { startStepClock } from '../../../src/core/results';
import { shippedLibrary } from './plays';

it('times each step from the start, drops the times of steps undone', () => {
  let now = 1000;
  const play = Play.start(shippedLibrary().current('geneva-us-delegation')!.compiled);
  const clock = startStepClock(play, () => now);
  const step = (ms: number) => {
    now += ms;
    const screen = play.screen;
    if (screen.kind === 'line') play.continue();
    else if (screen.kind === 'quiz') play.answer(0);
    else if (screen.kind === 'choice') play.choose(screen.choices.find((c) => c.available)!.id);
  };
  // Up to the first decision (undo goes back before a decision, never before a line or an answer).
  const expected: number[] = [];
  while (play.screen.kind !== 'choice') {
    step(500);
    expected.push(now - 1000);
  }
  step(300);
  expected.push(now - 1000);
  expect(clock.times).toEqual(expected);
  expect(play.undo()).toBe(true);
  expect(clock.times).toEqual(expected.slice(0, -1));
  step(100);
  expect(clock.times.at(-1)).toBe(now - 1000);
  clock.stop();
  step(100);
  expect(clock.times).toHaveLength(play.steps.length - 1);
});
