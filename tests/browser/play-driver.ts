/**
 * Plays a scenario in the browser from the menu to its ending, by canvas clicks or by keyboard alone
 * through the DOM layer. It is given the player's decisions (the engine's steps); lines are continued
 * and feedback acknowledged as they come, and every decision is checked against the node on screen.
 */
import type { Page } from 'playwright-core';
import type { Step } from '../../src/core/engine';
import type { AppView } from '../../src/app/view';
import { activateByKeyboard, clickTarget, stepFrom, view, waitForView, waitSettled } from './harness';

export type InputMode = 'canvas' | 'keyboard';

export type EndingView = Extract<AppView, { name: 'ending' }>;

const MAX_SCREENS = 2_000;

/**
 * Keyboard mode uses the number keys for choices (the game's shortcut), Tab/arrows + Enter for the
 * rest. Returns the view after the step.
 */
export async function activate(page: Page, id: string, mode: InputMode, numberKey?: number): Promise<AppView> {
  if (mode === 'canvas') return clickTarget(page, id);
  if (numberKey !== undefined && numberKey <= 9) {
    const ready = await waitSettled(page);
    return stepFrom(page, ready, `number key ${numberKey} for "${id}"`, () => page.keyboard.press(String(numberKey)));
  }
  return activateByKeyboard(page, id);
}

/** From the menu: the scenario's card, then Start (a fresh play) on the briefing. */
export async function startScenario(page: Page, scenarioId: string, mode: InputMode): Promise<void> {
  await waitForView(page, 'menu');
  await activate(page, `card:${scenarioId}`, mode);
  await waitForView(page, 'briefing');
  await activate(page, 'start', mode);
  await waitForView(page, 'play');
}

/** From the menu: Resume on the scenario's card, which continues the play saved for it. */
export async function resumeScenario(page: Page, scenarioId: string, mode: InputMode): Promise<void> {
  await waitForView(page, 'menu');
  await activate(page, `resume:${scenarioId}`, mode);
  await waitForView(page, 'play');
}

export type PlayView = Extract<AppView, { name: 'play' }>;

export interface PlayOptions {
  /** Called on every settled screen of the play (and the ending), before the driver acts on it. */
  onScreen?: (current: PlayView | EndingView) => Promise<void>;
}

/**
 * Makes the given decisions (choices and quiz answers; 'continue' steps may be left in, lines are
 * continued and feedback acknowledged whenever they appear), then goes on to the next screen that
 * needs a decision, or the ending, and returns it.
 */
export async function advance(
  page: Page,
  steps: readonly Step[],
  mode: InputMode,
  options: PlayOptions = {},
): Promise<PlayView | EndingView> {
  const decisions = steps.filter((step) => step.kind !== 'continue');
  let next = 0;
  // Each input returns the view it led to, settled: the screen the loop acts on next.
  let current = await view(page);
  for (let screens = 0; screens < MAX_SCREENS; screens++) {
    if (current.name !== 'play' && current.name !== 'ending')
      throw new Error(`expected the play or its ending, got view "${current.name}"`);
    await options.onScreen?.(current);
    if (current.name === 'ending') {
      if (next !== decisions.length)
        throw new Error(`the play ended at ${current.result.ending} with ${decisions.length - next} decisions left`);
      return current;
    }
    if (current.pendingOutcome) {
      current = await activate(page, 'acknowledge', mode);
      continue;
    }
    const { screen } = current;
    if (screen.kind === 'line') {
      current = await activate(page, 'continue', mode);
      continue;
    }
    if (screen.kind === 'ending') throw new Error(`play view shows ending ${screen.node} without the ending view`);
    const decision = decisions[next];
    if (!decision) return current;
    if (decision.node !== screen.node)
      throw new Error(`decision ${next + 1} is for node "${decision.node}" but the game shows "${screen.node}"`);
    next++;
    if (screen.kind === 'choice' && decision.kind === 'choose') {
      const choice = screen.choices.find((c) => c.id === decision.choice);
      if (!choice) throw new Error(`node "${screen.node}" shows no choice "${decision.choice}"`);
      current = await activate(page, `choice:${choice.id}`, mode, choice.index + 1);
    } else if (screen.kind === 'quiz' && decision.kind === 'answer') {
      current = await activate(page, `option:${decision.option}`, mode);
    } else {
      throw new Error(`decision ${next} (${decision.kind}) does not fit a ${screen.kind} screen at "${screen.node}"`);
    }
  }
  throw new Error(`no ending after ${MAX_SCREENS} screens`);
}

/** Plays all the steps and returns the ending view; fails if the play stops short of an ending. */
export async function playToEnding(page: Page, steps: readonly Step[], mode: InputMode, options: PlayOptions = {}): Promise<EndingView> {
  const end = await advance(page, steps, mode, options);
  if (end.name !== 'ending') throw new Error(`the steps ran out at ${end.screen.kind} "${end.screen.node}" before an ending`);
  return end;
}

/** A name for the kind of screen shown, e.g. 'play:choice', 'play:quiz+outcome', 'ending'. */
export function screenKind(current: PlayView | EndingView): string {
  if (current.name === 'ending') return 'ending';
  return `play:${current.screen.kind}${current.pendingOutcome ? '+outcome' : ''}`;
}
