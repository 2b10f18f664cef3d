import type { AppController } from '../../app/controller';
import { LABELS } from '../../app/wording';
import { h, targetButton } from '../h';

/** The pause menu, a modal dialog over the play screen (the play screen is made inert meanwhile). */
export function renderPause(controller: AppController, canUndo: boolean): HTMLElement {
  return h(
    'div',
    { class: 'ct-pause', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ct-pause-title' },
    h('h2', { id: 'ct-pause-title' }, LABELS.paused),
    h(
      'div',
      { class: 'ct-actions ct-stack' },
      targetButton({ target: 'pause:resume', label: LABELS.resume, onPress: () => controller.unpause() }),
      targetButton({ target: 'pause:restart', label: LABELS.restart, onPress: () => controller.restart() }),
      targetButton({
        target: 'pause:undo',
        label: LABELS.undo,
        enabled: canUndo,
        ...(canUndo ? {} : { reason: LABELS.nothingToUndo }),
        onPress: () => controller.undo(),
      }),
      targetButton({ target: 'pause:menu', label: LABELS.pauseMenu, onPress: () => controller.openMenu() }),
    ),
  );
}
