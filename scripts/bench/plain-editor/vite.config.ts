// bench:studio's baseline page, plain CodeMirror, built on its own to dist-bench/plain-editor.
import { baselinePageConfig } from '../baseline-page.ts';

export default baselinePageConfig(new URL('.', import.meta.url), 'plain-editor');
