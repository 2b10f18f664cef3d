/**
 * Which sounds what happened calls for: a click for a choice, right/wrong for a quiz answer,
 * up/down for meters that moved, a sting for the ending, and the room's ambience. Pure, so it is
 * tested without a browser; main.ts hands the cues to the sound board.
 */
import type { Ambience, Cue } from '../audio/sound-names';
import type { Cause } from './app-machine';
import { meterChangeIsBetter } from './wording';
import type { AppView } from './view';

/** Sounds only for a step taken and an ending reached; acknowledging, pausing or undoing is silent. */
export function cuesFor(view: AppView, cause: Cause): Cue[] {
  if (view.name === 'ending') return cause.type === 'ending.reached' ? [`ending-${view.result.outcome}`] : [];
  if (view.name !== 'play' || cause.type !== 'play.stepped') return [];
  const cues: Cue[] = [];
  const quiz = view.pendingOutcome?.quiz;
  if (quiz) cues.push(quiz.correct ? 'correct' : 'wrong');
  else if (cause.input === 'choice') cues.push('choose');
  const changed = view.meters.filter((m) => m.change !== 0);
  if (changed.some(meterChangeIsBetter)) cues.push('meter-up');
  else if (changed.length > 0) cues.push('meter-down');
  return cues;
}

/** The room's music while a scenario is open (briefing, play, ending); none on the menu. */
export function ambienceFor(view: AppView): Ambience | null {
  return view.name === 'briefing' || view.name === 'play' || view.name === 'ending' ? view.setting : null;
}
