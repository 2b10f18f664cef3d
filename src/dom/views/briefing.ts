import type { AppController } from '../../app/controller';
import type { AppView } from '../../app/view';
import { h, targetButton } from '../h';

export function renderBriefing(view: Extract<AppView, { name: 'briefing' }>, controller: AppController): HTMLElement {
  return h(
    'section',
    { class: 'ct-view ct-briefing', 'aria-labelledby': 'ct-briefing-title' },
    h('h1', { id: 'ct-briefing-title', tabindex: -1 }, view.title),
    h('h2', {}, `Your role: ${view.role.title}`),
    h('p', {}, view.role.briefing),
    h('h2', {}, 'Objectives'),
    h('ul', {}, ...view.objectives.map((o) => h('li', {}, o))),
    h('p', {}, `About ${view.minutes} minutes.`),
    view.vocabulary.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, 'Words you will meet'),
          h('dl', {}, ...view.vocabulary.flatMap((v) => [h('dt', {}, v.term), h('dd', {}, v.definition)])),
        )
      : null,
    h('p', { class: 'ct-source-note' }, view.sourceNote),
    h(
      'div',
      { class: 'ct-actions' },
      view.hasSave
        ? targetButton({ target: 'resume', label: 'Continue saved game', onPress: () => controller.resume(view.scenarioId) })
        : null,
      targetButton({ target: 'start', label: view.hasSave ? 'Start again' : 'Start', onPress: () => controller.start(view.scenarioId) }),
      targetButton({ target: 'menu', label: 'Back to menu', onPress: () => controller.openMenu() }),
    ),
  );
}
