import { expect, it } from 'vitest';
import { Play } from '../../../src/core/engine';
import { startStepClock } from '../../../src/core/results';
import { shippedLibrary } from './plays';

it('times each step from the start, drops the times of steps undone and counts the undos', () => {
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
  step(500);
  step(700);
  step(300);
  expect(clock.times).toEqual(play.steps.map((_, i) => [500, 1200, 1500][i]));
  expect(play.undo()).toBe(true);
  expect(clock.times).toHaveLength(play.steps.length);
  expect(clock.undos).toBe(1);
  step(100);
  expect(clock.times.at(-1)).toBe(1600);
  clock.stop();
  step(100);
  expect(clock.times).toHaveLength(play.steps.length - 1);
});
