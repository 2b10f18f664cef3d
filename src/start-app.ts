/**
 * The app, loaded by the page's entry (main.ts) once the first screen is drawn: wires the app
 * controller to the accessible DOM layer, the Phaser canvas, sound and read-aloud. The DOM layer
 * takes over the first screen and never depends on the canvas: if the canvas cannot start, the game
 * is played in the DOM alone.
 */
import scenarioCards from 'virtual:scenario-cards';
import { catalogEntry } from './app/catalog';
import { AppController } from './app/controller';
import { canvasRegistry, installInspector } from './app/inspector';
import { FreshDownloads } from './app/fresh-downloads';
import { parseRoute, playRoute } from './app/route';
import { startAfreshQuestion } from './app/wording';
import { loadScenarioText } from './app/scenario-files';
import { ambienceFor, cuesFor } from './app/sound-cues';
import { createSoundBoard } from './audio/sound-board';
import { noCanvas } from './dom/canvas-link';
import { mountConfirmDialog } from './dom/confirm-dialog';
import { mountDomLayer } from './dom/dom-layer';
import type { FirstScreen } from './dom/first-screen';
import { createReadAloud } from './dom/read-aloud';
import type { SettingsStore } from './settings/settings-store';

const CANVAS_FAILURE =
  'The animated view could not start on this device (WebGL is unavailable), so the game is shown here as a page. Everything can still be played.';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

/**
 * Where a reload after a failed download takes the player: the scenario they were opening, unless the
 * page's link (an assignment, a shared file) must be kept, when it is that link.
 */
function reloadRoute(scenarioId: string | undefined): string {
  const route = parseRoute(window.location.hash);
  return scenarioId !== undefined && (route.kind === 'menu' || route.kind === 'play') ? playRoute(scenarioId) : window.location.hash;
}

export interface FirstScreenParts {
  storage: Storage | null;
  settings: SettingsStore;
  first: FirstScreen;
}

export async function startApp({ storage, settings, first }: FirstScreenParts): Promise<void> {
  const downloads = new FreshDownloads({
    reachable: () =>
      fetch(window.location.pathname, { method: 'HEAD', cache: 'no-store' }).then(
        (response) => response.ok,
        () => false,
      ),
    reloadAt: (route) => {
      window.history.replaceState(null, '', route);
      window.location.reload();
    },
  });

  // The menu needs only the cards, made at build time; scenario texts, the validator and the engine
  // are downloaded when a scenario is opened, or once the menu is up (see preload below).
  const controller = new AppController(
    {
      storage,
      loadCatalog: () => Promise.resolve(scenarioCards),
      loadScenario: (file, background) =>
        downloads.run(
          `scenario ${file}`,
          async () => {
            const [{ validateForPlay }, text] = await Promise.all([import('./app/validate-for-play'), loadScenarioText(file)]);
            return catalogEntry(text, validateForPlay);
          },
          { route: () => reloadRoute(file.replace(/\.json$/, '')), background },
        ),
      loadEngine: (background) =>
        downloads.run('engine', () => import('./core/engine'), { route: () => reloadRoute(openScenario()), background }),
      loadValidator: () =>
        downloads.run('validator', async () => (await import('./app/validate-for-play')).validateForPlay, {
          route: () => reloadRoute(openScenario()),
          background: false,
        }),
      decodeLink: async (payload) => (await import('./core/codec')).unpackText(payload),
      loadAssignmentKit: async () => (await import('./app/assignment-kit')).assignmentKit,
    },
    { route: parseRoute(window.location.hash) },
  );
  /** The scenario the player has open (its briefing, play or ending), if any. */
  function openScenario(): string | undefined {
    const { view } = controller;
    return 'scenarioId' in view ? view.scenarioId : undefined;
  }

  // A link followed while the game is open (a teacher's next link, an edited address) is followed too.
  window.addEventListener('hashchange', () => controller.openRoute(parseRoute(window.location.hash)));

  const readAloud = createReadAloud(settings);
  const ask = mountConfirmDialog(element('controls'));
  /** "Start afresh" beside "Continue" throws a save away: the canvas and the DOM layer both ask first. */
  const startAfresh = (scenarioId: string, title: string): void =>
    void ask(startAfreshQuestion(title)).then((yes) => {
      if (yes) controller.start(scenarioId);
    });
  const sound = createSoundBoard(settings);
  controller.subscribe(({ view, cause }) => {
    for (const cue of cuesFor(view, cause)) sound.play(cue);
    sound.setAmbience(ambienceFor(view));
  });
  // The request made on the first screen goes to the controller once it has read the catalog and the
  // route (the menu the first screen shows, or what the link opens); the DOM layer then takes over.
  await controller.started();
  first.handOver(controller);
  const layer = mountDomLayer(
    {
      first,
      controller,
      settings,
      speak: (text) => readAloud.speak(text),
      startAfresh,
    },
    noCanvas(canvasRegistry),
  );

  let canvasRunning = false;
  installInspector(window, controller, canvasRegistry, { canvasRunning: () => canvasRunning, domSettled: () => layer.rendered() });

  async function startCanvas(): Promise<void> {
    const parent = element('game');
    try {
      const { createGame } = await import('./game/create-game');
      const game = await createGame({
        parent,
        controller,
        settings,
        registry: canvasRegistry,
        pickScenarioFile: () => layer.pickScenarioFile(),
        startAfresh,
      });
      canvasRunning = true;
      layer.attachCanvas({
        registry: canvasRegistry,
        running: () => canvasRunning,
        element: () => game.game.canvas,
        scroll: (step) => game.scroll(step),
        dismiss: () => game.dismiss(),
      });
    } catch {
      parent.hidden = true;
      layer.showCanvasFailure(CANVAS_FAILURE);
    }
  }

  /**
   * Once the first screen is drawn and the page is idle, the scenario texts, the validator and the
   * engine are fetched, so that opening a card is instant; until then they would only slow it down.
   */
  function preloadWhenShown(): void {
    const whenIdle = (run: () => void): void =>
      void (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
    // A view the page draws (the menu) is shown already; the canvas has nothing more to draw for it.
    if (!canvasRunning || canvasRegistry.get().settled) return whenIdle(() => void controller.preload());
    const stop = canvasRegistry.subscribe((layout) => {
      if (!layout.settled) return;
      stop();
      whenIdle(() => void controller.preload());
    });
  }

  /**
   * Phaser is asked for only once the first screen is painted: the menu is the page's own HTML, and on
   * a slow school connection Phaser's download (several times the rest) would otherwise hold it back.
   * The canvas takes over from the briefing on.
   */
  function afterFirstPaint(run: () => void): void {
    requestAnimationFrame(() => setTimeout(run, 0));
  }

  afterFirstPaint(() => void startCanvas().then(preloadWhenShown));
}
