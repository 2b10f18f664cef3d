import type { AppView } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h } from '../h';

export function renderLoading(view: Extract<AppView, { name: 'loading' }>): HTMLElement {
  const percent = Math.round(view.progress * 100);
  return h(
    'section',
    { class: 'ct-view ct-loading', 'aria-labelledby': 'ct-loading-title' },
    h('h1', { id: 'ct-loading-title', tabindex: -1 }, LABELS.gameTitle),
    h('p', {}, LABELS.loadingSubtitle),
    h('label', { for: 'ct-loading-bar' }, `${LABELS.loading} ${percent}%`),
    h('progress', { id: 'ct-loading-bar', max: 100, value: percent }),
  );
}
