/**
 * The class table: one row per student and scenario, sortable by any column (a button in each
 * header, aria-sort says which) and filtered by a search field and by status; long classes show 100
 * rows at a time.
 */
import { h } from '../dom/h';
import { FLAG_WORDS, type ClassRow } from './class-rows';
import { clock, outcomeWords, playDurationMs } from './format';
import { RESULT_STATUSES } from '../core/results/statuses';
import { STATUS_LABELS } from '../core/results/wording';

interface Column {
  name: string;
  text(row: ClassRow): string;
  /** What the column sorts by, when not its text. */
  sortKey?(row: ClassRow): number;
}

const COLUMNS: Column[] = [
  { name: 'Student', text: (row) => row.student.name },
  { name: 'Scenario', text: (row) => row.scenarioTitle },
  {
    name: 'Attempt',
    text: ({ best, latest, plays }) =>
      plays.length === 1
        ? String(best.attempt ?? 1)
        : `best ${best.attempt ?? '?'}, latest ${latest.attempt ?? '?'} (${plays.length} plays)`,
    sortKey: (row) => row.plays.length,
  },
  { name: 'Ending', text: (row) => row.best.endingTitle ?? row.best.ending ?? '–' },
  { name: 'Outcome', text: (row) => outcomeWords(row.best.outcome) },
  { name: 'Score', text: (row) => (row.best.score === null ? '–' : String(row.best.score)), sortKey: (row) => row.best.score ?? -1 },
  {
    name: 'Quiz',
    text: (row) => (row.best.quiz ? `${row.best.quiz.correct}/${row.best.quiz.total}` : '–'),
    sortKey: (row) => (row.best.quiz && row.best.quiz.total > 0 ? row.best.quiz.correct / row.best.quiz.total : -1),
  },
  { name: 'Time', text: (row) => clock(playDurationMs(row.best)), sortKey: (row) => playDurationMs(row.best) ?? -1 },
  {
    name: 'Status',
    text: (row) => [STATUS_LABELS[row.status], ...row.flags.map((flag) => FLAG_WORDS[flag])].join('; '),
  },
];

const PAGE = 100;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface ClassTable {
  element: HTMLElement;
  show(rows: ClassRow[]): void;
}

export function mountClassTable(onStudent: (row: ClassRow) => void): ClassTable {
  let rows: ClassRow[] = [];
  let sortBy = 0;
  let ascending = true;
  let shown = PAGE;
  const filter = h('input', { type: 'search', id: 'tt-table-filter', autocomplete: 'off' });
  const statusFilter = h(
    'select',
    { id: 'tt-status-filter' },
    h('option', { value: '' }, 'Any status'),
    ...RESULT_STATUSES.map((status) => h('option', { value: status }, STATUS_LABELS[status])),
  );
  const count = h('p', { class: 'tt-hint', 'aria-live': 'polite' });
  const head = h('tr', {});
  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'no-print' }, 'Show more rows');
  const table = h(
    'table',
    { class: 'tt-table' },
    h('caption', { class: 'ct-sr-only' }, 'Class results, one row per student and scenario'),
    h('thead', {}, head),
    body,
  );

  const visible = (): ClassRow[] => {
    const words = filter.value.trim().toLocaleLowerCase();
    const status = statusFilter.value;
    const kept = rows.filter(
      (row) =>
        (status === '' || row.status === status) &&
        (words === '' || COLUMNS.some((column) => column.text(row).toLocaleLowerCase().includes(words))),
    );
    const column = COLUMNS[sortBy]!;
    // Keys worked out once per row, and one collator: a class of 10,000 rows sorts in milliseconds.
    const keyed = kept.map((row) => ({ row, text: column.sortKey ? '' : column.text(row), number: column.sortKey?.(row) ?? 0 }));
    keyed.sort((a, b) => {
      const order = column.sortKey ? a.number - b.number : collator.compare(a.text, b.text);
      return ascending ? order : -order;
    });
    return keyed.map((entry) => entry.row);
  };

  const render = (): void => {
    head.replaceChildren(
      ...COLUMNS.map((column, index) => {
        const button = h('button', { type: 'button', class: 'tt-sort' }, column.name);
        button.addEventListener('click', () => {
          ascending = sortBy === index ? !ascending : true;
          sortBy = index;
          render();
          head.querySelectorAll('button')[index]?.focus();
        });
        return h('th', { scope: 'col', 'aria-sort': sortBy === index ? (ascending ? 'ascending' : 'descending') : null }, button);
      }),
    );
    const list = visible();
    body.replaceChildren(
      ...list.slice(0, shown).map((row) =>
        h(
          'tr',
          { class: row.status === 'verified' ? null : 'tt-row-flagged' },
          ...COLUMNS.map((column, index) => {
            if (index !== 0) return h('td', {}, column.text(row));
            const open = h('button', { type: 'button', class: 'tt-link-button' }, row.student.name);
            open.setAttribute('aria-label', `${row.student.name}: their play of ${row.scenarioTitle}, step by step`);
            open.addEventListener('click', () => onStudent(row));
            return h('th', { scope: 'row' }, open);
          }),
        ),
      ),
    );
    more.hidden = list.length <= shown;
    count.textContent = `${list.length} of ${rows.length} rows${list.length > shown ? `, ${shown} shown` : ''}.`;
  };

  const refilter = (): void => {
    shown = PAGE;
    render();
  };
  filter.addEventListener('input', refilter);
  statusFilter.addEventListener('change', refilter);
  more.addEventListener('click', () => {
    shown += PAGE;
    render();
  });

  return {
    element: h(
      'div',
      { class: 'tt-class-table' },
      h(
        'div',
        { class: 'tt-filters no-print' },
        h('div', { class: 'tt-field' }, h('label', { for: filter.id }, 'Filter rows'), filter),
        h('div', { class: 'tt-field' }, h('label', { for: statusFilter.id }, 'Status'), statusFilter),
      ),
      count,
      h('div', { class: 'tt-scroll', tabindex: 0, role: 'region', 'aria-label': 'Class results table' }, table),
      more,
    ),
    show(next) {
      rows = next;
      render();
    },
  };
}
