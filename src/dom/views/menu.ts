import type { AppController } from '../../app/controller';
import type { AppView, ScenarioCard } from '../../app/view';
import { h, targetButton } from '../h';

/** The menu's notice (view.notice) is shown by the DOM layer's status line, with every other notice. */
export function renderMenu(view: Extract<AppView, { name: 'menu' }>, controller: AppController): HTMLElement {
  return h(
    'section',
    { class: 'ct-view ct-menu', 'aria-labelledby': 'ct-menu-title' },
    h('h1', { id: 'ct-menu-title', tabindex: -1 }, 'Crisis Table'),
    h(
      'p',
      { class: 'ct-lede' },
      'The security talks of 10–13 January 2022: Russia and the United States in Geneva, Russia and NATO in Brussels, the OSCE in Vienna. Pick a scenario.',
    ),
    view.cards.length === 0
      ? h('p', {}, 'No scenario files were found in scenarios/.')
      : h('ul', { class: 'ct-cards' }, ...view.cards.map((card) => renderCard(card, controller))),
  );
}

function renderCard(card: ScenarioCard, controller: AppController): HTMLElement {
  const titleId = `ct-card-${card.id}`;
  if (card.error) {
    return h(
      'li',
      { class: 'ct-card ct-card-broken', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, card.file),
      h('p', {}, 'This scenario file has an error and cannot be played:'),
      h('p', { class: 'ct-error' }, h('code', {}, card.error)),
      targetButton({
        target: `card:${card.id}`,
        label: 'Cannot open',
        enabled: false,
        reason: 'The file has an error.',
        onPress: () => {},
      }),
    );
  }
  const status = card.finished ? `Finished — best score ${card.bestScore ?? 0} of 100` : 'Not finished yet';
  return h(
    'li',
    { class: 'ct-card', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, card.title),
    h('p', {}, card.summary),
    h('p', {}, h('strong', {}, 'Your role: '), card.role),
    h('p', {}, `About ${card.minutes} minutes · ${status}`),
    h('h3', {}, 'You will learn'),
    h('ul', {}, ...card.objectives.map((o) => h('li', {}, o))),
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({
        target: `card:${card.id}`,
        label: [card.hasSave ? 'Briefing' : 'Open briefing', h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
        onPress: () => controller.openBriefing(card.id),
      }),
      card.hasSave
        ? targetButton({
            target: `resume:${card.id}`,
            label: ['Continue saved game', h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
            onPress: () => controller.resume(card.id),
          })
        : null,
    ),
  );
}
