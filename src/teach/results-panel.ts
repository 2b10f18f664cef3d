/**
 * The results panel: codes come in (pasted, or dropped as text, JSON or zip files), are verified in
 * the worker and kept on this device; the class is shown as a table, per question, per choice (a
 * map), per student; and everything exports as CSV. Text from a code is only ever shown as text.
 */
// From the results module's files, not its index: the index takes in verification, and with it the
// engine and XState, which the page never runs (the worker verifies; a play is told by a lazy chunk).
import type { CodeSource, FoundCode, ResultReport, ResultStatus, Unreadable } from '../core/results';
import { decodeAssignment } from '../core/results/assignment';
import { csvWriter } from '../core/results/csv';
import { reportForAssignment } from '../core/results/report';
import { unreadableOf } from '../core/results/unreadable';
import { STATUS_LABELS, VERIFICATION_LIMIT } from '../core/results/wording';
import type { Scenario } from '../core/model/schema';
import { h } from '../dom/h';
import { choiceTable, renderChoiceMap } from './choice-map-view';
import { rowsTally, type AssignmentRules, type ClassRow } from './class-rows';
import { statsTally } from './class-stats';
import { endingsChart, questionReport } from './class-views';
import { mountClassTable } from './class-table-view';
import { takeIn, verifyAgain, waitsForAFile, type IntakeProgress } from './intake';
import { notSubmitted } from './roster';
import { scenarioGraph } from './scenario-graph';
import { scenarioOfVersion, type ShelfScenario } from './scenario-shelf';
import { eachInSlices } from './slices';
import { announce } from './status';
import type { StoredAssignment, TeachStore } from './store';
import { renderStudent } from './student-view';
import { unreadableList } from './unreadable-view';
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
  /** Verifies again the kept codes that waited for a scenario file (one was just added). */
  reverify(): Promise<boolean>;
}

/** Written in slices (10,000 plays are 200,000 step rows), then handed to the browser as a download. */
async function download(
  name: string,
  kind: 'plays' | 'steps',
  reports: readonly ResultReport[],
  sources: ReadonlyMap<string, CodeSource>,
): Promise<void> {
  const writer = csvWriter(kind, (report) => sources.get(report.code));
  await eachInSlices(reports, writer.add);
  const url = URL.createObjectURL(new Blob(writer.parts(), { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ALL = '';

export async function mountResultsPanel(context: ResultsPanelContext): Promise<ResultsPanel> {
  const { panel, store, verifier, shelf } = context;
  const kept = await store.codes();
  let reports: ResultReport[] = kept.map((entry) => entry.report);
  /** Where each code was found, for the codes that cannot be read and the CSV. */
  const sources = new Map(kept.flatMap((entry) => (entry.source ? [[entry.code, entry.source] as const] : [])));
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

  const statusWords = (added: readonly ResultReport[]): string => {
    const counted = new Map<ResultStatus, number>();
    for (const report of added) counted.set(report.status, (counted.get(report.status) ?? 0) + 1);
    return [...counted].map(([status, n]) => `${n} ${STATUS_LABELS[status].toLowerCase()}`).join(', ');
  };
  const showProgress = ({ done, total }: IntakeProgress): void => {
    progress.max = total;
    progress.value = done;
    progressLabel.textContent = `Verifying codes: ${done} of ${total}`;
  };

  // One job at a time (codes added, codes verified again), in the order asked; a failure is said, not thrown.
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  /** Resolves to whether the job went through. */
  const inTurn = (job: () => Promise<void>): Promise<boolean> => {
    waiting++;
    addButton.disabled = true;
    const run = async (): Promise<boolean> => {
      progressRow.hidden = false;
      progress.value = 0;
      try {
        await job();
        return true;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        intakeMessage.textContent = `The codes could not all be verified and kept (${detail}). Nothing kept was lost; add them again.`;
        return false;
      } finally {
        waiting--;
        addButton.disabled = waiting > 0;
        progressRow.hidden = waiting === 0;
      }
    };
    const done = queue.then(run);
    queue = done;
    return done;
  };

  /** `gather` finds the codes (in the worker): a text pasted, files dropped. */
  const ingest = (gather: () => Promise<{ codes: FoundCode[]; notes: string[] }>): Promise<boolean> =>
    inTurn(async () => {
      const { codes, notes } = await gather();
      const result = await takeIn(codes, known, verifier, store, showProgress);
      reports = reports.concat(result.added);
      for (const [code, source] of result.sources) sources.set(code, source);
      await render();
      const summary = statusWords(result.added);
      const words =
        codes.length === 0
          ? 'No result code was found. A code begins with “CTR1.”.'
          : `Added ${result.added.length} new ${result.added.length === 1 ? 'code' : 'codes'}${summary ? ` (${summary})` : ''}${result.repeated > 0 ? `; ${result.repeated} already kept, counted once` : ''}.`;
      intakeMessage.textContent = [words, ...notes].join(' ');
      announce(words);
    });

  /** After a scenario file was added: the codes that waited for one are verified again. */
  const reverify = (): Promise<boolean> =>
    inTurn(async () => {
      const again = reports.filter(waitsForAFile).map((report) => report.code);
      if (again.length === 0) return;
      const redone = new Map((await verifyAgain(again, verifier, store, showProgress)).map((report) => [report.code, report]));
      reports = reports.map((report) => redone.get(report.code) ?? report);
      await render();
      const words = `Verified ${redone.size} ${redone.size === 1 ? 'code' : 'codes'} again with the scenario files now kept: ${statusWords([...redone.values()])}.`;
      intakeMessage.textContent = words;
      announce(words);
    });

  addButton.addEventListener('click', () => {
    const text = codesField.value;
    void ingest(async () => ({ codes: await verifier.extract(text), notes: [] })).then((kept) => {
      // Cleared only once kept, and only if nothing was typed meanwhile.
      if (kept && codesField.value === text) codesField.value = '';
    });
  });
  const takeFiles = (files: readonly File[]): Promise<boolean> =>
    ingest(async () => {
      const codes: FoundCode[] = [];
      const notes: string[] = [];
      for (const file of files) {
        const found = await verifier.unpack(file.name, new Uint8Array(await file.arrayBuffer()));
        codes.push(...found.codes);
        notes.push(...found.notes);
      }
      return { codes, notes };
    });
  fileInput.addEventListener('change', () => {
    if (!fileInput.files) return;
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
    if (event.dataTransfer) void takeFiles([...event.dataTransfer.files]);
  });

  // — Which assignment —
  const assignmentPick = h('select', { id: 'tt-assignment-pick' });
  assignmentPick.addEventListener('change', () => void render());
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
  const unreadableSlot = h('div', { class: 'tt-unreadable-slot' });
  const studentSlot = h('div', { class: 'tt-student-slot' });
  const table = mountClassTable((row) => showStudent(row));
  const scenarioPick = h('select', { id: 'tt-scenario-pick' });
  const scenarioSlot = h('div', { class: 'tt-scenario-slot' });
  scenarioPick.addEventListener('change', () => void renderScenario());
  /** The shelf grows when the teacher adds a scenario file. */
  const syncScenarioPick = (): void => {
    if (scenarioPick.options.length === shelf.length) return;
    const chosen = scenarioPick.value;
    scenarioPick.replaceChildren(
      ...shelf.map((entry) =>
        h(
          'option',
          { value: entry.hash },
          entry.origin === 'shipped' ? entry.scenario.title : `${entry.scenario.title} (version ${entry.scenario.version}, added)`,
        ),
      ),
    );
    if (chosen) scenarioPick.value = chosen;
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
    const tally = statsTally(entry.scenario);
    await eachInSlices(shown, tally.add);
    if (ticket !== scenarioRender) return;
    const stats = tally.done();
    const graph = scenarioGraph(entry.scenario, stats);
    const titleOfNode = (id: string): string => graph.nodes.find((node) => node.id === id)?.label ?? id;
    const map = await renderChoiceMap(graph, entry.scenario.title, entry.hash, (laid) => verifier.layOut(laid));
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

  /** The codes the last redraw showed (for one assignment, those of others marked so). */
  let shown: ResultReport[] = [];
  let renderTicket = 0;
  /** Redraws the class in slices (a class of 10,000 codes must not freeze the page); resolves once drawn. */
  async function render(): Promise<void> {
    const ticket = ++renderTicket;
    const id = assignmentPick.value;
    const chosen = assignmentsById.get(id);
    const roster = context.roster();
    const seen: ResultReport[] = [];
    const tally = rowsTally(roster, titleOf, chosen?.rules);
    const byStatus = new Map<ResultStatus, number>();
    const unread: Unreadable[] = [];
    await eachInSlices(reports, (kept) => {
      const report = id === ALL ? kept : reportForAssignment(kept, id);
      seen.push(report);
      tally.add(report);
      byStatus.set(report.status, (byStatus.get(report.status) ?? 0) + 1);
      const unreadable = unreadableOf(report, sources.get(report.code));
      if (unreadable) unread.push(unreadable);
    });
    if (ticket !== renderTicket) return;
    shown = seen;
    const rows = tally.done();
    table.show(rows);
    const missing = notSubmitted(
      roster,
      rows.map((row) => row.student),
    );
    const lines = [
      h(
        'p',
        {},
        shown.length === 0
          ? 'No result codes yet.'
          : `${shown.length} ${shown.length === 1 ? 'code' : 'codes'}: ${[...byStatus].map(([status, n]) => `${n} ${STATUS_LABELS[status].toLowerCase()}`).join(', ')}.`,
      ),
      roster.length > 0
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
    const unreadable = unreadableList(unread);
    unreadableSlot.replaceChildren(...(unreadable ? [unreadable] : []));
    syncScenarioPick();
    // Counted and drawn after the table is on screen, in tasks of their own.
    setTimeout(() => void renderScenario(), 0);
  }

  // — Export and clearing —
  const playsButton = h('button', { type: 'button' }, 'Download CSV (one row per play)');
  playsButton.addEventListener('click', () => void download('crisis-table-results.csv', 'plays', shown, sources));
  const stepsButton = h('button', { type: 'button' }, 'Download CSV (one row per step)');
  stepsButton.addEventListener('click', () => void download('crisis-table-steps.csv', 'steps', shown, sources));
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
      sources.clear();
      confirmClear.hidden = true;
      studentSlot.replaceChildren();
      void render();
      announce('Every kept result code was deleted from this device.');
    });
  });

  panel.append(
    h('h3', {}, 'Add results'),
    drop,
    h('p', { class: 'tt-hint' }, VERIFICATION_LIMIT),
    h('div', { class: 'tt-field no-print' }, h('label', { for: assignmentPick.id }, 'Show results for'), assignmentPick),
    summary,
    unreadableSlot,
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
  await render();
  return { refresh: () => void render(), refreshAssignments, reverify };
}
