import type { AppController } from '../../app/controller';
import type { AppView } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h, targetButton } from '../h';

/** The pause menu, a modal dialog over the play screen (the play screen is made inert meanwhile). */
export function renderPause(controller: AppController, view: Extract<AppView, { name: 'play' }>): HTMLElement {
  const { undoNote, vocabulary, undoAllowed } = view;
  return h(
    'div',
    { class: 'ct-pause', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ct-pause-title', 'aria-describedby': 'ct-pause-rule' },
    h('h2', { id: 'ct-pause-title' }, LABELS.paused),
    h('p', { id: 'ct-pause-rule' }, view.undoRule),
    h(
      'div',
      { class: 'ct-actions ct-stack' },
      targetButton({ target: 'pause:resume', label: LABELS.resume, onPress: () => controller.unpause() }),
      targetButton({ target: 'pause:restart', label: LABELS.restart, onPress: () => controller.restart() }),
      // With undo switched off by the teacher there is no Undo button at all, not a disabled one.
      undoAllowed
        ? targetButton({
            target: 'pause:undo',
            label: LABELS.undo,
            enabled: undoNote === null,
            ...(undoNote === null ? {} : { reason: undoNote }),
            onPress: () => controller.undo(),
          })
        : null,
      targetButton({ target: 'pause:menu', label: view.leaveLabel, onPress: () => controller.openMenu() }),
    ),
    // The vocabulary at hand during play, not only on the briefing.
    vocabulary.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'ct-pause-glossary' },
          h('h3', { id: 'ct-pause-glossary' }, LABELS.vocabulary),
          h('dl', {}, ...vocabulary.flatMap((v) => [h('dt', {}, v.term), h('dd', {}, v.definition)])),
        )
      : null,
  );
}
