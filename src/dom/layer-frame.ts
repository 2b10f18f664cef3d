/**
 * The DOM layer's frame in #ui, in reading order: two live status lines (the canvas's notices and
 * the app's), the view's head (title, meters), the story log (index.html's own) and the stage the
 * view is drawn in. The first screen (first-screen.ts) makes it and draws the first view into it
 * before the DOM layer has downloaded; the DOM layer then takes it over as it stands.
 */
import './page-view.css';
import { drawnByPage } from '../app/page-drawn';
import type { AppView } from '../app/view';
import { h } from './h';

export interface LayerFrame {
  /** Where the views are drawn (#ui); holds the log region. */
  root: HTMLElement;
  /** The role="log" region (in index.html, so it exists before anything is announced). */
  logRegion: HTMLElement;
  canvasNotice: HTMLElement;
  appNotice: HTMLElement;
  head: HTMLElement;
  stage: HTMLElement;
}

export function mountLayerFrame(root: HTMLElement, logRegion: HTMLElement): LayerFrame {
  // Status lines that exist from the start, so what is later written in them is announced.
  const canvasNotice = h('div', { role: 'status', class: 'ct-status' });
  const appNotice = h('div', { role: 'status', class: 'ct-status' });
  const head = h('div', { class: 'ct-head' });
  const stage = h('div', { class: 'ct-stage' });
  logRegion.before(h('div', { class: 'ct-layer-notices' }, canvasNotice, appNotice), head);
  logRegion.after(stage);
  return { root, logRegion, canvasNotice, appNotice, head, stage };
}

export function showNotice(region: HTMLElement, message: string | null): void {
  if ((region.textContent ?? '') === (message ?? '')) return;
  region.replaceChildren(...(message ? [h('p', { class: 'ct-notice' }, message)] : []));
}

/** <html data-page-view> names a view the page draws itself, which has a layout of its own (page-view.css, views/menu.css). */
export function markPageView(view: AppView): void {
  if (drawnByPage(view)) document.documentElement.dataset.pageView = view.name;
  else delete document.documentElement.dataset.pageView;
}
