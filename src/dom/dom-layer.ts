/**
 * The accessible DOM layer: every view as real HTML beside the canvas. With the canvas running it is
 * invisible (its buttons sit over their canvas twins, see twin-overlay.ts) and serves the keyboard
 * and screen readers; without the canvas it is the whole game, styled as such.
 */
import './page-view.css';
import type { AppController, AppUpdate } from '../app/controller';
import { drawnByPage } from '../app/page-drawn';
import type { AppView } from '../app/view';
import { numberedLine } from '../app/wording';
import type { SettingsStore } from '../settings/settings-store';
import { logEntriesFor } from './announcements';
import type { CanvasLink } from './canvas-link';
import { focusGoalFor } from './focus-rule';
import { h } from './h';
import { installKeyboard } from './keyboard';
import { installScenarioFileOpener } from './scenario-file';
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
  /** Where the views are drawn; holds the log region. */
  root: HTMLElement;
  /** The role="log" region (in index.html, so it exists before anything is announced). */
  logRegion: HTMLElement;
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
  const { root, logRegion, controller, settings } = options;
  const log = new StoryLog(logRegion);
  const files = installScenarioFileOpener(controller);
  // Two live status lines that exist from the start, so what is later written in them is announced.
  const canvasNotice = h('div', { role: 'status', class: 'ct-status' });
  const appNotice = h('div', { role: 'status', class: 'ct-status' });
  const notices = h('div', { class: 'ct-layer-notices' }, canvasNotice, appNotice);
  const head = h('div', { class: 'ct-head' });
  const stage = h('div', { class: 'ct-stage' });
  // In reading order: notices, the view's head (title, meters), the story log (already in the page), the view.
  logRegion.before(notices, head);
  logRegion.after(stage);

  let canvas = initialCanvas;
  let shownView: AppView | undefined;
  let stopRegistry = (): void => {};

  /** 'on': the layer serves the canvas, invisibly; 'off': it is the game. Unset while the canvas starts. */
  const markMode = (mode: 'on' | 'off'): void => {
    document.documentElement.dataset.canvas = mode;
  };

  /** The canvas draws the view (and the layer serves it): false for a view the page draws itself. */
  const canvasDraws = (): boolean => canvas.running() && !(shownView && drawnByPage(shownView));

  const place = (): void => placeTwins(root, canvas.registry.get(), canvasDraws() ? canvas.element() : null);

  const render = ({ view, cause }: AppUpdate): void => {
    showNotice(appNotice, controller.notice);
    // Named after the view, so the menu's page gets a layout of its own (views/menu.css).
    if (drawnByPage(view)) document.documentElement.dataset.pageView = view.name;
    else delete document.documentElement.dataset.pageView;
    // Opening or closing the pause menu changes nothing behind it.
    const pauseOnly = cause.type === 'pause.opened' || cause.type === 'pause.closed';
    if (!pauseOnly) {
      head.replaceChildren(...(view.name === 'play' ? [renderPlayHead(view, controller)] : []));
      stage.replaceChildren(renderView(view, controller, files.pick, options.startAfresh));
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
    moveFocus(view);
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
    },
  };
}

function showNotice(region: HTMLElement, message: string | null): void {
  if ((region.textContent ?? '') === (message ?? '')) return;
  region.replaceChildren(...(message ? [h('p', { class: 'ct-notice' }, message)] : []));
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
