/**
 * The results panel: codes come in (pasted, or dropped as text, JSON or zip files), are verified in
 * the worker and kept on this device; the class is shown as a table, per question, per choice (a
 * map), per student; and everything exports as CSV. Text from a code is only ever shown as text.
 */
import {
  decodeAssignment,
  playsCsv,
  STATUS_LABELS,
  stepsCsv,
  VERIFICATION_LIMIT,
  type ResultReport,
  type ResultStatus,
} from '../core/results';
import type { Scenario } from '../core/model/schema';
import { h } from '../dom/h';
import { choiceTable, renderChoiceMap } from './choice-map-view';
import { classRows, type AssignmentRules, type ClassRow } from './class-rows';
import { scenarioStats } from './class-stats';
import { endingsChart, questionReport } from './class-views';
import { mountClassTable } from './class-table-view';
import { takeIn } from './intake';
import { notSubmitted } from './roster';
import { scenarioGraph } from './scenario-graph';
import { scenarioOfVersion, type ShelfScenario } from './scenario-shelf';
import { announce } from './status';
import type { StoredAssignment, TeachStore } from './store';
import { renderStudent } from './student-view';
import type { Verifier } from './verifier-client';

export interface ResultsPanelContext {
  panel: HTMLElement;
  store: TeachStore<ResultReport>;
  verifier: Verifier;
  shelf: readonly ShelfScenario[];
  roster: () => string[];
  assignments: () => Promise<StoredAssignment[]>;
}

export interface ResultsPanel {
  /** Redraws from what is kept (after the roster or the assignments changed). */
  refresh(): void;
  refreshAssignments(): Promise<void>;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ALL = '';

export async function mountResultsPanel(context: ResultsPanelContext): Promise<ResultsPanel> {
  const { panel, store, verifier, shelf } = context;
  let reports: ResultReport[] = (await store.codes()).map((entry) => entry.report);
  const known = new Set(reports.map((report) => report.code));
  const assignmentsById = new Map<string, { label: string; rules: AssignmentRules }>();
  const titleOf = (id: string): string => shelf.find((entry) => entry.scenario.id === id)?.scenario.title ?? id;

  // — Intake —
  const codesField = h('textarea', { id: 'tt-codes', rows: 6, spellcheck: false, autocomplete: 'off' });
  const addButton = h('button', { type: 'button', class: 'tt-primary' }, 'Add results');
  const fileInput = h('input', {
    type: 'file',
    id: 'tt-code-files',
    multiple: true,
    accept: '.txt,.json,.csv,.zip,text/plain,application/json,application/zip',
  });
  const progress = h('progress', { id: 'tt-progress', max: 1, value: 0 });
  const progressLabel = h('label', { for: progress.id }, 'Verifying codes');
  const progressRow = h('div', { class: 'tt-progress', hidden: true }, progressLabel, progress);
  const intakeMessage = h('p', { class: 'tt-hint', role: 'status' });
  const drop = h(
    'div',
    { class: 'tt-drop' },
    h(
      'div',
      { class: 'tt-field' },
      h('label', { for: codesField.id }, 'Result codes'),
      h(
        'span',
        { class: 'tt-hint', id: 'tt-codes-hint' },
        'Paste codes in any form: one a line, in a list, in an e-mail or a Classroom export. The words around them are ignored.',
      ),
      codesField,
    ),
    h('div', { class: 'tt-actions' }, addButton),
    h(
      'div',
      { class: 'tt-field' },
      h('label', { for: fileInput.id }, 'Or add files (text, JSON or a .zip of them; you can also drop them here)'),
      fileInput,
    ),
    progressRow,
    intakeMessage,
  );
  codesField.setAttribute('aria-describedby', 'tt-codes-hint');

  let busy = false;
  const ingest = async (codes: string[], notes: string[]): Promise<void> => {
    busy = true;
    addButton.disabled = true;
    progressRow.hidden = false;
    progress.value = 0;
    try {
      const result = await takeIn(codes, known, verifier, store, ({ done, total }) => {
        progress.max = total;
        progress.value = done;
        progressLabel.textContent = `Verifying codes: ${done} of ${total}`;
      });
      reports = reports.concat(result.added);
      const counted = new Map<ResultStatus, number>();
      for (const report of result.added) counted.set(report.status, (counted.get(report.status) ?? 0) + 1);
      const summary = [...counted].map(([status, n]) => `${n} ${STATUS_LABELS[status].toLowerCase()}`).join(', ');
      const words =
        codes.length === 0
          ? 'No result code was found in that text. A code begins with “CTR1.”.'
          : `Added ${result.added.length} new ${result.added.length === 1 ? 'code' : 'codes'}${summary ? ` (${summary})` : ''}${result.repeated > 0 ? `; ${result.repeated} already kept, counted once` : ''}.`;
      intakeMessage.textContent = [words, ...notes].join(' ');
      announce(words);
      render();
    } finally {
      busy = false;
      addButton.disabled = false;
      progressRow.hidden = true;
    }
  };

  addButton.addEventListener('click', () => {
    if (busy) return;
    const text = codesField.value;
    void verifier.extract(text).then((codes) => {
      codesField.value = '';
      return ingest(codes, []);
    });
  });
  const takeFiles = async (files: Iterable<File>): Promise<void> => {
    const codes: string[] = [];
    const notes: string[] = [];
    for (const file of files) {
      const found = await verifier.unpack(file.name, new Uint8Array(await file.arrayBuffer()));
      codes.push(...found.codes);
      notes.push(...found.notes);
    }
    await ingest(codes, notes);
  };
  fileInput.addEventListener('change', () => {
    if (busy || !fileInput.files) return;
    void takeFiles([...fileInput.files]).then(() => (fileInput.value = ''));
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('tt-drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('tt-drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('tt-drop-over');
    if (!busy && event.dataTransfer) void takeFiles([...event.dataTransfer.files]);
  });

  // — Which assignment —
  const assignmentPick = h('select', { id: 'tt-assignment-pick' });
  assignmentPick.addEventListener('change', () => render());
  const refreshAssignments = async (): Promise<void> => {
    const chosen = assignmentPick.value;
    assignmentsById.clear();
    const options = [h('option', { value: ALL }, 'All codes')];
    for (const stored of (await context.assignments()).sort((a, b) => b.createdAt - a.createdAt)) {
      const decoded = decodeAssignment(stored.link);
      if (!decoded.ok) continue;
      const { content } = decoded.assignment;
      const label = `${content.class || 'Untitled'}${content.due ? `, due ${content.due}` : ''} (made ${new Date(stored.createdAt).toLocaleDateString('en')})`;
      assignmentsById.set(stored.id, { label, rules: { attempts: content.options.attempts, due: content.due } });
      options.push(h('option', { value: stored.id }, label));
    }
    assignmentPick.replaceChildren(...options);
    assignmentPick.value = assignmentsById.has(chosen) ? chosen : ALL;
  };

  // — What is shown —
  const summary = h('div', { class: 'tt-summary' });
  const studentSlot = h('div', { class: 'tt-student-slot' });
  const table = mountClassTable((row) => showStudent(row));
  const scenarioPick = h('select', { id: 'tt-scenario-pick' });
  const scenarioSlot = h('div', { class: 'tt-scenario-slot' });
  scenarioPick.addEventListener('change', () => void renderScenario());
  for (const entry of shelf) scenarioPick.append(h('option', { value: entry.hash }, entry.scenario.title));

  const selected = (): ResultReport[] => {
    const id = assignmentPick.value;
    return id === ALL ? reports : reports.filter((report) => report.assignment === id);
  };

  const scenarioOf = (play: ResultReport): Promise<Scenario | undefined> =>
    play.scenario && play.version ? scenarioOfVersion(shelf, play.scenario, play.version) : Promise.resolve(undefined);

  function showStudent(row: ClassRow): void {
    studentSlot.replaceChildren(renderStudent(row, scenarioOf));
    studentSlot.querySelector('h3')?.setAttribute('tabindex', '-1');
    studentSlot.querySelector<HTMLElement>('h3')?.focus();
  }

  let scenarioRender = 0;
  async function renderScenario(): Promise<void> {
    const entry = shelf.find((candidate) => candidate.hash === scenarioPick.value);
    if (!entry) return;
    const ticket = ++scenarioRender;
    const stats = scenarioStats(entry.scenario, selected());
    const graph = scenarioGraph(entry.scenario, stats);
    const titleOfNode = (id: string): string => graph.nodes.find((node) => node.id === id)?.label ?? id;
    const map = await renderChoiceMap(graph, entry.scenario.title);
    if (ticket !== scenarioRender) return;
    scenarioSlot.replaceChildren(
      h('p', {}, `${stats.plays} verified ${stats.plays === 1 ? 'play' : 'plays'} of version ${entry.scenario.version}.`),
      h('h4', {}, 'Endings reached'),
      endingsChart(entry.scenario, stats),
      h('h4', {}, 'Per question'),
      questionReport(entry.scenario, stats),
      h('h4', {}, 'Per choice'),
      h('div', { class: 'tt-scroll tt-map-frame', tabindex: 0, role: 'region', 'aria-label': `Map of ${entry.scenario.title}` }, map),
      choiceTable(graph, titleOfNode),
    );
  }

  function render(): void {
    const shown = selected();
    const chosen = assignmentsById.get(assignmentPick.value);
    const rows = classRows(shown, context.roster(), titleOf, chosen?.rules);
    table.show(rows);
    const byStatus = new Map<ResultStatus, number>();
    for (const report of shown) byStatus.set(report.status, (byStatus.get(report.status) ?? 0) + 1);
    const missing = notSubmitted(
      context.roster(),
      rows.map((row) => row.student),
    );
    const others = reports.length - shown.length;
    const lines = [
      h(
        'p',
        {},
        shown.length === 0
          ? 'No result codes yet.'
          : `${shown.length} ${shown.length === 1 ? 'code' : 'codes'}: ${[...byStatus].map(([status, n]) => `${n} ${STATUS_LABELS[status].toLowerCase()}`).join(', ')}.`,
      ),
      others > 0
        ? h(
            'p',
            { class: 'tt-hint' },
            `${others} kept ${others === 1 ? 'code belongs' : 'codes belong'} to other assignments or to free play (choose “All codes” to see them).`,
          )
        : null,
      context.roster().length > 0
        ? h(
            'p',
            {},
            missing.length === 0
              ? 'Everyone on the roster has submitted.'
              : `Not submitted yet (${missing.length}): ${missing.join(', ')}.`,
          )
        : null,
    ];
    summary.replaceChildren(...lines.filter((line) => line !== null));
    // A task of its own: counting a large class and laying out its map must not lengthen this one.
    setTimeout(() => void renderScenario(), 0);
  }

  // — Export and clearing —
  const playsButton = h('button', { type: 'button' }, 'Download CSV (one row per play)');
  playsButton.addEventListener('click', () => download('crisis-table-results.csv', playsCsv(selected())));
  const stepsButton = h('button', { type: 'button' }, 'Download CSV (one row per step)');
  stepsButton.addEventListener('click', () => download('crisis-table-steps.csv', stepsCsv(selected())));
  const clearButton = h('button', { type: 'button' }, 'Clear all results');
  const confirmClear = h('button', { type: 'button', class: 'tt-danger', hidden: true }, 'Yes, delete every kept code');
  clearButton.addEventListener('click', () => {
    confirmClear.hidden = false;
    confirmClear.focus();
  });
  confirmClear.addEventListener('click', () => {
    void store.clearCodes().then(() => {
      reports = [];
      known.clear();
      confirmClear.hidden = true;
      studentSlot.replaceChildren();
      render();
      announce('Every kept result code was deleted from this device.');
    });
  });

  panel.append(
    h('h3', {}, 'Add results'),
    drop,
    h('p', { class: 'tt-hint' }, VERIFICATION_LIMIT),
    h('div', { class: 'tt-field no-print' }, h('label', { for: assignmentPick.id }, 'Show results for'), assignmentPick),
    summary,
    h('h3', {}, 'Class'),
    table.element,
    studentSlot,
    h('h3', {}, 'By scenario'),
    h('div', { class: 'tt-field no-print' }, h('label', { for: scenarioPick.id }, 'Scenario to look at'), scenarioPick),
    scenarioSlot,
    h('h3', { class: 'no-print' }, 'Export and clear'),
    h('div', { class: 'tt-actions no-print' }, playsButton, stepsButton, clearButton, confirmClear),
  );
  await refreshAssignments();
  render();
  return { refresh: render, refreshAssignments };
}
