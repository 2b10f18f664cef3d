/**
 * Controllers over the real scenario files, the real validator and the real engine, with an
 * in-memory Storage, for the controller tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unpackText } from '../../src/core/codec';
import * as engine from '../../src/core/engine';
import { validateForPlay } from '../../src/app/validate-for-play';
import { assignmentKit } from '../../src/app/assignment-kit';
import { cardManifest, catalogEntry, isScenarioFileName, type ScenarioText } from '../../src/app/catalog';
import { AppController, type AppServices } from '../../src/app/controller';
import type { AppView } from '../../src/app/view';
import { scenariosDir } from '../scenarios/scenario-files';
import { MemoryStorage } from '../settings/memory-storage';

export function shippedScenarioTexts(): ScenarioText[] {
  return readdirSync(scenariosDir)
    .filter(isScenarioFileName)
    .map((file) => ({ file, text: readFileSync(path.join(scenariosDir, file), 'utf8') }));
}

/**
 * The game's services over these texts, as the build and the page provide them: the manifest of
 * cards, each file validated when it is loaded, and the engine.
 */
export function servicesFor(texts: ScenarioText[], storage: Storage | null = new MemoryStorage()): AppServices {
  return {
    storage,
    loadCatalog: () => Promise.resolve(cardManifest(texts, validateForPlay)),
    loadScenario: (file) => {
      const text = texts.find((t) => t.file === file);
      return text ? Promise.resolve(catalogEntry(text, validateForPlay)) : Promise.reject(new Error(`no file ${file}`));
    },
    loadEngine: () => Promise.resolve(engine),
    loadValidator: () => Promise.resolve(validateForPlay),
    decodeLink: (payload) => Promise.resolve().then(() => unpackText(payload)),
    loadAssignmentKit: () => Promise.resolve(assignmentKit),
  };
}

/** A controller at the menu with every scenario already loaded, so each action shows its result at once. */
export async function loadedController(
  storage: Storage | null = new MemoryStorage(),
  texts: ScenarioText[] = shippedScenarioTexts(),
): Promise<AppController> {
  const controller = new AppController(servicesFor(texts, storage));
  await controller.load();
  await controller.preload();
  return controller;
}

/** The first scenario, in file order, that has decisions (the fact quiz has none). */
export function firstStoryId(texts: ScenarioText[]): string {
  const story = [...texts]
    .sort((a, b) => a.file.localeCompare(b.file))
    .find(({ text }) =>
      Object.values((JSON.parse(text) as { nodes: Record<string, { choices?: unknown }> }).nodes).some((node) => node.choices),
    );
  if (!story) throw new Error('no scenario with choices');
  return story.file.replace(/\.json$/, '');
}

export type PlayView = Extract<AppView, { name: 'play' }>;

/** The controller's view, which must be the one named (a call, so TypeScript does not keep a stale narrowing). */
export function viewOf<N extends AppView['name']>(controller: AppController, name: N): Extract<AppView, { name: N }> {
  const view = controller.view;
  if (view.name !== name) throw new Error(`expected the ${name} view, got ${view.name}`);
  return view as Extract<AppView, { name: N }>;
}

export function playView(controller: AppController): PlayView {
  return viewOf(controller, 'play');
}

/**
 * Takes one step the way a player would: reads feedback, continues lines, takes the first
 * available choice, gives the quiz answer at `quizOption` (clamped to the options).
 */
export function takeFirstStep(controller: AppController, quizOption = 0): void {
  const view = playView(controller);
  if (view.pendingOutcome) return controller.acknowledge();
  const { screen } = view;
  if (screen.kind === 'line') return controller.continue();
  if (screen.kind === 'choice') {
    const choice = screen.choices.find((c) => c.available);
    if (!choice) throw new Error(`no available choice at ${screen.node}`);
    return controller.choose(choice.id);
  }
  if (screen.kind === 'quiz') return controller.answer(Math.min(quizOption, screen.options.length - 1));
  throw new Error('the play view never shows an ending screen');
}

/** Plays until the ending view; returns how many steps it took. */
/**
 * Plays up to the first decision (a choice screen with nothing left to read), the first point that
 * undo can go back to: lines and quiz answers before it are never taken back.
 */
export function stepToFirstDecision(controller: AppController, limit = 200): void {
  for (let steps = 0; ; steps++) {
    const view = playView(controller);
    if (view.screen.kind === 'choice' && !view.pendingOutcome) return;
    if (steps > limit) throw new Error('no decision within the step limit');
    takeFirstStep(controller);
  }
}

export function playToEnding(controller: AppController, quizOption = 0, limit = 500): number {
  let steps = 0;
  while (controller.view.name === 'play') {
    if (++steps > limit) throw new Error('no ending within the step limit');
    takeFirstStep(controller, quizOption);
  }
  return steps;
}
