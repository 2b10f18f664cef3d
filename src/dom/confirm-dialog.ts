/**
 * A question put to the player before something that cannot be taken back (throwing a save away):
 * a modal <dialog> over the canvas and the page alike, with the safe answer focused first. Esc or
 * the safe answer keeps everything as it was.
 */
import './settings.css';

interface Question {
  title: string;
  text: string;
  /** The button that does the irreversible thing. */
  confirm: string;
  /** The button that keeps things as they are (focused first). */
  cancel: string;
}

export type Ask = (question: Question) => Promise<boolean>;

function button(label: string, className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  return element;
}

export function mountConfirmDialog(root: HTMLElement): Ask {
  const dialog = document.createElement('dialog');
  dialog.className = 'ct-settings ct-confirm';
  const title = document.createElement('h2');
  title.id = 'ct-confirm-title';
  const text = document.createElement('p');
  text.id = 'ct-confirm-text';
  const cancel = button('', 'ct-settings-done');
  const confirm = button('', 'ct-settings-done ct-confirm-yes');
  const actions = document.createElement('div');
  actions.className = 'ct-confirm-actions';
  actions.append(cancel, confirm);
  dialog.append(title, text, actions);
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', text.id);
  cancel.addEventListener('click', () => dialog.close('cancel'));
  confirm.addEventListener('click', () => dialog.close('confirm'));
  root.append(dialog);

  let pending: Promise<boolean> | undefined;
  return (question) => {
    if (pending) return pending;
    title.textContent = question.title;
    text.textContent = question.text;
    cancel.textContent = question.cancel;
    confirm.textContent = question.confirm;
    const opener = document.activeElement;
    dialog.returnValue = '';
    pending = new Promise<boolean>((resolve) => {
      dialog.addEventListener(
        'close',
        () => {
          pending = undefined;
          if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
          resolve(dialog.returnValue === 'confirm');
        },
        { once: true },
      );
    });
    dialog.showModal();
    cancel.focus();
    return pending;
  };
}
