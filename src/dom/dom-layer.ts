/**
 * The accessible DOM layer: every view as real HTML beside the canvas. With the canvas running it is
 * invisible (its buttons sit over their canvas twins, see twin-overlay.ts) and serves the keyboard
 * and screen readers; without the canvas it is the whole game, styled as such.
 */
import type { AppController, AppUpdate } from '../app/controller';
import { drawnByPage } from '../app/page-drawn';
import type { AppView } from '../app/view';
import { numberedLine } from '../app/wording';
import type { SettingsStore } from '../settings/settings-store';
import { logEntriesFor } from './announcements';
import type { CanvasLink } from './canvas-link';
import type { FirstScreen } from './first-screen';
import { focusGoalFor } from './focus-rule';
import { installKeyboard } from './keyboard';
import { markPageView, showNotice } from './layer-frame';
import { StoryLog } from './story-log';
import { placeTwins } from './twin-overlay';
import { renderAssignment } from './views/assignment';
import { renderBriefing } from './views/briefing';
import { renderEnding } from './views/ending';
import { renderLoading } from './views/loading';
import { renderMenu } from './views/menu';
import { renderPause } from './views/pause';
import { renderPlay, renderPlayHead } from './views/play';

export interface DomLayerOptions {
  /** The frame, the file opener and the view the page drew before the DOM layer arrived: taken over as they stand. */
  first: FirstScreen;
  controller: AppController;
  settings: SettingsStore;
  speak?: (text: string) => void;
  /** Starts a scenario afresh once the player has agreed to lose its save. */
  startAfresh: (scenarioId: string, title: string) => void;
}

export interface DomLayer {
  /** The DOM shows the controller's current view. */
  rendered(): boolean;
  /** Switches between serving the canvas and being the game on its own. */
  attachCanvas(canvas: CanvasLink): void;
  /** Shows the file picker for a scenario file from the device (the canvas's menu button calls it). */
  pickScenarioFile(): void;
  /** Shows why the canvas is missing; the DOM layer plays on. */
  showCanvasFailure(message: string): void;
}

export function mountDomLayer(options: DomLayerOptions, initialCanvas: CanvasLink): DomLayer {
  const { first, controller, settings } = options;
  const { root, logRegion, canvasNotice, appNotice, head, stage } = first.frame;
  const { files, cover } = first;
  const log = new StoryLog(logRegion);

  let canvas = initialCanvas;
  let shownView: AppView | undefined;
  let stopRegistry = (): void => {};
  /** The canvas has drawn a view of its own: the cover (the loading view in its place) is not needed again. */
  let canvasHasDrawn = false;

  /** 'on': the layer serves the canvas, invisibly; 'off': it is the game. Unset while the canvas starts. */
  const markMode = (mode: 'on' | 'off'): void => {
    document.documentElement.dataset.canvas = mode;
  };

  /** The canvas draws the view (and the layer serves it): false for a view the page draws itself. */
  const canvasDraws = (): boolean => canvas.running() && !(shownView && drawnByPage(shownView));

  /**
   * A view the canvas is to draw while the canvas is still on its way is covered by the loading view
   * (canvas-cover.ts), until the canvas draws a view of its own (not the loading scene it shows until
   * the font is there). Once the canvas runs, it draws every such view itself; once it failed, the
   * layer is the game.
   */
  let covered = false;
  const updateCover = (): void => {
    const view = shownView;
    if (!view) return;
    const { scene } = canvas.registry.get();
    if (canvas.running() && scene !== '' && scene === (controller.paused ? 'pause' : view.name)) canvasHasDrawn = true;
    const failed = document.documentElement.dataset.canvas === 'off';
    covered = !canvasHasDrawn && !failed && !drawnByPage(view) && (covered || !canvas.running());
    cover.show(covered ? view : null);
  };

  const place = (): void => {
    placeTwins(root, canvas.registry.get(), canvasDraws() ? canvas.element() : null);
    updateCover();
  };

  /** The first screen's view, when the app shows it too: what the page drew stays as it is. */
  const drawnAlready = (view: AppView): boolean => shownView === undefined && JSON.stringify(view) === JSON.stringify(first.shown());

  const render = ({ view, cause }: AppUpdate): void => {
    showNotice(appNotice, controller.notice);
    markPageView(view);
    // Opening or closing the pause menu changes nothing behind it.
    const pauseOnly = cause.type === 'pause.opened' || cause.type === 'pause.closed';
    const kept = drawnAlready(view);
    if (!pauseOnly) {
      head.replaceChildren(...(view.name === 'play' ? [renderPlayHead(view, controller)] : []));
      if (!kept) stage.replaceChildren(renderView(view, controller, files.pick, options.startAfresh));
      // Each play has a transcript of its own: a new one starts when a play does (Restart and Play again included).
      if (cause.type === 'play.begun' || view.name === 'menu' || view.name === 'briefing' || view.name === 'assignment') log.clear();
      const entries = logEntriesFor(view, cause);
      log.append(entries);
      const spoken = [StoryLog.spoken(entries), ...choicesToSpeak(view)].filter(Boolean).join(' ');
      if (spoken) options.speak?.(spoken);
    }
    stage.querySelector('.ct-pause')?.remove();
    const behindPause = [head, logRegion, stage.firstElementChild];
    if (view.name === 'play' && view.paused) {
      for (const element of behindPause) element?.setAttribute('inert', '');
      stage.append(renderPause(controller, view));
    } else {
      for (const element of behindPause) element?.removeAttribute('inert');
    }
    shownView = view;
    place();
    // Focus was placed with the first screen, and the player may have moved it since.
    if (!kept) moveFocus(view);
  };

  const moveFocus = (view: AppView): void => {
    // Never pull focus out of another dialog (the settings panel) the player is using.
    if (document.activeElement?.closest('dialog[open]')) return;
    const goal = focusGoalFor(view);
    if (goal === null) return;
    const element =
      goal === 'heading' ? stage.querySelector<HTMLElement>('h1') : root.querySelector<HTMLElement>(`[data-target="${CSS.escape(goal)}"]`);
    element?.focus({ preventScroll: canvasDraws() });
  };

  controller.subscribe(render);
  installKeyboard(root, controller, settings, canvasProxy());
  window.addEventListener('resize', place);

  /** The keyboard always talks to whichever canvas is attached now. */
  function canvasProxy(): CanvasLink {
    return {
      get registry() {
        return canvas.registry;
      },
      // A view the page draws itself scrolls and takes keys as a web page does.
      running: () => canvasDraws(),
      element: () => canvas.element(),
      scroll: (step) => canvas.scroll(step),
      dismiss: () => canvas.dismiss(),
    };
  }

  const attachCanvas = (next: CanvasLink): void => {
    stopRegistry();
    canvas = next;
    stopRegistry = canvas.registry.subscribe(place);
    if (canvas.running()) markMode('on');
    place();
  };

  attachCanvas(initialCanvas);
  render({ view: controller.view, cause: controller.cause });

  return {
    rendered: () => shownView === controller.view,
    attachCanvas,
    pickScenarioFile: files.pick,
    showCanvasFailure: (message) => {
      showNotice(canvasNotice, message);
      markMode('off');
      updateCover();
    },
  };
}

function renderView(
  view: AppView,
  controller: AppController,
  pickFile: () => void,
  startAfresh: DomLayerOptions['startAfresh'],
): HTMLElement {
  switch (view.name) {
    case 'loading':
      return renderLoading(view);
    case 'menu':
      return renderMenu(view, controller, pickFile);
    case 'assignment':
      return renderAssignment(view, controller);
    case 'briefing':
      return renderBriefing(view, controller, startAfresh);
    case 'play':
      return renderPlay(view, controller);
    case 'ending':
      return renderEnding(view, controller);
  }
}

/** Read-aloud also reads the choices after the line, numbered as on screen. */
function choicesToSpeak(view: AppView): string[] {
  if (view.name !== 'play' || view.pendingOutcome) return [];
  const { screen } = view;
  if (screen.kind === 'choice') return screen.choices.filter((c) => c.available).map((c) => numberedLine(c.index, c.text));
  if (screen.kind === 'quiz') return screen.options.map((o, i) => numberedLine(i, o));
  return [];
}
