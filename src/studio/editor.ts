/**
 * The studio's text editor: CodeMirror 6 with JSON, completion and hover documentation from the
 * shipped JSON Schema (codemirror-json-schema), completion of the file's own ids where a reference is
 * expected, and the validator's findings underlined (they come from the check worker, see checks.ts).
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { syntaxTree } from '@codemirror/language';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip, type ViewUpdate } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { JSONSchema7 } from 'json-schema';
import type { StudioDiagnostic } from './check-protocol';
import type { ScenarioIds } from './outline';

/** Which of the file's ids a key's string value (or an effect's key) names. */
const REFERENCE_KEYS: Record<string, keyof ScenarioIds> = {
  start: 'nodes',
  next: 'nodes',
  else: 'nodes',
  nextIfIncorrect: 'nodes',
  visited: 'nodes',
  speaker: 'speakers',
  meter: 'meters',
  flag: 'flags',
  ref: 'sources',
};

function propertyName(property: SyntaxNode | null, state: EditorState): string | undefined {
  const name = property?.name === 'Property' ? property.getChild('PropertyName') : null;
  return name ? state.sliceDoc(name.from + 1, name.to - 1) : undefined;
}

/** What kind of id belongs at the string under the cursor, if a reference is expected there. */
function referenceAt(node: SyntaxNode, state: EditorState): keyof ScenarioIds | undefined {
  const parent = node.parent;
  if (node.name === 'String' && parent?.name === 'Property' && parent.firstChild !== node)
    return REFERENCE_KEYS[propertyName(parent, state) ?? ''];
  // An effect's keys: "meters": { "<meter id>": 10 }, "flags": { "<flag id>": true } (below the top level).
  if (node.name === 'PropertyName' || (node.name === 'String' && parent?.name === 'Object')) {
    const object = node.name === 'PropertyName' ? parent?.parent : parent;
    const owner = object?.parent;
    const key = propertyName(owner ?? null, state);
    const topLevel = owner?.parent?.parent === null || owner?.parent?.parent?.name === 'JsonText';
    if (!topLevel && (key === 'meters' || key === 'flags')) return key;
  }
  return undefined;
}

function idCompletion(ids: () => ScenarioIds | undefined) {
  return (context: CompletionContext): CompletionResult | null => {
    const node = syntaxTree(context.state).resolveInner(context.pos, -1);
    if (node.name !== 'String' && node.name !== 'PropertyName') return null;
    const kind = referenceAt(node, context.state);
    const known = kind ? ids()?.[kind] : undefined;
    if (!kind || !known || known.length === 0) return null;
    return {
      from: node.from + 1,
      to: Math.max(node.from + 1, node.to - (context.state.sliceDoc(node.to - 1, node.to) === '"' && node.to > node.from + 1 ? 1 : 0)),
      options: known.map((id) => ({ label: id, type: 'variable', detail: kind === 'speakers' ? 'speaker' : kind.replace(/s$/, '') })),
      validFor: /^[a-z0-9-]*$/,
    };
  };
}

export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  schema: JSONSchema7;
  /** The ids the file defines, from its last readable version. */
  ids: () => ScenarioIds | undefined;
  onChange: (update: ViewUpdate) => void;
  onCursor: (offset: number) => void;
}

export function createEditor(options: EditorOptions): EditorView {
  const extensions: Extension[] = [
    basicSetup,
    json(),
    EditorView.lineWrapping,
    jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
    jsonLanguage.data.of({ autocomplete: idCompletion(options.ids) }),
    autocompletion({ activateOnTyping: true }),
    hoverTooltip(jsonSchemaHover()),
    stateExtensions(options.schema),
    // tabindex states what contenteditable already is (a tab stop), so checkers see the scroller has focusable content.
    EditorView.contentAttributes.of({ 'aria-label': 'Scenario file (JSON)', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update);
      if (update.selectionSet || update.docChanged) options.onCursor(update.state.selection.main.head);
    }),
  ];
  return new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.text, extensions }) });
}

/** Underlines the findings (already placed at offsets of the current text). */
export function showDiagnostics(view: EditorView, found: readonly StudioDiagnostic[]): void {
  const length = view.state.doc.length;
  const marks: Diagnostic[] = found.map((d) => {
    const from = Math.min(d.from, length);
    const line = view.state.doc.lineAt(from);
    // Underline the token at the position: up to the next space, comma or line end.
    const rest = view.state.sliceDoc(from, line.to);
    const token = /^("(?:[^"\\]|\\.)*"|[^\s,:}\]]+)/.exec(rest)?.[0].length ?? 1;
    return {
      from,
      to: Math.min(line.to, from + Math.max(1, token)),
      severity: d.severity,
      message: `${d.code}: ${d.message}`,
      ...(d.path ? { source: d.path } : {}),
    };
  });
  view.dispatch(setDiagnostics(view.state, marks));
}

/** Moves the cursor to an offset, scrolls it into view and gives the editor the focus. */
export function moveCursor(view: EditorView, offset: number): void {
  const at = Math.min(offset, view.state.doc.length);
  view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
  view.focus();
}

export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
}
