/**
 * Opening a scenario file from the device: the menu's button opens the browser's file picker, and a
 * file dropped on the page while the menu shows is taken the same way. The text goes to the app,
 * which validates it before anything is shown (see ScenarioLibrary.readOutside).
 */
import type { AppController } from '../app/controller';
import { h } from './h';

export interface ScenarioFileOpener {
  /** Shows the file picker (call it from a press, which is what lets the browser show it). */
  pick: () => void;
}

/** `controller` is the app's, or the first screen's stand-in that keeps the request until the app has arrived. */
export function installScenarioFileOpener(controller: Pick<AppController, 'view' | 'openFile'>): ScenarioFileOpener {
  const input = h('input', { type: 'file', accept: '.json,application/json', hidden: true, 'aria-hidden': 'true', tabindex: -1 });
  document.body.append(input);

  // A file too big for a scenario is still read: the validator refuses it with its size limit and says so.
  const open = (file: File): void => {
    file.text().then(
      (text) => controller.openFile(file.name, text),
      // Unreadable (removed or locked while picked): the validator's notice for an empty file says to check it.
      () => controller.openFile(file.name, ''),
    );
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) open(file);
  });
  // Dropping a file anywhere on the page while the menu shows opens it; elsewhere a drop does nothing.
  window.addEventListener('dragover', (event) => {
    if (controller.view.name === 'menu' && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (controller.view.name !== 'menu' || !file) return;
    event.preventDefault();
    open(file);
  });

  return { pick: () => input.click() };
}
