/** The problems panel: every finding with its place, code, message and the nearest-name suggestion. */
import { h } from '../dom/h';
import type { StudioDiagnostic } from './check-protocol';

function countWords(diagnostics: readonly StudioDiagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return 'No problems.';
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [errors ? part(errors, 'error') : '', warnings ? part(warnings, 'warning') : ''].filter(Boolean).join(', ') + '.';
}

export class ProblemsPanel {
  readonly element: HTMLElement;
  private readonly summary = h('p', { class: 'st-problem-count', role: 'status' });
  private readonly list = h('ol', { class: 'st-problem-list' });
  private shown = '';

  constructor(private readonly onPick: (diagnostic: StudioDiagnostic) => void) {
    this.element = h(
      'section',
      { class: 'st-problems', 'aria-labelledby': 'st-problems-heading' },
      h('h2', { id: 'st-problems-heading' }, 'Problems'),
      this.summary,
      this.list,
    );
  }

  show(diagnostics: readonly StudioDiagnostic[]): void {
    const key = JSON.stringify(diagnostics.map((d) => [d.line, d.column, d.code, d.message]));
    if (key === this.shown) return;
    this.shown = key;
    const summary = countWords(diagnostics);
    if (this.summary.textContent !== summary) this.summary.textContent = summary;
    this.list.replaceChildren(
      ...diagnostics.map((d) => {
        const item = h(
          'button',
          { type: 'button', class: `st-problem st-${d.severity}`, 'data-code': d.code },
          h('span', { class: 'st-problem-place' }, `Line ${d.line}, column ${d.column}`),
          ' ',
          h('span', { class: 'st-problem-code' }, `${d.severity === 'error' ? 'Error' : 'Warning'} ${d.code}`),
          ' ',
          h('span', { class: 'st-problem-message' }, d.message),
          d.suggestion ? h('span', { class: 'st-problem-suggestion' }, ` Suggestion: ${d.suggestion}`) : null,
        );
        item.addEventListener('click', () => this.onPick(d));
        return h('li', {}, item);
      }),
    );
  }
}
