/**
 * The assignment's home, drawn by the page itself (visible HTML with the canvas running too): the
 * teacher's banner, the student's name for this sitting (offered, never assumed), the scenarios in
 * order with their state and a way to open each, and "My results".
 */
import { ASSIGNMENT_LABELS, playingAs } from '../../app/assignment-wording';
import type { AppController } from '../../app/controller';
import type { AppView, AssignmentCard } from '../../app/view';
import { LABELS } from '../../app/wording';
import { h, targetButton } from '../h';
import { renderMyResults } from './result-codes';

type AssignmentView = Extract<AppView, { name: 'assignment' }>;

export function renderAssignment(view: AssignmentView, controller: AppController): HTMLElement {
  const { banner } = view;
  return h(
    'section',
    { class: 'ct-view ct-assignment', 'aria-labelledby': 'ct-assignment-title' },
    h(
      'header',
      { class: 'ct-banner' },
      banner.trial !== null ? h('p', { class: 'ct-trial' }, banner.trial) : null,
      h('h1', { id: 'ct-assignment-title', tabindex: -1 }, ASSIGNMENT_LABELS.heading),
      h('p', { class: 'ct-banner-class' }, ASSIGNMENT_LABELS.classPrefix, h('strong', {}, banner.className)),
      banner.due !== null ? h('p', { class: 'ct-banner-due' }, banner.due) : null,
      banner.note !== '' ? h('p', { class: 'ct-banner-note' }, banner.note) : null,
      h('p', { class: 'ct-privacy' }, banner.privacy),
    ),
    view.storageProblem !== null ? h('p', { class: 'ct-notice' }, view.storageProblem) : null,
    renderName(view, controller),
    h(
      'section',
      { 'aria-labelledby': 'ct-assignment-scenarios' },
      h('h2', { id: 'ct-assignment-scenarios' }, ASSIGNMENT_LABELS.scenarios),
      h(
        'ol',
        { class: 'ct-assignment-list' },
        ...view.scenarios.map((card, i) => renderCard(card, i, view.student.name !== null, controller)),
      ),
    ),
    renderMyResults(view.results),
    h(
      'div',
      { class: 'ct-actions' },
      targetButton({ target: 'assign:free-play', label: ASSIGNMENT_LABELS.freePlay, onPress: () => controller.leaveAssignment() }),
    ),
  );
}

/** The name, asked in every sitting: a field offered with the last name typed here, confirmed by the student. */
function renderName(view: AssignmentView, controller: AppController): HTMLElement {
  const { student } = view;
  if (student.name !== null) {
    return h(
      'section',
      { class: 'ct-student', 'aria-label': ASSIGNMENT_LABELS.yourName },
      h('p', { class: 'ct-playing-as' }, playingAs(student.name)),
      h(
        'div',
        { class: 'ct-actions' },
        targetButton({ target: 'assign:change-name', label: ASSIGNMENT_LABELS.changeName, onPress: () => controller.changeName() }),
      ),
    );
  }
  const field = h('input', {
    id: 'ct-student-name',
    type: 'text',
    name: 'student',
    autocomplete: 'off',
    maxlength: student.maxLength,
    'aria-describedby': 'ct-student-hint ct-student-error',
  });
  field.value = student.prefill;
  const error = h('p', { id: 'ct-student-error', class: 'ct-field-error', 'aria-live': 'polite' });
  const confirm = (): void => {
    if (field.value.trim() === '') {
      error.textContent = ASSIGNMENT_LABELS.nameNeeded;
      field.focus();
      return;
    }
    controller.confirmName(field.value);
  };
  const form = h(
    'form',
    { class: 'ct-student ct-student-form', novalidate: true },
    h('label', { for: 'ct-student-name' }, ASSIGNMENT_LABELS.yourName),
    h('p', { id: 'ct-student-hint', class: 'ct-field-hint' }, ASSIGNMENT_LABELS.nameHint),
    field,
    error,
    h('div', { class: 'ct-actions' }, targetButton({ target: 'assign:use-name', label: ASSIGNMENT_LABELS.confirmName, onPress: confirm })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    confirm();
  });
  return form;
}

function renderCard(card: AssignmentCard, index: number, named: boolean, controller: AppController): HTMLElement {
  const titleId = `ct-assign-${index}`;
  const why = named ? undefined : ASSIGNMENT_LABELS.nameNeeded;
  const open = (target: string, label: string, onPress: () => void): HTMLButtonElement =>
    targetButton({
      target,
      label: [label, h('span', { class: 'ct-sr-only' }, `: ${card.title}`)],
      enabled: named,
      ...(why ? { reason: why } : {}),
      onPress,
    });
  const { id } = card;
  return h(
    'li',
    { class: `ct-card ct-assign-card ct-state-${card.state}`, 'aria-labelledby': titleId },
    h('h3', { id: titleId }, card.title),
    card.mark !== undefined ? h('p', { class: 'ct-not-reviewed' }, card.mark) : null,
    h('p', { class: 'ct-state' }, card.stateWords),
    card.minutesLine !== '' ? h('p', {}, card.minutesLine) : null,
    card.attempts !== null ? h('p', {}, card.attempts) : null,
    card.limitNote !== null ? h('p', { class: 'ct-limit' }, card.limitNote) : null,
    card.missing !== undefined ? h('p', { class: 'ct-error' }, card.missing) : null,
    id === null
      ? null
      : h(
          'div',
          { class: 'ct-actions' },
          card.hasSave ? open(`assign:resume:${id}`, ASSIGNMENT_LABELS.continue, () => controller.resume(id)) : null,
          open(
            `assign:open:${id}`,
            card.state === 'done' ? ASSIGNMENT_LABELS.again : card.hasSave ? LABELS.briefing : ASSIGNMENT_LABELS.start,
            () => controller.openBriefing(id),
          ),
        ),
  );
}
