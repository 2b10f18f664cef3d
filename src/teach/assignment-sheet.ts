/**
 * What "Create link" shows: the link (read-only, with Copy and a trial run), its QR code, and the
 * assignment sheet that prints on its own (class, note, due date, link, QR code, the scenarios).
 */
import { h } from '../dom/h';
import type { AssignmentDraft } from './assignment-draft';
import { copyText } from '../dom/clipboard';
import { qrCode } from './qr';
import { announce } from './status';

export interface MadeAssignment {
  draft: AssignmentDraft;
  link: string;
  trialLink: string;
}

function dueWords(due: string | undefined): string {
  if (!due) return 'No due date';
  const date = new Date(`${due}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? due
    : `Due ${date.toLocaleDateString('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}`;
}

function attemptsWords(attempts: AssignmentDraft['attempts']): string {
  return attempts === null ? 'As many attempts as you like' : attempts === 1 ? 'One attempt' : `${attempts} attempts`;
}

export function renderMadeAssignment(made: MadeAssignment): HTMLElement {
  const { draft, link, trialLink } = made;
  const linkField = h('input', { type: 'text', readonly: true, id: 'tt-assignment-link', value: link, class: 'tt-link' });
  linkField.addEventListener('focus', () => linkField.select());
  const copy = h('button', { type: 'button' }, 'Copy link');
  copy.addEventListener('click', () => {
    void copyText(link, linkField).then((ok) => announce(ok ? 'Link copied.' : 'Could not copy: select the link and copy it yourself.'));
  });
  const trial = h('a', { href: trialLink, target: '_blank', rel: 'noopener', class: 'tt-button' }, 'Trial run');
  trial.setAttribute('aria-describedby', 'tt-trial-hint');
  const print = h('button', { type: 'button' }, 'Print assignment sheet');
  print.addEventListener('click', () => window.print());

  const titleList = h(
    'ol',
    {},
    ...draft.scenarios.map((entry) => h('li', {}, `${entry.scenario.title} — about ${entry.scenario.estimatedMinutes} minutes`)),
  );
  const qr = qrCode(link, `QR code of the assignment link for ${draft.classLabel}`);
  const minutes = draft.scenarios.reduce((sum, entry) => sum + entry.scenario.estimatedMinutes, 0);

  return h(
    'div',
    { class: 'tt-made' },
    h(
      'div',
      { class: 'tt-link-row no-print' },
      h('label', { for: linkField.id }, 'Assignment link'),
      linkField,
      h('div', { class: 'tt-actions' }, copy, trial, print),
      h(
        'p',
        { id: 'tt-trial-hint', class: 'tt-hint' },
        'A trial run opens the assignment in the game, marked as a trial: its result codes never count.',
      ),
    ),
    h(
      'article',
      { class: 'tt-sheet', 'aria-label': 'Assignment sheet' },
      h('h3', {}, draft.classLabel),
      h('p', { class: 'tt-sheet-due' }, dueWords(draft.due)),
      draft.note ? h('p', { class: 'tt-sheet-note' }, draft.note) : null,
      h('h4', {}, `Play, in this order (about ${minutes} minutes)`),
      titleList,
      h(
        'p',
        {},
        `${attemptsWords(draft.attempts)} per scenario; ${draft.undo ? 'undo allowed' : 'no undo'}; feedback ${
          draft.feedback === 'during' ? 'during play' : 'at the end'
        }. At the end of each scenario, copy your result code and hand it in.`,
      ),
      qr.ok
        ? h('figure', { class: 'tt-qr-figure' }, qr.svg, h('figcaption', {}, 'Scan to open the assignment'))
        : h('p', { class: 'tt-problem' }, qr.reason),
      h('p', { class: 'tt-sheet-link' }, h('span', {}, 'Or open: '), h('span', { class: 'tt-break' }, link)),
    ),
  );
}
