import type { AppController } from '../../app/controller';
import type { AppView } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h, targetButton } from '../h';

export function renderBriefing(
  view: Extract<AppView, { name: 'briefing' }>,
  controller: AppController,
  startAfresh: (scenarioId: string, title: string) => void,
): HTMLElement {
  return h(
    'section',
    { class: 'ct-view ct-briefing', 'aria-labelledby': 'ct-briefing-title' },
    h('h1', { id: 'ct-briefing-title', tabindex: -1 }, view.title),
    view.notReviewedNote !== null ? h('p', { class: 'ct-not-reviewed' }, view.notReviewedNote) : null,
    h('h2', {}, `${LABELS.rolePrefix}${view.role.title}`),
    h('p', {}, view.role.briefing),
    h('h2', {}, LABELS.objectives),
    h('ul', {}, ...view.objectives.map((o) => h('li', {}, o))),
    h('p', {}, view.minutesLine),
    // Open, as on the canvas: a disclosure would be a keyboard stop with no twin to show its focus.
    view.vocabulary.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-briefing-vocabulary' },
          h('h2', { id: 'ct-briefing-vocabulary' }, LABELS.vocabulary),
          h('dl', {}, ...view.vocabulary.flatMap((v) => [h('dt', {}, v.term), h('dd', {}, v.definition)])),
        )
      : null,
    view.meterGuide.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-briefing-meters' },
          h('h2', { id: 'ct-briefing-meters' }, LABELS.meterGuide),
          h('dl', {}, ...view.meterGuide.flatMap((m) => [h('dt', {}, m.label), h('dd', {}, m.text)])),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'ct-briefing-article' },
      h('h2', { id: 'ct-briefing-article' }, LABELS.article),
      ...view.article.lines.map((line) => h('p', {}, line)),
      h('p', {}, view.article.find),
    ),
    h('p', { class: 'ct-source-note' }, view.sourceNote),
    h(
      'div',
      { class: 'ct-actions' },
      view.hasSave ? targetButton({ target: 'resume', label: LABELS.continue, onPress: () => controller.resume(view.scenarioId) }) : null,
      targetButton({
        target: 'start',
        label: view.hasSave ? LABELS.startAfresh : LABELS.start,
        onPress: () => (view.hasSave ? startAfresh(view.scenarioId, view.title) : controller.start(view.scenarioId)),
      }),
      targetButton({ target: 'menu', label: LABELS.menu, onPress: () => controller.openMenu() }),
    ),
  );
}
