/**
 * The loading view: the game's name and a progress bar. The DOM layer draws it for the app's loading
 * view, and the canvas cover (canvas-cover.ts) draws it in the canvas's place while the canvas is on
 * its way, so it names no ids (the two can be on the page at once).
 */
import type { AppView } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h } from '../h';

export function renderLoading(view: Extract<AppView, { name: 'loading' }>): HTMLElement {
  const percent = Math.round(view.progress * 100);
  return h(
    'section',
    { class: 'ct-view ct-loading', 'aria-label': LABELS.gameTitle },
    h('h1', { tabindex: -1 }, LABELS.gameTitle),
    h('p', { class: 'ct-lede' }, LABELS.loadingSubtitle),
    h('label', {}, `${LABELS.loading} ${percent}%`, h('progress', { max: 100, value: percent })),
  );
}
