/**
 * When each step of a play was taken, for its result code: milliseconds from the start, kept in step
 * with the play's steps as it advances and as undo takes steps back. The count of undos is the play's
 * own (`Play.undos`, kept in its save), so a play restored after a reload still carries it.
 */
import type { Play } from '../engine';

export interface StepClock {
  /** One time per current step of the play. */
  readonly times: readonly number[];
  stop(): void;
}

export function startStepClock(play: Play, now: () => number = Date.now, started = now(), earlier: readonly number[] = []): StepClock {
  const times = [...earlier];
  const sync = () => {
    const count = play.steps.length;
    if (count < times.length) times.length = count;
    while (times.length < count) times.push(Math.max(0, now() - started));
  };
  sync();
  const unsubscribe = play.subscribe(sync);
  return { times, stop: unsubscribe };
}
