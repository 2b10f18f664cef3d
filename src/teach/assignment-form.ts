/**
 * The assignment form: which scenarios (checked in the order they are to be played, reorderable),
 * the class, a note, a due date and the options. It reports a draft; making the link is not its job.
 */
import { h } from '../dom/h';
import { draftProblem, type AssignmentDraft, type FeedbackTiming } from './assignment-draft';
import type { ShelfScenario } from './scenario-shelf';

export interface AssignmentForm {
  element: HTMLFormElement;
  /** Adds a scenario to the list to pick from (a file the teacher added). */
  addScenario(entry: ShelfScenario): void;
  draft(): AssignmentDraft;
}

let fieldCount = 0;
const fieldId = (name: string): string => `tt-${name}-${++fieldCount}`;

function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || fieldId('field');
  control.id = id;
  const children: (Node | string)[] = [h('label', { for: id }, label)];
  if (hint) {
    const hintId = `${id}-hint`;
    children.push(h('span', { id: hintId, class: 'tt-hint' }, hint));
    control.setAttribute('aria-describedby', hintId);
  }
  children.push(control);
  return h('div', { class: 'tt-field' }, ...children);
}

export function mountAssignmentForm(onCreate: (draft: AssignmentDraft) => void): AssignmentForm {
  const order: ShelfScenario[] = [];
  const pickList = h('ul', { class: 'tt-pick-list' });
  const orderList = h('ol', { class: 'tt-order-list', 'aria-label': 'Order of play' });
  const orderEmpty = h('p', { class: 'tt-hint' }, 'No scenario picked yet.');

  const renderOrder = (): void => {
    orderList.replaceChildren(
      ...order.map((entry, index) => {
        const move = (by: number, word: string): HTMLButtonElement => {
          const button = h('button', { type: 'button', class: 'tt-small' }, word);
          button.setAttribute('aria-label', `Move ${entry.scenario.title} ${word.toLowerCase()}`);
          button.disabled = index + by < 0 || index + by >= order.length;
          button.addEventListener('click', () => {
            order.splice(index, 1);
            order.splice(index + by, 0, entry);
            renderOrder();
            // Focus follows the moved scenario, on the same button while it can still move that way.
            const buttons = orderList.children[index + by]?.querySelectorAll('button');
            const same = buttons?.[by < 0 ? 0 : 1];
            (same && !same.disabled ? same : buttons?.[by < 0 ? 1 : 0])?.focus();
          });
          return button;
        };
        return h(
          'li',
          {},
          h('span', {}, `${entry.scenario.title} (${entry.scenario.estimatedMinutes} min)`),
          move(-1, 'Up'),
          move(1, 'Down'),
        );
      }),
    );
    orderEmpty.hidden = order.length > 0;
  };

  const addScenario = (entry: ShelfScenario): void => {
    const box = h('input', { type: 'checkbox', id: fieldId('scenario'), value: entry.hash });
    box.addEventListener('change', () => {
      const at = order.indexOf(entry);
      if (box.checked && at < 0) order.push(entry);
      if (!box.checked && at >= 0) order.splice(at, 1);
      renderOrder();
    });
    const details = `${entry.scenario.role.title} · ${entry.scenario.estimatedMinutes} min${entry.origin === 'teacher' ? ' · your file' : ''}`;
    const detailsId = `${box.id}-details`;
    box.setAttribute('aria-describedby', detailsId);
    pickList.append(
      h('li', {}, box, h('label', { for: box.id }, entry.scenario.title), h('span', { id: detailsId, class: 'tt-hint' }, details)),
    );
  };

  const classField = h('input', { type: 'text', name: 'class', autocomplete: 'off', maxlength: 80 });
  const noteField = h('textarea', { name: 'note', rows: 3, maxlength: 500 });
  const dueField = h('input', { type: 'date', name: 'due' });
  const undoField = h('input', { type: 'checkbox', name: 'undo', checked: true, id: fieldId('undo') });
  const scoreField = h('input', { type: 'checkbox', name: 'score', checked: true, id: fieldId('score') });
  const attemptsField = h(
    'select',
    { name: 'attempts' },
    h('option', { value: '1' }, '1'),
    h('option', { value: '2' }, '2'),
    h('option', { value: '3' }, '3'),
    h('option', { value: 'unlimited', selected: true }, 'Unlimited'),
  );
  const feedbackName = fieldId('feedback');
  const feedbackChoice = (value: FeedbackTiming, label: string, checked: boolean): HTMLElement => {
    const radio = h('input', { type: 'radio', name: feedbackName, value, id: fieldId('feedback'), checked });
    return h('div', { class: 'tt-check' }, radio, h('label', { for: radio.id }, label));
  };
  const problem = h('p', { class: 'tt-problem', role: 'alert' });

  const form = h(
    'form',
    { class: 'tt-form no-print', novalidate: true },
    h('fieldset', {}, h('legend', {}, 'Scenarios'), pickList),
    h('div', { class: 'tt-order' }, h('h3', {}, 'Order of play'), orderEmpty, orderList),
    labelled('Class', classField, 'Shown to students on the assignment, e.g. "History 10B".'),
    labelled('Note to students', noteField),
    labelled('Due date', dueField),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Options'),
      h('div', { class: 'tt-check' }, undoField, h('label', { for: undoField.id }, 'Allow undo')),
      h('div', { class: 'tt-check' }, scoreField, h('label', { for: scoreField.id }, 'Show the score to students')),
      h(
        'fieldset',
        { class: 'tt-inner' },
        h('legend', {}, 'Feedback on choices'),
        feedbackChoice('during', 'During play', true),
        feedbackChoice('end', 'Only at the end', false),
      ),
      labelled('Attempts allowed per scenario', attemptsField),
    ),
    problem,
    h('button', { type: 'submit', class: 'tt-primary' }, 'Create link'),
  );

  const draft = (): AssignmentDraft => {
    const attempts = attemptsField.value;
    const feedback = form.querySelector<HTMLInputElement>(`input[name="${feedbackName}"]:checked`)?.value === 'end' ? 'end' : 'during';
    return {
      scenarios: [...order],
      classLabel: classField.value.trim(),
      note: noteField.value.trim(),
      ...(dueField.value ? { due: dueField.value } : {}),
      undo: undoField.checked,
      feedback,
      showScore: scoreField.checked,
      attempts: attempts === '1' ? 1 : attempts === '2' ? 2 : attempts === '3' ? 3 : null,
    };
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const current = draft();
    const wrong = draftProblem(current);
    problem.textContent = wrong ?? '';
    if (!wrong) onCreate(current);
  });
  renderOrder();
  return {
    element: form,
    addScenario,
    draft,
  };
}
