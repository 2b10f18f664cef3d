/**
 * The teacher's page: make an assignment (link, QR code, sheet), read lesson guides, keep a roster,
 * and gather the class's result codes. Everything stays in this browser; nothing is sent.
 */
import './teach.css';
import { h } from '../dom/h';
import { makeAssignment } from './assignment-link';
import { mountAssignmentForm } from './assignment-form';
import { renderMadeAssignment } from './assignment-sheet';
import { mountGuidesPanel } from './guides-panel';
import { mountPanels } from './panels';
import { mountRosterPanel } from './roster-panel';
import { readScenarioFile, type ShelfScenario } from './scenario-shelf';
import { announce } from './status';
import { yieldToPage } from './slices';
import { openTeachStore } from './store';
import { mountResultsPanel } from './results-panel';
import { startVerifier } from './verifier-client';
import type { ResultReport } from '../core/results';

async function start(): Promise<void> {
  const panels = mountPanels(document);
  // The worker first: it validates the shipped scenarios the shelf waits for. Starting it costs the
  // page 20–30 ms, so the panels are built after the store's open, in tasks of their own.
  const verifier = startVerifier();
  const store = await openTeachStore<ResultReport>();
  // The results panel mounts last (it needs the shelf); until then there is nothing to tell it.
  const onAssignmentKept: (() => void)[] = [];
  const onScenarioFileAdded: (() => void)[] = [];
  const guides = mountGuidesPanel(panels.element('guides'));
  const assignPanel = panels.element('assign');
  const made = h('div', { class: 'tt-made-slot', 'aria-live': 'polite' });
  const shelf: ShelfScenario[] = [];

  const form = mountAssignmentForm((draft) => {
    const assignment = makeAssignment(draft, new URL('index.html', location.href).href);
    made.replaceChildren(renderMadeAssignment({ draft, ...assignment }));
    void store
      .addAssignment({
        id: assignment.id,
        link: assignment.link,
        createdAt: Date.now(),
        scenarioHashes: draft.scenarios.map((entry) => entry.hash),
      })
      .then(() => onAssignmentKept.forEach((listener) => listener()));
    // The scenario files it carries may be what some kept codes waited for.
    void verifier.addAssignmentLink(assignment.link).then(() => onScenarioFileAdded.forEach((listener) => listener()));
    announce('Assignment link created.');
  });

  const addToShelf = (entry: ShelfScenario): void => {
    if (shelf.some((known) => known.hash === entry.hash)) return;
    shelf.push(entry);
    form.addScenario(entry);
    guides.addScenario(entry);
  };

  const fileInput = h('input', { type: 'file', id: 'tt-scenario-file', accept: '.json,application/json' });
  const fileProblem = h('p', { class: 'tt-problem', role: 'alert' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const read = readScenarioFile(file.name, text);
      fileProblem.textContent = read.ok ? '' : read.message;
      if (!read.ok) return;
      addToShelf(read.entry);
      void store.addScenario({ hash: read.entry.hash, file: file.name, text, addedAt: Date.now() });
      void verifier.addScenarioText(text, file.name).then(() => onScenarioFileAdded.forEach((listener) => listener()));
      announce(`${read.entry.scenario.title} added to the scenarios.`);
      fileInput.value = '';
    });
  });

  assignPanel.append(
    form.element,
    h(
      'div',
      { class: 'tt-field no-print' },
      h('label', { for: fileInput.id }, 'Add a scenario file (for example one shared from the studio)'),
      fileInput,
      fileProblem,
    ),
    made,
  );

  // Each panel is built in a task of its own: the page opened with tasks of 130–300 ms before.
  await yieldToPage();
  const roster = mountRosterPanel(panels.element('roster'), (await store.note('roster')) ?? '', (text) => store.setNote('roster', text));
  if (!store.persistent) {
    assignPanel.prepend(
      h(
        'p',
        { class: 'tt-problem', role: 'alert' },
        'This browser keeps nothing for this page (private window?): what you add lasts until the tab closes.',
      ),
    );
  }

  for (const entry of await verifier.shippedScenarios()) addToShelf(entry);
  for (const saved of await store.scenarios()) {
    const read = readScenarioFile(saved.file, saved.text);
    if (!read.ok) continue;
    addToShelf(read.entry);
    await verifier.addScenarioText(saved.text, saved.file);
  }
  for (const assignment of await store.assignments()) await verifier.addAssignmentLink(assignment.link);
  await yieldToPage();
  const results = await mountResultsPanel({
    panel: panels.element('results'),
    store,
    verifier,
    shelf,
    roster: () => roster.names(),
    assignments: () => store.assignments(),
  });
  roster.onChange(() => results.refresh());
  onAssignmentKept.push(() => void results.refreshAssignments());
  onScenarioFileAdded.push(() => void results.reverify());
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document
    .getElementById('teach')
    ?.prepend(h('p', { class: 'tt-problem', role: 'alert' }, `The page could not start: ${message}. Reload to try again.`));
});
