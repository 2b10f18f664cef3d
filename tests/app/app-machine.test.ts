/**
 * The app machine: which events each screen takes, the cause published with each view, the routes,
 * and its effects swapped with `machine.provide()` (the real scenario files, validator and engine
 * otherwise).
 */
import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import { appMachine, unloadableNotice, type Cause } from '../../src/app/app-machine';
import { AppController } from '../../src/app/controller';
import { packText } from '../../src/core/codec';
import { parseRoute } from '../../src/app/route';
import { MemoryStorage } from '../settings/memory-storage';
import { firstStoryId, playView, servicesFor, shippedScenarioTexts, stepToFirstDecision, takeFirstStep, viewOf } from './app-fixture';

const texts = shippedScenarioTexts();
const storyId = firstStoryId(texts);
const storyText = texts.find((t) => t.file === `${storyId}.json`)!.text;
const storyTitle = (JSON.parse(storyText) as { title: string }).title;

async function controllerWith(options: ConstructorParameters<typeof AppController>[1] = {}, storage = new MemoryStorage()) {
  const controller = new AppController(servicesFor(texts, storage), options);
  await controller.load();
  await controller.preload();
  return controller;
}

function causesOf(controller: AppController): Cause['type'][] {
  const seen: Cause['type'][] = [];
  controller.subscribe(({ cause }) => seen.push(cause.type));
  return seen;
}

describe('app machine: events and guards', () => {
  it('publishes one cause for each thing that happened, and nothing for input a screen does not take', async () => {
    const controller = await controllerWith();
    const causes = causesOf(controller);
    controller.continue(); // the menu has no story
    controller.openBriefing('no-such-scenario');
    controller.openBriefing(storyId);
    controller.acknowledge(); // the briefing has nothing to read
    controller.start(storyId);
    stepToFirstDecision(controller);
    const before = [...causes];
    takeFirstStep(controller); // the decision
    controller.pause();
    takeFirstStep(controller); // ignored while paused
    controller.pause(); // already open
    controller.unpause();
    controller.undo();
    controller.openMenu();
    expect(before.slice(0, 2)).toEqual(['briefing.shown', 'play.begun']);
    expect(before.slice(2).every((c) => c === 'play.stepped' || c === 'play.acknowledged')).toBe(true);
    expect(causes.slice(before.length)).toEqual(['play.stepped', 'pause.opened', 'pause.closed', 'play.undone', 'menu.shown']);
  });

  it('an undo back to the first decision is an undo, not a new play (the old controller guessed from canUndo)', async () => {
    const controller = await controllerWith();
    controller.start(storyId);
    stepToFirstDecision(controller);
    takeFirstStep(controller);
    controller.undo();
    expect(controller.cause).toEqual({ type: 'play.undone' });
    expect(playView(controller).undoNote).not.toBeNull();
    controller.restart();
    expect(controller.cause).toEqual({ type: 'play.begun', from: 'start' });
  });

  it('holds the outcome of a step until it is read, across a pause', async () => {
    const controller = await controllerWith();
    controller.start(storyId);
    for (let guard = 0; !playView(controller).pendingOutcome; guard++) {
      if (guard > 200) throw new Error('no feedback in the scenario');
      takeFirstStep(controller);
    }
    const outcome = playView(controller).pendingOutcome;
    controller.pause();
    controller.acknowledge(); // not while paused
    expect(playView(controller)).toMatchObject({ paused: true, pendingOutcome: outcome });
    controller.unpause();
    expect(playView(controller)).toMatchObject({ paused: false, pendingOutcome: outcome });
    controller.acknowledge();
    expect(controller.cause.type === 'play.acknowledged' || controller.cause.type === 'ending.reached').toBe(true);
  });

  it('saves after every step through the writeSave effect, which provide() replaces', async () => {
    let writes = 0;
    const machine = appMachine.provide({ actions: { writeSave: () => void writes++ } });
    const storage = new MemoryStorage();
    const controller = await controllerWith({ machine }, storage);
    controller.start(storyId);
    takeFirstStep(controller);
    takeFirstStep(controller);
    expect(writes).toBe(3); // the start, then each step
    expect(storage.length).toBe(0);
  });

  it('a failed download, swapped in with provide(), returns to the menu with a notice and never half-opens', async () => {
    const machine = appMachine.provide({
      actors: { openScenario: fromPromise(() => Promise.reject(new Error('Failed to fetch'))) },
    });
    const controller = new AppController(servicesFor(texts), { machine });
    await controller.load();
    const causes = causesOf(controller);
    controller.openBriefing(storyId);
    controller.openMenu(); // ignored while loading
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(viewOf(controller, 'menu').notice).toBe(unloadableNotice(storyTitle));
    expect(causes).toEqual(['loading.progress', 'menu.shown']);
  });
});

describe('app machine: routes', () => {
  it('#play=<id> opens that briefing once the catalog is read', async () => {
    const controller = await controllerWith({ route: parseRoute(`#play=${storyId}`) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(viewOf(controller, 'briefing')).toMatchObject({ scenarioId: storyId, notReviewed: false });
  });

  it('an unknown id, a damaged fragment or an assignment link shows the menu with a notice', async () => {
    for (const [hash, notice] of [
      ['#play=no-such-scenario', /“no-such-scenario”, which this game does not have/],
      ['#play=', /could not be read/],
      ['#nonsense', /could not be read/],
      ['#assign=abc', /assignment/],
    ] as const) {
      const controller = await controllerWith({ route: parseRoute(hash) });
      expect(viewOf(controller, 'menu').notice, hash).toMatch(notice);
    }
  });

  it('a hash change while the game is open is followed like the first route', async () => {
    const controller = await controllerWith();
    controller.start(storyId);
    controller.openRoute(parseRoute(`#play=${storyId}`));
    expect(viewOf(controller, 'briefing').scenarioId).toBe(storyId);
  });
});

describe('app machine: scenarios from outside the game', () => {
  it('a valid file from the device opens its briefing, marked as not reviewed, under an id of its own', async () => {
    const storage = new MemoryStorage();
    const controller = await controllerWith({}, storage);
    controller.openFile(`${storyId}.json`, storyText);
    await controller.load();
    const briefing = viewOf(controller, 'briefing');
    expect(briefing).toMatchObject({ title: storyTitle, notReviewed: true });
    expect(briefing.scenarioId).not.toBe(storyId);
    controller.start(briefing.scenarioId);
    takeFirstStep(controller);
    controller.openMenu();
    // The shipped scenario's card and save are untouched by the outside copy.
    expect(viewOf(controller, 'menu').cards.find((c) => c.id === storyId)?.hasSave).toBe(false);
    controller.openBriefing(storyId);
    expect(viewOf(controller, 'briefing').notReviewed).toBe(false);
  });

  it('an invalid file gives a notice that says where the first error is and what to do, and opens nothing', async () => {
    const controller = await controllerWith();
    controller.openFile('draft.json', storyText.replace('"format"', '"formt"'));
    await controller.load();
    const menu = viewOf(controller, 'menu');
    expect(menu.notice).toMatch(
      /^The file “draft\.json” cannot be played: it has (an error|\d+ errors)\. The first, at line \d+, column \d+: /,
    );
    expect(menu.notice).toMatch(/Nothing was opened/);
  });

  it('a #scenario= link of a real file opens its briefing, marked as not reviewed', async () => {
    const controller = new AppController(servicesFor(texts), { route: parseRoute(`#scenario=${packText(storyText)}`) });
    await controller.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(viewOf(controller, 'briefing')).toMatchObject({ title: storyTitle, notReviewed: true });
  });

  it('a link whose payload is cut short or is not DEFLATE says the link is damaged', async () => {
    const payload = packText(storyText);
    for (const damaged of [payload.slice(0, payload.length / 2), 'AAAA', '!!!']) {
      const controller = new AppController(servicesFor(texts), { route: parseRoute(`#scenario=${damaged}`) });
      await controller.load();
      expect(viewOf(controller, 'menu').notice).toMatch(/link is damaged or was cut short/);
    }
  });

  it('a link that decodes to an invalid scenario names its first error', async () => {
    const controller = new AppController(servicesFor(texts), { route: parseRoute(`#scenario=${packText('{"format": 3}')}`) });
    await controller.load();
    expect(viewOf(controller, 'menu').notice).toMatch(
      /^The scenario in this link cannot be played: it has (an error|\d+ errors)\. The first, at line 1, column \d+: /,
    );
  });
});
