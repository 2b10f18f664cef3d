/**
 * The loading view drawn in the canvas's place (#game, aria-hidden) while the canvas is still on its
 * way: a card opened before Phaser has downloaded and booted shows the game's loading screen, with its
 * progress, instead of a bare navy page, until the canvas draws the view. Assistive technology reads
 * the DOM layer, as it does with the canvas.
 */
import type { AppView } from '../app/view';
import { h } from './h';
import { renderLoading } from './views/loading';

export interface CanvasCover {
  /** Shows the cover for the view the canvas has yet to draw, or (null) takes it away. */
  show(view: AppView | null): void;
}

/**
 * What is loaded of the three parts the view waits for: the scenario and the engine (the loading
 * view's progress, both there once it is another view) and the canvas, which is never there while
 * the cover shows.
 */
function coverProgress(view: AppView): number {
  return (2 * (view.name === 'loading' ? view.progress : 1)) / 3;
}

export function canvasCover(parent: HTMLElement): CanvasCover {
  let shown: number | null = null;
  return {
    show(view) {
      const progress = view === null ? null : coverProgress(view);
      if (progress === shown) return;
      shown = progress;
      const cover = parent.querySelector(':scope > .ct-cover');
      if (progress === null) return cover?.remove();
      const next = h('div', { class: 'ct-cover' }, renderLoading({ name: 'loading', progress }));
      if (cover) cover.replaceWith(next);
      else parent.append(next);
    },
  };
}
