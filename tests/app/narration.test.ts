/**
 * What the DOM layer announces, where it puts focus and which sounds play, derived from real views
 * of real scenarios played through the controller.
 */
import { describe, expect, it } from 'vitest';
import type { AppUpdate } from '../../src/app/controller';
import type { Scenario } from '../../src/core/model/schema';
import { ambienceFor, cuesFor } from '../../src/app/sound-cues';
import { entryText, logEntriesFor } from '../../src/dom/announcements';
import { focusGoalFor } from '../../src/dom/focus-rule';
import { firstStoryId, loadedController, playView, shippedScenarioTexts, takeFirstStep } from './app-fixture';

const texts = shippedScenarioTexts();
const storyId = firstStoryId(texts);

/** Every update (view and cause) of one play to its ending, in order, with a pause and resume at each screen. */
async function updatesOfOnePlay(quizOption: number): Promise<AppUpdate[]> {
  const controller = await loadedController();
  const updates: AppUpdate[] = [];
  controller.subscribe((update) => updates.push(update));
  controller.openBriefing(storyId);
  controller.start(storyId);
  let guard = 0;
  while (controller.view.name === 'play') {
    if (++guard > 500) throw new Error('no ending');
    controller.pause();
    controller.unpause();
    takeFirstStep(controller, quizOption);
  }
  return updates;
}

describe('story log announcements', () => {
  it('tells every line with its speaker, marks paraphrase and cites quotes', async () => {
    const updates = await updatesOfOnePlay(0);
    let lines = 0;
    for (const { view, cause } of updates) {
      if (view.name !== 'play' || view.pendingOutcome || (view.screen.kind !== 'line' && view.screen.kind !== 'choice')) continue;
      const entries = logEntriesFor(view, cause);
      if (cause.type === 'pause.opened' || cause.type === 'pause.closed') {
        expect(entries, 'nothing is told again around a pause').toEqual([]);
        continue;
      }
      const line = entries.find((e) => e.kind === 'line');
      expect(line, `line at ${view.screen.node}`).toBeDefined();
      if (!line) continue;
      lines++;
      expect(line.text).toContain(view.screen.text);
      if (view.screen.speaker.id !== 'narrator') expect(line.speaker).toContain(view.screen.speaker.name);
      if (view.screen.delivery === 'quote') {
        expect(line.text).toBe(`“${view.screen.text}”`);
        expect(line.citation).toMatch(/^— quoted from Associated Press, 11 Jan 2022$/);
      }
      if (view.screen.delivery === 'paraphrase') expect(line.tag).toBe('Paraphrase');
    }
    expect(lines).toBeGreaterThan(3);
  });

  it('tells a quiz result right or wrong with the right answer, and the ending with outcome and score', async () => {
    for (const option of [0, 1]) {
      const updates = await updatesOfOnePlay(option);
      let results = 0;
      for (const { view, cause } of updates) {
        const quiz = view.name === 'play' ? view.pendingOutcome?.quiz : undefined;
        if (!quiz || cause.type !== 'play.stepped') continue;
        results++;
        const text = logEntriesFor(view, cause).map(entryText).join(' ');
        expect(text.startsWith(quiz.correct ? 'Correct.' : 'Not quite.')).toBe(true);
        if (!quiz.correct) expect(text).toContain(`The answer is: ${quiz.options[quiz.answer]}.`);
        expect(text).toContain(quiz.explanation);
      }
      expect(results).toBeGreaterThan(0);
      const last = updates.at(-1)!;
      if (last.view.name !== 'ending') throw new Error('expected the ending last');
      expect(last.cause.type).toBe('ending.reached');
      const [entry] = logEntriesFor(last.view, last.cause);
      expect(entry?.text).toContain(`Score ${last.view.result.score} of 100`);
      expect(entry?.text).toContain(last.view.result.endingTitle);
    }
  });

  it('tells meter changes once: with the step, not again after its feedback is acknowledged', async () => {
    const updates = await updatesOfOnePlay(0);
    let told = 0;
    let acknowledgedAfterChange = 0;
    for (const { view, cause } of updates) {
      if (view.name !== 'play') continue;
      const meters = logEntriesFor(view, cause).filter((e) => e.kind === 'meters');
      const changed = view.meters.some((m) => m.change !== 0);
      if (cause.type === 'play.stepped' && changed) {
        expect(meters).toHaveLength(1);
        told++;
      } else {
        expect(meters).toEqual([]);
        if (cause.type === 'play.acknowledged' && changed) acknowledgedAfterChange++;
      }
    }
    expect(told).toBeGreaterThan(0);
    expect(acknowledgedAfterChange).toBeGreaterThan(0);
  });
});

describe('focus after each view', () => {
  it('goes to the first new thing to act on', async () => {
    const controller = await loadedController();
    expect(focusGoalFor(controller.view)).toBe('heading');
    controller.start(storyId);
    let guard = 0;
    const seen = new Set<string>();
    while (controller.view.name === 'play' && guard++ < 500) {
      const view = playView(controller);
      const goal = focusGoalFor(view);
      if (view.pendingOutcome) expect(goal).toBe('acknowledge');
      else if (view.screen.kind === 'line') expect(goal).toBe('continue');
      else if (view.screen.kind === 'quiz') expect(goal).toBe('option:0');
      else if (view.screen.kind === 'choice') expect(goal).toBe(`choice:${view.screen.choices.find((c) => c.available)!.id}`);
      seen.add(goal ?? '');
      controller.pause();
      expect(focusGoalFor(controller.view)).toBe('pause:resume');
      controller.unpause();
      takeFirstStep(controller);
    }
    expect([...seen].some((g) => g.startsWith('choice:'))).toBe(true);
    expect(focusGoalFor(controller.view)).toBe('heading');
  });
});

describe('sound cues', () => {
  it('clicks for a choice, right/wrong for answers, a sting for the ending, nothing on acknowledge or pause', async () => {
    const updates = await updatesOfOnePlay(1);
    const all: string[] = [];
    for (const { view, cause } of updates) {
      const cues = cuesFor(view, cause);
      all.push(...cues);
      const quiz = view.name === 'play' ? view.pendingOutcome?.quiz : undefined;
      if (quiz && cause.type === 'play.stepped') expect(cues[0]).toBe(quiz.correct ? 'correct' : 'wrong');
      if (cause.type !== 'play.stepped' && cause.type !== 'ending.reached') expect(cues).toEqual([]);
      if (cause.type === 'ending.reached' && view.name === 'ending') expect(cues).toEqual([`ending-${view.result.outcome}`]);
    }
    expect(all).toContain('choose');
    expect(all.some((c) => c === 'meter-up' || c === 'meter-down')).toBe(true);
  });

  it('plays the room of the scenario from briefing to ending, silence on the menu', async () => {
    const updates = await updatesOfOnePlay(0);
    const setting = (JSON.parse(texts.find((t) => t.file === `${storyId}.json`)!.text) as Scenario).setting ?? null;
    for (const { view } of updates) expect(ambienceFor(view)).toBe(view.name === 'menu' || view.name === 'loading' ? null : setting);
  });
});
