import type { AppController } from '../../app/controller';
import type { AppView, ScenarioCard } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h, targetButton } from '../h';

/** The menu's notice (view.notice) is shown by the DOM layer's status line, with every other notice. */
export function renderMenu(view: Extract<AppView, { name: 'menu' }>, controller: AppController, pickFile: () => void): HTMLElement {
  return h(
    'section',
    { class: 'ct-view ct-menu', 'aria-labelledby': 'ct-menu-title' },
    h('h1', { id: 'ct-menu-title', tabindex: -1 }, LABELS.gameTitle),
    h('p', { class: 'ct-lede' }, view.intro),
    view.cards.length === 0
      ? h('p', {}, LABELS.noScenarios)
      : h('ul', { class: 'ct-cards' }, ...view.cards.map((card) => renderCard(card, controller))),
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({ target: 'open-file', label: LABELS.openFile, reason: LABELS.openFileHint, onPress: pickFile }),
    ),
  );
}

function renderCard(card: ScenarioCard, controller: AppController): HTMLElement {
  const titleId = `ct-card-${card.id}`;
  if (card.error) {
    return h(
      'li',
      { class: 'ct-card ct-card-broken', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, card.file),
      h('p', {}, LABELS.brokenCard),
      h('p', { class: 'ct-error' }, h('code', {}, card.error)),
      targetButton({
        target: `card:${card.id}`,
        label: LABELS.cannotOpen,
        enabled: false,
        reason: 'The file has an error.',
        onPress: () => {},
      }),
    );
  }
  return h(
    'li',
    { class: 'ct-card', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, card.title),
    card.mark !== undefined ? h('p', { class: 'ct-not-reviewed' }, card.mark) : null,
    h('p', {}, card.summary),
    h('p', {}, h('strong', {}, LABELS.rolePrefix), card.role),
    h('p', {}, card.status),
    h('h3', {}, LABELS.youWillLearn),
    h('ul', {}, ...card.objectives.map((o) => h('li', {}, o))),
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({
        target: `card:${card.id}`,
        label: [card.hasSave ? LABELS.briefing : LABELS.openBriefing, h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
        onPress: () => controller.openBriefing(card.id),
      }),
      card.hasSave
        ? targetButton({
            target: `resume:${card.id}`,
            label: [LABELS.continueSaved, h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
            onPress: () => controller.resume(card.id),
          })
        : null,
    ),
  );
}
