/**
 * W_QUOTE: a quotation must appear in its source word for word. Whitespace runs count as one space;
 * quotation marks are NOT folded, because the article uses curly quotes and a quote is checked
 * character for character.
 */
import type { Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import { walkScenario } from './scenario-walk';

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function checkQuotes(scenario: Scenario, sourceTexts: Record<string, string>, sink: DiagnosticSink): void {
  const collapsed = new Map<string, string>();
  const sourceText = (ref: string): string | undefined => {
    if (!Object.hasOwn(sourceTexts, ref)) return undefined;
    if (!collapsed.has(ref)) collapsed.set(ref, collapseWhitespace(sourceTexts[ref] ?? ''));
    return collapsed.get(ref);
  };
  const expectIn = (quote: string, ref: string, path: (string | number)[], what: string): void => {
    const text = sourceText(ref);
    if (text === undefined || text.includes(collapseWhitespace(quote))) return;
    sink.report(
      path,
      'W_QUOTE',
      `${what} is not found word for word in source '${ref}'; copy it exactly from the source (quotation marks and apostrophes included: the article uses curly ones such as ’ and “ ”)`,
    );
  };

  walkScenario(scenario, {
    sourceRef(ref, path) {
      expectIn(ref.quote, ref.ref, [...path, 'quote'], 'this quote');
    },
  });
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'dialogue' || node.delivery !== 'quote') continue;
    if (node.source) expectIn(node.text, node.source.ref, ['nodes', id, 'text'], 'this line is marked "delivery": "quote" but it');
    else
      sink.report(
        ['nodes', id, 'delivery'],
        'W_QUOTE',
        'a line marked "delivery": "quote" needs a "source" { "ref", "quote" } naming where the words come from; add it',
      );
  }
}
