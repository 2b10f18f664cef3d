/** bench:studio's baseline: CodeMirror with JSON and nothing else (no linter, no schema, no worker). */
import { json } from '@codemirror/lang-json';
import { EditorView, basicSetup } from 'codemirror';

const view = new EditorView({ parent: document.getElementById('editor') ?? document.body, extensions: [basicSetup, json()] });
Object.assign(window, {
  benchLoad(text: string) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  },
});
