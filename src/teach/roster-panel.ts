/** The roster panel: paste the class's names, one a line; kept on this device. */
import { h } from '../dom/h';
import { parseRoster } from './roster';
import { announce } from './status';

export interface RosterPanel {
  names(): string[];
  /** Called with the roster whenever it is saved or cleared. */
  onChange(listener: (names: string[]) => void): void;
}

export function mountRosterPanel(panel: HTMLElement, saved: string, save: (text: string) => Promise<void>): RosterPanel {
  const listeners: ((names: string[]) => void)[] = [];
  let names = parseRoster(saved);
  const field = h('textarea', { id: 'tt-roster', rows: 10, spellcheck: false });
  field.value = saved;
  const count = h('p', { class: 'tt-hint', 'aria-live': 'polite' });
  const showCount = (): void => {
    count.textContent =
      names.length === 0 ? 'No roster: results keep the names students typed.' : `${names.length} students on the roster.`;
  };
  const button = h('button', { type: 'button', class: 'tt-primary' }, 'Save roster');
  button.addEventListener('click', () => {
    names = parseRoster(field.value);
    field.value = names.join('\n');
    showCount();
    for (const listener of listeners) listener(names);
    void save(field.value).then(() => announce('Roster saved.'));
  });
  panel.append(
    h(
      'p',
      {},
      'Optional. With a roster, the results list who has not submitted, and a name a student typed differently ("ana lopez", "A. Lopez") is matched to the roster; a name that fits no one, or more than one, is flagged rather than guessed.',
    ),
    h('div', { class: 'tt-field' }, h('label', { for: field.id }, 'Class roster (one name a line)'), field),
    h('div', { class: 'tt-actions' }, button),
    count,
  );
  showCount();
  return {
    names: () => names,
    onChange: (listener) => void listeners.push(listener),
  };
}
