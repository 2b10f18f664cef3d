import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/schema';
import { playScore } from '../../src/core/model/score';
import { catalogEntry } from '../../src/app/catalog';
import { validateForPlay } from '../../src/app/validate-for-play';
import { AppController, UNREADABLE_PROGRESS_NOTICE, UNREADABLE_SAVE_NOTICE } from '../../src/app/controller';
import { PROGRESS_KEY, SAVE_KEY_PREFIX } from '../../src/app/saves';
import { MemoryStorage } from '../settings/memory-storage';
import {
  firstStoryId,
  loadedController,
  playToEnding,
  playView,
  servicesFor,
  shippedScenarioTexts,
  stepToFirstDecision,
  takeFirstStep,
  viewOf,
} from './app-fixture';

const texts = shippedScenarioTexts();
const firstId = firstStoryId(texts);
/** File names by the scenario's date (ISO dates sort as text; undated last), then by name. */
function weekOrder(files: { file: string; text: string }[]): string[] {
  const dateOf = (text: string): string => (JSON.parse(text) as { date?: string }).date ?? '9999';
  return [...files].sort((a, b) => dateOf(a.text).localeCompare(dateOf(b.text)) || a.file.localeCompare(b.file)).map((t) => t.file);
}

/** Lets every promise the controller started (loading a scenario in memory) settle. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('AppController loading and menu', () => {
  it('finds every scenario file and shows a card for each, in the order of the week (by date, then file name)', async () => {
    const controller = await loadedController();
    expect(controller.view.name).toBe('menu');
    if (controller.view.name !== 'menu') return;
    expect(controller.view.cards.map((c) => c.file)).toEqual(weekOrder(texts));
    for (const card of controller.view.cards) {
      expect(card.error).toBeUndefined();
      expect(card.title.length).toBeGreaterThan(0);
      expect(card.objectives.length).toBeGreaterThan(0);
      expect(card).toMatchObject({ finished: false, bestScore: null, hasSave: false });
    }
  });

  it('shows the menu from the cards alone, then loads each scenario and the engine only when asked', async () => {
    const asked: string[] = [];
    const services = servicesFor(texts);
    const controller = new AppController({
      ...services,
      loadScenario: (file, background) => (asked.push(file), services.loadScenario(file, background)),
      loadEngine: (background) => (asked.push('engine'), services.loadEngine(background)),
    });
    await controller.load();
    expect(viewOf(controller, 'menu').cards.every((c) => c.title.length > 0 && !c.error)).toBe(true);
    expect(asked).toEqual([]);
    await controller.preload();
    expect([...asked].sort()).toEqual(['engine', ...texts.map((t) => t.file)].sort());
  });

  it('opening a card before its scenario has loaded shows the loading view with rising progress, then the briefing', async () => {
    const controller = new AppController(servicesFor(texts));
    await controller.load();
    const seen: number[] = [];
    controller.subscribe(() => {
      if (controller.view.name === 'loading') seen.push(controller.view.progress);
    });
    controller.openBriefing(firstId);
    expect(controller.view.name).toBe('loading');
    controller.openBriefing(firstId);
    await nextTask();
    expect(viewOf(controller, 'briefing').scenarioId).toBe(firstId);
    expect(seen).toEqual([0, 0.5, 1]);
  });

  it('a scenario that fails to download returns to the menu with a notice, and opening it again retries', async () => {
    const services = servicesFor(texts);
    let failures = 1;
    const controller = new AppController({
      ...services,
      loadScenario: async (file, background) => {
        if (failures-- > 0) throw new Error('Failed to fetch');
        return services.loadScenario(file, background);
      },
    });
    await controller.load();
    controller.openBriefing(firstId);
    await nextTask();
    const menu = viewOf(controller, 'menu');
    expect(menu.notice).toBe(
      `“${menu.cards.find((c) => c.id === firstId)?.title}” could not be loaded. Check the connection, then open it again.`,
    );
    expect(menu.cards.find((c) => c.id === firstId)?.error).toBeUndefined();
    controller.openBriefing(firstId);
    expect(controller.notice).toBeNull();
    await nextTask();
    expect(viewOf(controller, 'briefing').scenarioId).toBe(firstId);
  });

  it('a file that turns out broken when opened shows its error on its card and a notice', async () => {
    const services = servicesFor(texts);
    const file = `${firstId}.json`;
    const controller = new AppController({
      ...services,
      loadScenario: async (name) =>
        name === file
          ? catalogEntry({ file, text: '{ "format": "crisis-table/scenario", "id": ' }, validateForPlay)
          : services.loadScenario(name, false),
    });
    await controller.load();
    controller.openBriefing(firstId);
    await nextTask();
    const menu = viewOf(controller, 'menu');
    expect(menu.notice).toMatch(/cannot be played: its file has an error, shown on its card/);
    expect(menu.cards.find((c) => c.id === firstId)?.error).toMatch(new RegExp(`^${file}:1:\\d+ `));
    controller.openBriefing(firstId);
    expect(controller.view.name).toBe('menu');
  });

  it('shows a broken file as a card with its first error, file:line:col, and still loads the rest', async () => {
    const broken = { file: 'broken-draft.json', text: '{\n  "format": "crisis-table/scenario",\n  "id": oops\n}\n' };
    const controller = await loadedController(new MemoryStorage(), [...texts, broken]);
    if (controller.view.name !== 'menu') throw new Error('expected the menu');
    const card = controller.view.cards.find((c) => c.file === 'broken-draft.json');
    expect(card?.error).toMatch(/^broken-draft\.json:3:\d+ /);
    expect(controller.view.cards.filter((c) => !c.error)).toHaveLength(texts.length);
    controller.openBriefing('broken-draft');
    expect(controller.view.name).toBe('menu');
  });

  it('opens the briefing with the role, objectives and a note on where quotes come from', async () => {
    const controller = await loadedController();
    controller.openBriefing(firstId);
    const view = controller.view;
    if (view.name !== 'briefing') throw new Error('expected the briefing');
    expect(view.scenarioId).toBe(firstId);
    expect(view.role.briefing.length).toBeGreaterThan(0);
    expect(view.sourceNote).toMatch(/dramatized/);
    expect(view.sourceNote).toMatch(/Associated Press, “Kremlin: Not much optimism after Russia-US talks on Ukraine”, 11 Jan 2022/);
  });
});

describe('AppController play', () => {
  it('plays every shipped scenario to an ending whose score follows the format rule', async () => {
    for (const { file } of texts) {
      const id = file.replace(/\.json$/, '');
      const controller = await loadedController();
      controller.start(id);
      playToEnding(controller);
      const view = controller.view;
      if (view.name !== 'ending') throw new Error(`${id}: expected the ending`);
      const scenario = JSON.parse(texts.find((t) => t.file === file)!.text) as Scenario;
      const endingNode = scenario.nodes[view.result.ending];
      if (endingNode?.type !== 'ending') throw new Error(`${id}: ${view.result.ending} is not an ending node`);
      expect(view.ending.title).toBe(endingNode.title);
      const { correct, total } = view.result.quiz;
      expect(view.result.score).toBe(playScore(endingNode.score, correct, total, scenario.scoring));
      expect(view.quizReview).toHaveLength(total);
      for (const review of view.quizReview) {
        const quizNode = scenario.nodes[review.node];
        expect(quizNode?.type === 'quiz' && quizNode.options).toEqual(review.options);
      }
      expect(view.meters.map((m) => m.id).sort()).toEqual(Object.keys(scenario.meters).sort());
    }
  });

  it('records the finish and best score, clears the save, and offers the next scenario', async () => {
    const storage = new MemoryStorage();
    const controller = await loadedController(storage);
    controller.start(firstId);
    takeFirstStep(controller);
    expect(storage.getItem(SAVE_KEY_PREFIX + firstId)).not.toBeNull();
    playToEnding(controller);
    if (controller.view.name !== 'ending') throw new Error('expected the ending');
    const score = controller.view.result.score;
    expect(storage.getItem(SAVE_KEY_PREFIX + firstId)).toBeNull();
    const ids = weekOrder(texts).map((file) => file.replace(/\.json$/, ''));
    expect(controller.view.nextScenarioId).toBe(ids[ids.indexOf(firstId) + 1] ?? null);

    controller.openMenu();
    expect(viewOf(controller, 'menu').cards.find((c) => c.id === firstId)).toMatchObject({
      finished: true,
      bestScore: score,
      hasSave: false,
    });

    const reopened = await loadedController(storage);
    if (reopened.view.name !== 'menu') throw new Error('expected the menu');
    expect(reopened.view.cards.find((c) => c.id === firstId)).toMatchObject({ finished: true, bestScore: score });
  });

  it('a reopened page continues at the same node with the same meters', async () => {
    const storage = new MemoryStorage();
    const controller = await loadedController(storage);
    controller.start(firstId);
    for (let i = 0; i < 6; i++) takeFirstStep(controller, 1);
    const before = playView(controller);

    const reopened = await loadedController(storage);
    if (reopened.view.name !== 'menu') throw new Error('expected the menu');
    expect(reopened.view.cards.find((c) => c.id === firstId)?.hasSave).toBe(true);
    reopened.resume(firstId);
    const after = playView(reopened);
    expect(after.screen.kind === 'ending' ? '' : after.screen.node).toBe(before.screen.kind === 'ending' ? '' : before.screen.node);
    expect(after.meters.map((m) => [m.id, m.value])).toEqual(before.meters.map((m) => [m.id, m.value]));
    expect(reopened.notice).toBeNull();
  });

  it('a corrupt save or one from another scenario version gives a notice and a fresh start, never a throw', async () => {
    for (const garbage of [
      '{not json',
      JSON.stringify({
        format: 'crisis-table/save',
        saveVersion: 1,
        scenario: { id: firstId, version: '0.0.0-old', hash: 'x' },
        snapshot: {},
      }),
    ]) {
      const storage = new MemoryStorage();
      storage.setItem(SAVE_KEY_PREFIX + firstId, garbage);
      const controller = await loadedController(storage);
      controller.resume(firstId);
      expect(controller.notice).toBe(UNREADABLE_SAVE_NOTICE);
      const fresh = await loadedController();
      fresh.start(firstId);
      expect(playView(controller).screen).toEqual(playView(fresh).screen);
      takeFirstStep(controller);
      expect(controller.notice).toBeNull();
    }
  });

  it('a corrupt progress record gives a notice on the menu and plays on', async () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '[1,2');
    const controller = await loadedController(storage);
    if (controller.view.name !== 'menu') throw new Error('expected the menu');
    expect(controller.view.notice).toBe(UNREADABLE_PROGRESS_NOTICE);
    expect(controller.view.cards.every((c) => !c.finished)).toBe(true);
  });

  it('plays on when storage refuses every write', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const controller = await loadedController(storage);
    controller.start(firstId);
    playToEnding(controller);
    expect(controller.view.name).toBe('ending');
  });

  it('holds feedback until acknowledged, and ignores other input meanwhile', async () => {
    const controller = await loadedController();
    controller.start(firstId);
    let guard = 0;
    while (!playView(controller).pendingOutcome) {
      if (++guard > 200) throw new Error('no feedback or quiz result in the scenario');
      takeFirstStep(controller);
    }
    const waiting = playView(controller);
    controller.continue();
    controller.answer(0);
    if (waiting.screen.kind === 'choice') controller.choose(waiting.screen.choices[0]!.id);
    expect(controller.view).toEqual(waiting);
    controller.acknowledge();
    expect(controller.view.name === 'play' ? controller.view.pendingOutcome : undefined).toBeUndefined();
  });

  it('ignores a choice that is unavailable or does not exist', async () => {
    const controller = await loadedController();
    controller.start(firstId);
    let guard = 0;
    for (;;) {
      const view = playView(controller);
      if (!view.pendingOutcome && view.screen.kind === 'choice') break;
      if (++guard > 200) throw new Error('no choice screen');
      takeFirstStep(controller);
    }
    const before = playView(controller);
    controller.choose('no-such-choice');
    expect(controller.view).toEqual(before);
    controller.continue();
    expect(controller.view).toEqual(before);
  });

  it('pause blocks input; undo goes back before the last decision and closes the pause menu', async () => {
    const controller = await loadedController();
    controller.start(firstId);
    stepToFirstDecision(controller);
    const decision = playView(controller);
    expect(decision.undoNote).not.toBeNull();
    takeFirstStep(controller);
    if (playView(controller).pendingOutcome) controller.acknowledge();
    const second = playView(controller);
    expect(second.undoNote).toBeNull();
    controller.pause();
    expect(controller.paused).toBe(true);
    const paused = playView(controller);
    expect(paused).toEqual({ ...second, paused: true });
    takeFirstStep(controller);
    expect(controller.view).toEqual(paused);
    controller.undo();
    expect(controller.paused).toBe(false);
    expect(playView(controller).screen).toEqual(decision.screen);
  });

  it('restart and play again start afresh; the menu leaves the save for Continue', async () => {
    const storage = new MemoryStorage();
    const controller = await loadedController(storage);
    controller.start(firstId);
    const fresh = playView(controller);
    takeFirstStep(controller);
    takeFirstStep(controller);
    controller.pause();
    controller.restart();
    expect(controller.paused).toBe(false);
    expect(playView(controller).screen).toEqual(fresh.screen);
    takeFirstStep(controller);
    controller.openMenu();
    expect(viewOf(controller, 'menu').cards.find((c) => c.id === firstId)?.hasSave).toBe(true);
    controller.resume(firstId);
    playToEnding(controller);
    controller.playAgain();
    expect(playView(controller).screen).toEqual(fresh.screen);
  });

  it('tells subscribers about every change and stops when unsubscribed', async () => {
    const controller = await loadedController();
    const names: string[] = [];
    const stop = controller.subscribe(() => names.push(controller.paused ? 'paused' : controller.view.name));
    controller.openBriefing(firstId);
    controller.start(firstId);
    controller.pause();
    controller.unpause();
    stop();
    controller.openMenu();
    expect(names).toEqual(['briefing', 'play', 'paused', 'play']);
  });
});
