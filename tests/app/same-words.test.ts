/**
 * The canvas and the DOM layer say the same words. Every node of every shipped scenario that some play
 * reaches (one play per node, found breadth-first with the real engine) is shown through the app, and
 * at each screen the words the canvas lays out (the view's line and quiz-result words) are compared
 * with what the DOM layer's story log tells a screen-reader player; each meter's tip (shown on the
 * canvas and given as the DOM meter's description, both from its words) says what the briefing says of it.
 */
import { describe, expect, it } from 'vitest';
import type { AppController, AppUpdate } from '../../src/app/controller';
import { entryText, logEntriesFor } from '../../src/dom/announcements';
import * as engine from '../../src/core/engine';
import type { Step } from '../../src/core/engine';
import { validateForPlay } from '../../src/app/validate-for-play';
import { loadedController, playView, shippedScenarioTexts } from './app-fixture';

const texts = shippedScenarioTexts();

/** One list of steps per reachable node: the first play, breadth-first, that arrives there. */
function onePlayPerNode(text: string, file: string): Map<string, Step[]> {
  const { scenario } = validateForPlay(text, { file });
  if (!scenario) throw new Error(`${file} does not validate`);
  const compiled = engine.compileScenario(scenario);
  const found = new Map<string, Step[]>();
  const queue: Step[][] = [[]];
  while (queue.length > 0) {
    const steps = queue.shift()!;
    const replayed = engine.Play.replay(compiled, steps);
    if (!replayed.ok) throw new Error(replayed.message);
    const { screen } = replayed.play;
    replayed.play.stop();
    if (found.has(screen.node)) continue;
    found.set(screen.node, steps);
    const next: Step[] =
      screen.kind === 'line'
        ? [{ kind: 'continue', node: screen.node }]
        : screen.kind === 'choice'
          ? screen.choices.filter((c) => c.available).map((c) => ({ kind: 'choose', node: screen.node, choice: c.id }))
          : screen.kind === 'quiz'
            ? screen.options.map((_, option) => ({ kind: 'answer', node: screen.node, option }))
            : [];
    for (const step of next) queue.push([...steps, step]);
  }
  return found;
}

/** Plays the steps through the app from the menu as a player would (reading each outcome) and returns every update. */
function updatesAlong(controller: AppController, id: string, steps: Step[]): AppUpdate[] {
  controller.openMenu();
  const updates: AppUpdate[] = [];
  const stop = controller.subscribe((update) => updates.push(update));
  controller.start(id);
  for (const step of steps) {
    if (playView(controller).pendingOutcome) controller.acknowledge();
    if (step.kind === 'continue') controller.continue();
    else if (step.kind === 'choose') controller.choose(step.choice);
    else controller.answer(step.option);
  }
  if (controller.view.name === 'play' && controller.view.pendingOutcome) controller.acknowledge();
  stop();
  return updates;
}

describe('the same words on the canvas and in the DOM layer', () => {
  for (const { file, text } of texts) {
    it(`every reachable node of ${file}`, { timeout: 60_000 }, async () => {
      const id = file.replace(/\.json$/, '');
      const plays = onePlayPerNode(text, file);
      const controller = await loadedController();
      controller.openBriefing(id);
      const briefing = controller.view;
      if (briefing.name !== 'briefing') throw new Error(`${file}: no briefing`);
      const { meters } = JSON.parse(text) as { meters: Record<string, { label: string; description: string; better: string }> };
      let lines = 0;
      let tips = 0;
      let paraphrases = 0;
      for (const [node, steps] of plays) {
        const updates = updatesAlong(controller, id, steps);
        const last = updates.at(-1);
        expect(last, `${file} ${node}`).toBeDefined();
        for (const { view, cause } of updates) {
          const told = logEntriesFor(view, cause);
          if (view.name === 'ending' && cause.type === 'ending.reached') {
            expect(told.map(entryText).join(' ')).toContain(view.words.score);
            expect(told.map(entryText).join(' ')).toContain(view.words.outcome);
          }
          if (view.name !== 'play') continue;
          if (view.line && !view.pendingOutcome && cause.type !== 'pause.opened' && cause.type !== 'pause.closed') {
            const entry = told.find((e) => e.kind === 'line');
            // What the canvas draws of the line is what the log tells, word for word.
            expect(entry, `${file} ${view.screen.node}`).toEqual({
              kind: 'line',
              speaker: view.line.speaker,
              text: view.line.text,
              ...(view.line.tag !== undefined ? { tag: view.line.tag } : {}),
              ...(view.line.citation !== undefined ? { citation: view.line.citation } : {}),
            });
            if (!view.line.narrator) {
              expect(view.line.speaker).toContain(view.line.name);
              for (const part of view.line.about.split(' · ')) expect(view.line.speaker).toContain(part);
            }
            lines++;
            if (view.line.tag !== undefined) paraphrases++;
          }
          if (view.quizResult && cause.type === 'play.stepped') {
            const quiz = view.pendingOutcome!.quiz!;
            const sentence = told.map(entryText).join(' ');
            expect(sentence).toContain(quiz.explanation);
            expect(sentence).toContain(view.quizResult.told);
            if (!quiz.correct) expect(sentence).toContain(`The answer is: ${quiz.options[quiz.answer]}.`);
            expect(view.quizResult.options.map((o) => o.text)).toEqual(quiz.options.map((o, i) => `${i + 1}. ${o}`));
          }
          for (const meter of view.meters) {
            // A meter's tip during play says what the briefing's guide says of it: the file's description and which way is better.
            const guide = briefing.meterGuide.find((g) => g.label === meter.label);
            expect(meter.words.about, `${file} ${meter.id}`).toBe(guide?.text);
            expect(meter.words.about).toBe(
              `${meters[meter.id]?.description} ${meters[meter.id]?.better === 'higher' ? 'Higher' : 'Lower'} is better.`,
            );
            tips++;
            if (meter.words.change && cause.type === 'play.stepped')
              expect(told.map(entryText).join(' ')).toContain(meter.words.change.told);
          }
        }
      }
      expect(lines, `${file}: lines checked`).toBeGreaterThan(3);
      expect(tips, `${file}: tips checked`).toBeGreaterThan(0);
      // A paraphrase is cited in the log as it is on the canvas (it was not, before the presenter).
      if (text.includes('"paraphrase"')) expect(paraphrases).toBeGreaterThan(0);
    });
  }
});
