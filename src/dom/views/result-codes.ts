/**
 * A result code as a student handles it: selectable text in a read-only field, "Copy" (the Clipboard
 * API, else the field is selected and the student told how to copy it) and "Download" (a .txt file);
 * and "My results", every code the device keeps of the assignment. Codes and names are text, never markup.
 */
import { ASSIGNMENT_LABELS } from '../../app/assignment-wording';
import type { HandIn, KeptResult } from '../../app/view';
import { copyText } from '../clipboard';
import { h, targetButton } from '../h';

let fieldCount = 0;

/** The code in a read-only field with Copy and Download, and a status line that says how each went. */
function renderCode(code: string, fileName: string, label: string, target: string): HTMLElement {
  const id = `ct-code-${++fieldCount}`;
  const field = h('textarea', { id, class: 'ct-code', readonly: true, rows: 4, spellcheck: 'false', 'aria-label': label });
  field.value = code;
  const status = h('p', { class: 'ct-code-status', role: 'status' });
  const say = (text: string): void => {
    status.textContent = text;
  };
  return h(
    'div',
    { class: 'ct-code-box' },
    field,
    // Paper gets the whole code; a field would print only what fits in it.
    h('p', { class: 'ct-code-print', 'aria-hidden': 'true' }, code),
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({
        target: `${target}:copy`,
        label: [ASSIGNMENT_LABELS.copy, h('span', { class: 'ct-sr-only' }, `: ${label}`)],
        onPress: () =>
          void copyText(code, field).then((copied) => {
            if (!copied) field.select();
            say(copied ? ASSIGNMENT_LABELS.copied : ASSIGNMENT_LABELS.copyRefused);
          }),
      }),
      targetButton({
        target: `${target}:download`,
        label: [ASSIGNMENT_LABELS.download, h('span', { class: 'ct-sr-only' }, `: ${label}`)],
        onPress: () => {
          download(code, fileName);
          say(ASSIGNMENT_LABELS.downloaded);
        },
      }),
    ),
    status,
  );
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
  const link = h('a', { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "My results": every kept code of the assignment, newest first. */
export function renderMyResults(results: KeptResult[], headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const heading = h(headingLevel, { id: 'ct-my-results' }, ASSIGNMENT_LABELS.myResults);
  const newestFirst = [...results].reverse();
  return h(
    'section',
    { class: 'ct-my-results', 'aria-labelledby': 'ct-my-results' },
    heading,
    newestFirst.length === 0
      ? h('p', {}, ASSIGNMENT_LABELS.noResults)
      : h(
          'ol',
          { class: 'ct-kept', reversed: true },
          ...newestFirst.map((kept, i) =>
            h(
              'li',
              { class: 'ct-kept-item' },
              h('p', { class: 'ct-kept-title' }, kept.title),
              h('p', { class: 'ct-kept-line' }, kept.line),
              renderCode(kept.code, kept.fileName, `result code, ${kept.title}, ${kept.line}`, `kept:${newestFirst.length - i}`),
            ),
          ),
        ),
  );
}

/** The ending's panel for an assignment play: who, which class, the code to hand in, and My results. */
export function renderHandIn(handIn: HandIn): HTMLElement {
  return h(
    'section',
    { class: 'ct-hand-in', 'aria-labelledby': 'ct-hand-in-title' },
    h('h2', { id: 'ct-hand-in-title' }, ASSIGNMENT_LABELS.resultCode),
    handIn.trial !== null ? h('p', { class: 'ct-trial' }, handIn.trial) : null,
    h(
      'dl',
      { class: 'ct-hand-in-facts' },
      h('dt', {}, ASSIGNMENT_LABELS.yourName),
      h('dd', {}, handIn.student),
      h('dt', {}, 'Class'),
      h('dd', {}, handIn.className),
      h('dt', {}, 'Play'),
      h('dd', {}, handIn.line),
    ),
    handIn.storageProblem !== null ? h('p', { class: 'ct-notice' }, handIn.storageProblem) : null,
    handIn.overLimit !== null ? h('p', { class: 'ct-limit' }, handIn.overLimit) : null,
    h('p', {}, ASSIGNMENT_LABELS.handIn),
    renderCode(handIn.code, handIn.fileName, ASSIGNMENT_LABELS.resultCode, 'code'),
  );
}
