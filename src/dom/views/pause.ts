import type { AppController } from '../../app/controller';
import { h, targetButton } from '../h';

/** The pause menu, a modal dialog over the play screen (the play screen is made inert meanwhile). */
export function renderPause(controller: AppController, canUndo: boolean): HTMLElement {
  return h(
    'div',
    { class: 'ct-pause', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ct-pause-title' },
    h('h2', { id: 'ct-pause-title' }, 'Paused'),
    h(
      'div',
      { class: 'ct-actions ct-stack' },
      targetButton({ target: 'pause:resume', label: 'Resume', onPress: () => controller.unpause() }),
      targetButton({ target: 'pause:restart', label: 'Restart scenario', onPress: () => controller.restart() }),
      targetButton({
        target: 'pause:undo',
        label: 'Undo last step',
        enabled: canUndo,
        ...(canUndo ? {} : { reason: 'Nothing to undo yet.' }),
        onPress: () => controller.undo(),
      }),
      targetButton({ target: 'pause:menu', label: 'Save and go to menu', onPress: () => controller.openMenu() }),
    ),
  );
}
