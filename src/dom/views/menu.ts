/**
 * The menu, drawn by the page itself (src/app/page-drawn.ts) in the canvas's look (menu.css): a
 * header band, the intro, one card per scenario file in the order of the week (title, role, length,
 * status, its buttons before the long text, objectives), and a cue while more cards are below the
 * fold. It is the first screen, so it must show before Phaser has downloaded. A broken file gets a
 * card that shows its error. The menu's notice (view.notice) is shown by the DOM layer's status
 * line, with every other notice.
 */
import './menu.css';
import type { AppController } from '../../app/controller';
import type { AppView, ScenarioCard } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h, targetButton } from '../h';

/** What the menu's buttons ask for: of the controller, or of the first screen's stand-in until the app has arrived. */
type MenuRequests = Pick<AppController, 'openBriefing' | 'resume'>;

export function renderMenu(view: Extract<AppView, { name: 'menu' }>, controller: MenuRequests, pickFile: () => void): HTMLElement {
  const end = h(
    'div',
    { class: 'ct-actions ct-menu-end' },
    targetButton({ target: 'open-file', label: LABELS.openFile, reason: LABELS.openFileHint, onPress: pickFile }),
  );
  const more = h('p', { class: 'ct-more', 'aria-hidden': 'true' }, LABELS.moreBelow);
  const section = h(
    'section',
    { class: 'ct-view ct-menu', 'aria-labelledby': 'ct-menu-title' },
    h('div', { class: 'ct-menu-bar' }, h('h1', { id: 'ct-menu-title', tabindex: -1 }, LABELS.gameTitle)),
    h('p', { class: 'ct-lede' }, view.intro),
    view.cards.length === 0
      ? h('p', {}, LABELS.noScenarios)
      : h('ul', { class: 'ct-cards' }, ...view.cards.map((card) => renderCard(card, controller))),
    end,
    more,
  );
  showMoreWhileBelow(more, end);
  return section;
}

/**
 * The cue shows while the end of the menu is below the fold and the player has not scrolled yet
 * (once they have, they know there is more). It stops watching when the menu leaves the page.
 */
function showMoreWhileBelow(more: HTMLElement, end: HTMLElement): void {
  let endInView = false;
  const update = (): void => {
    if (!more.isConnected) {
      window.removeEventListener('scroll', update);
      observer.disconnect();
      return;
    }
    more.hidden = endInView || window.scrollY > 8;
  };
  const observer = new IntersectionObserver((entries) => {
    endInView = entries.some((entry) => entry.isIntersecting);
    update();
  });
  observer.observe(end);
  window.addEventListener('scroll', update, { passive: true });
}

function renderCard(card: ScenarioCard, controller: MenuRequests): HTMLElement {
  const titleId = `ct-card-${card.id}`;
  if (card.error) {
    return h(
      'li',
      { class: 'ct-card ct-card-broken', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, card.file),
      h('p', { class: 'ct-card-mark' }, LABELS.brokenCard),
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
    card.mark !== undefined ? h('p', { class: 'ct-not-reviewed ct-card-mark' }, card.mark) : null,
    h('p', { class: 'ct-card-role' }, LABELS.rolePrefix, card.role),
    h('p', { class: card.finished ? 'ct-card-status ct-finished' : 'ct-card-status' }, card.status),
    // The buttons come before the long text, so every card's button is on the first screen of a wide menu.
    h(
      'div',
      { class: 'ct-actions ct-stack' },
      targetButton({
        target: `card:${card.id}`,
        label: [card.hasSave ? LABELS.briefing : LABELS.openBriefing, h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
        className: card.hasSave ? undefined : 'ct-primary',
        onPress: () => controller.openBriefing(card.id),
      }),
      card.hasSave
        ? targetButton({
            target: `resume:${card.id}`,
            label: [LABELS.continueSaved, h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
            className: 'ct-primary',
            onPress: () => controller.resume(card.id),
          })
        : null,
    ),
    h('p', {}, card.summary),
    h('h3', {}, LABELS.youWillLearn),
    h('ul', { class: 'ct-objectives' }, ...card.objectives.map((o) => h('li', {}, o))),
  );
}
