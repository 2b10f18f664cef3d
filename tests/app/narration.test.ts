/**
 * What the DOM layer announces, where it puts focus and which sounds play, derived from real views
 * of real scenarios played through the controller.
 */
import { describe, expect, it } from 'vitest';
import { ambienceFor, cuesFor } from '../../src/app/sound-cues';
import type { AppView } from '../../src/app/view';
import type { Scenario } from '../../src/core/model/schema';
import { entryText, logEntriesFor } from '../../src/dom/announcements';
import { focusGoalFor } from '../../src/dom/focus-rule';
import { firstStoryId, loadedController, playView, shippedScenarioTexts, takeFirstStep } from './app-fixture';

const texts = shippedScenarioTexts();
const storyId = firstStoryId(texts);

/** Every view of one play to its ending, in order. */
async function viewsOfOnePlay(quizOption: number): Promise<AppView[]> {
  const controller = await loadedController();
  const views: AppView[] = [];
  controller.subscribe((c) => {
    if (views.at(-1) !== c.view) views.push(c.view);
  });
  controller.openBriefing(storyId);
  controller.start(storyId);
  let guard = 0;
  while (controller.view.name === 'play') {
    if (++guard > 500) throw new Error('no ending');
    takeFirstStep(controller, quizOption);
  }
  return views;
}

describe('story log announcements', () => {
  it('tells every line with its speaker, marks paraphrase and cites quotes', async () => {
    const views = await viewsOfOnePlay(0);
    let lines = 0;
    for (const [i, view] of views.entries()) {
      if (view.name !== 'play' || view.pendingOutcome || (view.screen.kind !== 'line' && view.screen.kind !== 'choice')) continue;
      const entries = logEntriesFor(views[i - 1], view);
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
      const views = await viewsOfOnePlay(option);
      for (const [i, view] of views.entries()) {
        const quiz = view.name === 'play' ? view.pendingOutcome?.quiz : undefined;
        if (!quiz) continue;
        const text = logEntriesFor(views[i - 1], view)
          .map(entryText)
          .join(' ');
        expect(text.startsWith(quiz.correct ? 'Correct.' : 'Not quite.')).toBe(true);
        if (!quiz.correct) expect(text).toContain(`The answer is: ${quiz.options[quiz.answer]}.`);
        expect(text).toContain(quiz.explanation);
      }
      const ending = views.at(-1)!;
      if (ending.name !== 'ending') throw new Error('expected the ending last');
      const [entry] = logEntriesFor(views.at(-2), ending);
      expect(entry?.text).toContain(`Score: ${ending.result.score} of 100`);
      expect(entry?.text).toContain(ending.result.endingTitle);
    }
  });

  it('tells meter changes once: with the step, not again after its feedback is acknowledged', async () => {
    const views = await viewsOfOnePlay(0);
    let told = 0;
    for (const [i, view] of views.entries()) {
      if (view.name !== 'play') continue;
      const previous = views[i - 1];
      const meters = logEntriesFor(previous, view).filter((e) => e.kind === 'meters');
      const acknowledged = previous?.name === 'play' && previous.pendingOutcome !== undefined && view.pendingOutcome === undefined;
      if (acknowledged) expect(meters).toEqual([]);
      else if (view.meters.some((m) => m.change !== 0)) {
        expect(meters).toHaveLength(1);
        told++;
      }
    }
    expect(told).toBeGreaterThan(0);
  });
});

describe('focus after each view', () => {
  it('goes to the first new thing to act on', async () => {
    const controller = await loadedController();
    expect(focusGoalFor(controller.view, false)).toBe('heading');
    controller.start(storyId);
    let guard = 0;
    const seen = new Set<string>();
    while (controller.view.name === 'play' && guard++ < 500) {
      const view = playView(controller);
      const goal = focusGoalFor(view, false);
      if (view.pendingOutcome) expect(goal).toBe('acknowledge');
      else if (view.screen.kind === 'line') expect(goal).toBe('continue');
      else if (view.screen.kind === 'quiz') expect(goal).toBe('option:0');
      else if (view.screen.kind === 'choice') expect(goal).toBe(`choice:${view.screen.choices.find((c) => c.available)!.id}`);
      seen.add(goal ?? '');
      expect(focusGoalFor(view, true)).toBe('pause:resume');
      takeFirstStep(controller);
    }
    expect([...seen].some((g) => g.startsWith('choice:'))).toBe(true);
    expect(focusGoalFor(controller.view, false)).toBe('heading');
  });
});

describe('sound cues', () => {
  it('clicks for a choice, right/wrong for answers, a sting for the ending, nothing on acknowledge', async () => {
    const views = await viewsOfOnePlay(1);
    const all: string[] = [];
    for (const [i, view] of views.entries()) {
      const previous = views[i - 1];
      const cues = cuesFor(previous, view);
      all.push(...cues);
      const quiz = view.name === 'play' ? view.pendingOutcome?.quiz : undefined;
      if (quiz) expect(cues[0]).toBe(quiz.correct ? 'correct' : 'wrong');
      if (previous?.name === 'play' && previous.pendingOutcome && view.name === 'play' && !view.pendingOutcome) expect(cues).toEqual([]);
      if (view.name === 'ending') expect(cues).toEqual([`ending-${view.result.outcome}`]);
    }
    expect(all).toContain('choose');
    expect(all.some((c) => c === 'meter-up' || c === 'meter-down')).toBe(true);
  });

  it('plays the room of the scenario from briefing to ending, silence on the menu', async () => {
    const views = await viewsOfOnePlay(0);
    const setting = (JSON.parse(texts.find((t) => t.file === `${storyId}.json`)!.text) as Scenario).setting ?? null;
    for (const view of views) expect(ambienceFor(view)).toBe(view.name === 'menu' || view.name === 'loading' ? null : setting);
  });
});
