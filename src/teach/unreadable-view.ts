/**
 * The codes that could not be read, one line each (which input, why, what to do), so the teacher
 * can ask those students again; the words are the results module's, as `npm run results` prints them.
 */
import { unreadableLine, type Unreadable } from '../core/results/unreadable';
import { h } from '../dom/h';

/** A class that pasted a broken export can have thousands; past this many, the CSV has the rest. */
const SHOWN = 100;

export function unreadableList(entries: readonly Unreadable[]): HTMLElement | null {
  if (entries.length === 0) return null;
  const more = entries.length - SHOWN;
  return h(
    'section',
    { class: 'tt-unreadable', 'aria-labelledby': 'tt-unreadable-title' },
    h('h3', { id: 'tt-unreadable-title' }, `Could not read (${entries.length})`),
    h(
      'p',
      { class: 'tt-hint' },
      'These codes are counted, but hold no play that can be shown. Each says where it was and why; ask the student for it again.',
    ),
    h('ul', {}, ...entries.slice(0, SHOWN).map((entry) => h('li', {}, unreadableLine(entry)))),
    more > 0 ? h('p', { class: 'tt-hint' }, `And ${more} more, each a row of the CSV (one row per play).`) : null,
  );
}
