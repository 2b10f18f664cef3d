/**
 * The authors' studio (studio.html): the scenario's text, its problems, its map and a live preview
 * in one page, on the game's own validator and engine. Everything typed is kept on the device.
 */
import '../dom/layer.css';
import './studio.css';
import type { ChangeSet } from '@codemirror/state';
import type { ViewUpdate } from '@codemirror/view';
import type { JSONSchema7 } from 'json-schema';
import scenarioCards from 'virtual:scenario-cards';
import schema from '../../scenarios/scenario.schema.json';
import { loadScenarioText } from '../app/scenario-files';
import { scenarioTemplateText } from '../core/authoring/template';
import { h } from '../dom/h';
import type { CheckReply, LayoutReply, StudioDiagnostic } from './check-protocol';
import { Checks } from './checks';
import { DraftStore } from './drafts';
import { createEditor, moveCursor, replaceText, showDiagnostics } from './editor';
import { judgeFile } from './file-check';
import { marksByNode, WALK_CODES } from './findings';
import { MapView, type MapPicture } from './map-view';
import { nodeAt, type Outline } from './outline';
import { Preview } from './preview';
import { ProblemsPanel } from './problems';
import { shareLink, sharedFileOf } from './share';
import { button } from './ui';

const NEW_FILE = 'my-scenario.json';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`studio.html has no #${id}`);
  return found as T;
}

const notice = element('st-notice');
function say(message: string): void {
  notice.replaceChildren(h('p', {}, message));
}

let fileName = NEW_FILE;
let fileHandle: FileSystemFileHandle | undefined;
let outline: Outline | undefined;
let picture: MapPicture = { kind: 'pending' };
let outlineStale = false;
let diagnostics: StudioDiagnostic[] = [];
let walkWarnings: StudioDiagnostic[] = [];
let sourceTexts: Record<string, string> = {};
let shownFastSeq = 0;
let cursorNodeId: string | undefined;

const drafts = await DraftStore.open();
if (!drafts) say('This browser keeps nothing on this device here (storage is blocked), so save your file often.');
const draft = await drafts?.draft();
sourceTexts = (await drafts?.sources()) ?? {};

const fileLabel = element('st-file-name');
const kept = element('st-kept');
const problems = new ProblemsPanel((d) => moveCursor(editor, d.from));
const map = new MapView((id) => showNode(id));
const preview = new Preview(
  () => cursorNodeId,
  (id) => showNode(id),
);

const editor = createEditor({
  parent: element('st-editor'),
  text: draft?.text ?? scenarioTemplateText({ id: 'my-scenario' }),
  schema: schema as unknown as JSONSchema7,
  ids: () => outline?.ids,
  onChange: (update) => edited(update),
  onCursor: (offset) => cursorMoved(offset),
});
if (draft) {
  fileName = draft.fileName;
  say(`Your draft of “${draft.fileName}”, kept on this device ${new Date(draft.savedAt).toLocaleString()}, is back in the editor.`);
}
setFileName(fileName);
element('st-problems-slot').replaceWith(problems.element);
element('st-map-slot').replaceWith(map.element);
element('st-preview-slot').replaceWith(preview.element);

const checks = new Checks({ checked: received, laidOut });
/**
 * Checks the text now, with no debounce: the fast lane has one check in flight and keeps only the
 * newest text waiting, so a burst of keys still costs one check of the latest text (a 30 ms debounce
 * here was 30 of the 102 ms from key to diagnostics on the 304-node file).
 */
function checkText(): void {
  document.body.dataset.checked = 'pending';
  checks.check({ text: editor.state.doc.toString(), file: fileName, sourceTexts });
}

function edited(update: ViewUpdate): void {
  checks.edited(update.changes);
  mapOutline(update.changes);
  keepDraft();
  checkText();
}

function keepDraft(): void {
  if (!drafts) return;
  drafts.keep(editor.state.doc.toString(), fileName);
  document.body.dataset.draft = 'keeping';
  kept.textContent = 'Keeping your changes…';
  void drafts.written().then(() => {
    if (document.body.dataset.draft !== 'keeping') return;
    document.body.dataset.draft = 'kept';
    kept.textContent = 'Every change is kept on this device.';
  });
}

function mapOutline(changes: ChangeSet): void {
  for (const node of outline?.nodes ?? []) {
    node.keyFrom = changes.mapPos(node.keyFrom, 1);
    node.from = changes.mapPos(node.from, 1);
    node.to = changes.mapPos(node.to, -1);
  }
}

function received(reply: CheckReply, mapOffset: (offset: number) => number): void {
  const place = (found: StudioDiagnostic[]) => found.map((d) => ({ ...d, from: mapOffset(d.from) }));
  if (reply.deep) {
    if (reply.seq !== checks.latest) return;
    diagnostics = place(reply.diagnostics);
    walkWarnings = diagnostics.filter((d) => WALK_CODES.has(d.code));
  } else {
    if (reply.seq < shownFastSeq) return;
    shownFastSeq = reply.seq;
    const found = place(reply.diagnostics);
    const hasErrors = found.some((d) => d.severity === 'error');
    // Until the walk has run on this text, its last warnings stand (mapped), so they do not flicker while typing.
    diagnostics = hasErrors
      ? found
      : [...found, ...walkWarnings.map((d) => ({ ...d, from: mapOffset(d.from) }))].sort((a, b) => a.from - b.from);
    if (hasErrors) walkWarnings = [];
    outlineStale = reply.outline === null;
    if (reply.outline) {
      outline = reply.outline;
      for (const node of outline.nodes) {
        node.keyFrom = mapOffset(node.keyFrom);
        node.from = mapOffset(node.from);
        node.to = mapOffset(node.to);
      }
    }
    preview.update(reply.scenario, found);
  }
  showDiagnostics(editor, diagnostics);
  problems.show(diagnostics);
  showMap();
  cursorMoved(editor.state.selection.main.head);
  if (reply.seq === checks.latest) document.body.dataset.checked = reply.deep ? 'deep' : 'current';
  document.dispatchEvent(new CustomEvent('studio:checked', { detail: { seq: reply.seq, deep: reply.deep, checkMs: reply.checkMs } }));
}

/** The map's layout, which comes after the diagnostics of the check it was asked for by. */
function laidOut(reply: LayoutReply): void {
  picture = reply.layout ? { kind: 'drawn', layout: reply.layout } : { kind: 'not-drawn', nodes: reply.nodes, error: reply.error };
  showMap();
  document.dispatchEvent(
    new CustomEvent('studio:laid-out', { detail: { seq: reply.seq, drawn: reply.layout !== null, layoutMs: reply.layoutMs } }),
  );
}

function showMap(): void {
  if (outline) map.show({ outline, picture, marks: marksByNode(diagnostics), stale: outlineStale });
}

function cursorMoved(offset: number): void {
  const node = outline ? nodeAt(outline.nodes, offset) : undefined;
  cursorNodeId = node?.id;
  map.follow(node?.id);
}

function showNode(id: string): void {
  const node = outline?.nodes.find((n) => n.id === id);
  if (node) moveCursor(editor, node.keyFrom);
}

function setFileName(name: string): void {
  const renamed = name !== fileName;
  fileName = name;
  if (renamed) keepDraft();
  fileLabel.textContent = name;
  document.title = `${name} — Crisis Table studio`;
}

/** Puts a text in the editor as a new file (undo still brings the old text back). */
function openText(text: string, name: string, said: string): void {
  fileHandle = undefined;
  setFileName(name);
  replaceText(editor, text);
  say(said);
}

// ---------- Files ----------

const picker = element<HTMLInputElement>('st-open-input');
async function openFile(file: File): Promise<void> {
  const verdict = judgeFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!verdict.ok) return say(verdict.message);
  openText(verdict.text, file.name, `Opened “${file.name}”.`);
}
picker.addEventListener('change', () => {
  const file = picker.files?.[0];
  picker.value = '';
  if (file) void openFile(file);
});
element('st-open').addEventListener('click', () => picker.click());
element('st-new').addEventListener('click', () =>
  openText(
    scenarioTemplateText({ id: 'my-scenario' }),
    NEW_FILE,
    'A new scenario from the template. Undo (Ctrl+Z) brings the previous text back.',
  ),
);

const shipped = element<HTMLSelectElement>('st-shipped');
for (const card of scenarioCards) if (card.card) shipped.append(h('option', { value: card.file }, card.card.title));
shipped.addEventListener('change', () => {
  const file = shipped.value;
  shipped.value = '';
  if (!file) return;
  loadScenarioText(file).then(
    ({ text }) => openText(text, file, `Opened the shipped scenario “${file}” as a starting point. Save it under a new name.`),
    () => say(`“${file}” could not be loaded. Check the connection, then try again.`),
  );
});

document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void openFile(file);
});

element('st-save').addEventListener('click', () => void save());
async function save(): Promise<void> {
  const text = editor.state.doc.toString();
  const pickSaveFile = window.showSaveFilePicker?.bind(window);
  if (pickSaveFile) {
    try {
      const handle =
        fileHandle ??
        (await pickSaveFile({ suggestedName: fileName, types: [{ description: 'Scenario', accept: { 'application/json': ['.json'] } }] }));
      fileHandle = handle;
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      setFileName(handle.name);
      return say(`Saved to “${handle.name}”. The next save writes to the same file.`);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return say('Not saved: no file was chosen.');
      fileHandle = undefined;
    }
  }
  const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  say(`“${fileName}” was downloaded.`);
}

// ---------- Share ----------

const sharePanel = element('st-share-result');
element('st-share').addEventListener('click', () => {
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const link = shareLink(editor.state.doc.toString(), new URL(location.href));
  const field = h('input', {
    type: 'text',
    readonly: true,
    value: link.url,
    'aria-label': 'Link to play this scenario',
    class: 'st-share-url',
  });
  sharePanel.replaceChildren(
    h(
      'p',
      {},
      hasErrors ? 'The file has errors: the game will show them instead of playing. ' : '',
      `The link carries the whole file (${link.url.length.toLocaleString()} characters). `,
      link.fitsQrCode ? 'It fits in a QR code.' : 'It is too long for a QR code: share it as a link.',
    ),
    field,
    h(
      'p',
      {},
      button(
        'Copy the link',
        () =>
          void navigator.clipboard?.writeText(link.url).then(
            () => say('The link is copied.'),
            () => say('Copying was refused: select the link and copy it.'),
          ),
      ),
      ' ',
      h('a', { href: link.url, target: '_blank', rel: 'noopener' }, 'Open it in the game'),
    ),
  );
  field.select();
});

/** A studio link (`studio.html#scenario=…`) offers its scenario; the draft stays until the author takes it. */
function offerShared(): void {
  const shared = sharedFileOf(location.hash);
  if (shared.kind === 'broken') say(shared.message);
  if (shared.kind !== 'file') return;
  notice.replaceChildren(
    h('p', {}, 'This link carries a scenario. Your draft stays in the editor until you open it.'),
    button('Open the scenario from the link', () =>
      openText(shared.text, 'shared-scenario.json', 'Opened the scenario from the link. Undo (Ctrl+Z) brings your draft back.'),
    ),
  );
}
window.addEventListener('hashchange', offerShared);
offerShared();

// ---------- Quotes ----------

const sourcePicker = element<HTMLInputElement>('st-source-input');
const sourceList = element('st-source-list');
function showSources(): void {
  const ids = Object.keys(sourceTexts).sort();
  sourceList.replaceChildren(
    ...(ids.length === 0
      ? [h('li', {}, 'No source text loaded: the quote check (W_QUOTE) is off.')]
      : ids.map((id) =>
          h(
            'li',
            {},
            `${id} (${(sourceTexts[id]?.length ?? 0).toLocaleString()} characters) `,
            button(`Remove ${id}`, () => void dropSource(id)),
          ),
        )),
  );
}
async function dropSource(id: string): Promise<void> {
  delete sourceTexts[id];
  await drafts?.dropSource(id);
  showSources();
  checkText();
}
element('st-source-open').addEventListener('click', () => sourcePicker.click());
sourcePicker.addEventListener('change', () => {
  const file = sourcePicker.files?.[0];
  sourcePicker.value = '';
  if (!file) return;
  void file.arrayBuffer().then(async (buffer) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      return say(`“${file.name}” is not a text file; load the source's text (.txt).`);
    }
    const ids = outline?.ids.sources ?? [];
    const fromName = /^([a-z][a-z0-9-]*-\d{4}-\d{2}-\d{2})/.exec(file.name)?.[1];
    const id = ids.find((s) => s === fromName) ?? (ids.length === 1 ? ids[0] : undefined);
    if (!id)
      return say(
        `Which source is “${file.name}”? Name the file after the source's id (e.g. ${ids[0] ?? 'ap-2022-01-11'}.txt), or keep one source in the file.`,
      );
    sourceTexts = { ...sourceTexts, [id]: text };
    await drafts?.keepSource(id, text);
    showSources();
    say(`The text of source “${id}” is kept on this device; the quote check now runs as you type.`);
    checkText();
  });
});
showSources();

checkText();
