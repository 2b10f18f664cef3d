/**
 * Stands in for codemirror-json-schema's `utils/markdown` in the studio's build (see vite.config.ts):
 * that module renders the schema's descriptions with markdown-it and shiki, whose highlighter loads
 * a WASM engine the studio's Content-Security-Policy does not allow and adds a megabyte for code
 * colouring the hover text never needs. Here a description is escaped text with `code` spans, which
 * is all the scenario schema's descriptions use.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function renderMarkdown(markdown: string, inline = true): string {
  const escaped = markdown.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c).replace(/`([^`]+)`/g, '<code>$1</code>');
  return inline ? escaped : `<p>${escaped}</p>`;
}
