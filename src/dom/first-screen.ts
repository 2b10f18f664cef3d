/**
 * The first screen, drawn by the page's entry (src/main.ts) before the app — XState, the app machine,
 * the controller and the DOM layer — has downloaded: the menu, made from the build-time cards and
 * the saves by the presenter's own menuView and drawn by the DOM layer's own renderMenu, into the
 * DOM layer's frame. A link that opens something else (a #play= link, an assignment, a shared
 * scenario) gets the loading view, which is what the app shows first for it.
 *
 * The first request made on it (a card, Continue, a file opened or dropped) is kept: the page shows
 * the loading view at once, and hands the request to the app once it is there (handOver). The DOM
 * layer then takes the frame, the file opener and what is drawn over as they stand: the same view
 * is not drawn again, so nothing moves and focus stays where the player put it.
 */
import type { AppController } from '../app/controller';
import type { CatalogEntry } from '../app/catalog';
import { menuView, startingNotice } from '../app/menu-view';
import type { Route } from '../app/route';
import type { SaveStore } from '../app/saves';
import type { AppView } from '../app/view';
import { canvasCover, type CanvasCover } from './canvas-cover';
import { focusGoalFor } from './focus-rule';
import { markPageView, mountLayerFrame, showNotice, type LayerFrame } from './layer-frame';
import { installScenarioFileOpener, type ScenarioFileOpener } from './scenario-file';
import { renderLoading } from './views/loading';
import { renderMenu } from './views/menu';

/** The first screen is the menu or the loading view. */
type FirstView = Extract<AppView, { name: 'menu' | 'loading' }>;

/** What the first screen's buttons ask of the app. */
type Requests = Pick<AppController, 'view' | 'openBriefing' | 'resume' | 'openFile'>;

export interface FirstScreen {
  frame: LayerFrame;
  files: ScenarioFileOpener;
  cover: CanvasCover;
  /** The view drawn now. */
  shown(): AppView;
  /** Gives the app the request made before it arrived, if any; every later one goes straight to it. */
  handOver(app: Requests): void;
}

export interface FirstScreenPlaces {
  root: HTMLElement;
  logRegion: HTMLElement;
  /** The canvas's place (#game), where the loading view stands in for it. */
  canvasParent: HTMLElement;
}

export function drawFirstScreen(places: FirstScreenPlaces, route: Route, catalog: readonly CatalogEntry[], saves: SaveStore): FirstScreen {
  const frame = mountLayerFrame(places.root, places.logRegion);
  const cover = canvasCover(places.canvasParent);
  let app: Requests | null = null;
  let kept: ((to: Requests) => void) | null = null;
  let shown: FirstView = route.kind === 'menu' ? menuView(catalog, [], saves, startingNotice(saves)) : { name: 'loading', progress: 0 };

  const draw = (view: FirstView): void => {
    shown = view;
    markPageView(view);
    showNotice(frame.appNotice, view.name === 'menu' ? (view.notice ?? null) : null);
    frame.stage.replaceChildren(view.name === 'menu' ? renderMenu(view, requests, files.pick) : renderLoading(view));
    // As the DOM layer does: a view the canvas will draw shows the loading view in its place meanwhile.
    cover.show(view.name === 'loading' ? view : null);
    // In the frame that draws it: focus() lays the page out, which done here, in the entry's own
    // task, is done again for that frame (about 100 ms on a slowed Chromebook).
    const heading = focusGoalFor(view) === 'heading' ? frame.stage.querySelector('h1') : null;
    if (heading) requestAnimationFrame(() => heading.isConnected && heading.focus());
  };

  /** The first request is kept for the app; the menu is gone by the next (the loading view shows). */
  const ask = (request: (to: Requests) => void): void => {
    if (app) return request(app);
    if (kept) return;
    kept = request;
    draw({ name: 'loading', progress: 0 });
  };
  const requests: Requests = {
    get view() {
      return app ? app.view : shown;
    },
    openBriefing: (id) => ask((to) => to.openBriefing(id)),
    resume: (id) => ask((to) => to.resume(id)),
    openFile: (name, text) => ask((to) => to.openFile(name, text)),
  };
  const files = installScenarioFileOpener(requests);
  draw(shown);

  return {
    frame,
    files,
    cover,
    shown: () => shown,
    handOver(to) {
      app = to;
      kept?.(to);
      kept = null;
    },
  };
}
