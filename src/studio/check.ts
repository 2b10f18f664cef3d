/**
 * One check of a scenario text, as the studio shows it: the game's own validator, the diagnostics
 * placed at text offsets with their "did you mean" name, and (for the fast check) the outline. The
 * map's layout is not here: it comes after, from its own worker (layout-worker.ts). Pure, so it runs
 * in a worker and in Node tests alike.
 */
import { validateScenarioText } from '../core/validator';
import type { CheckReply, CheckRequest, StudioDiagnostic } from './check-protocol';
import { outlineOf } from './outline';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const SUGGESTION = /did you mean ['"]([^'"]+)['"]\?/;

export function runCheck(request: CheckRequest): CheckReply {
  const began = performance.now();
  const { diagnostics, scenario } = validateScenarioText(request.text, {
    file: request.file,
    sourceTexts: request.sourceTexts,
    ...(request.deep ? {} : { explorationLimit: 0 }),
  });
  const checkMs = performance.now() - began;
  const starts = lineStarts(request.text);
  const placed = diagnostics.map((d): StudioDiagnostic => {
    const lineStart = starts[Math.min(d.line, starts.length) - 1] ?? 0;
    const from = Math.min(request.text.length, lineStart + Math.max(0, d.column - 1));
    const suggestion = SUGGESTION.exec(d.message)?.[1];
    return suggestion === undefined ? { ...d, from } : { ...d, from, suggestion };
  });
  if (request.deep) return { seq: request.seq, deep: true, diagnostics: placed, outline: null, checkMs };
  const outline = outlineOf(request.text);
  return { seq: request.seq, deep: false, diagnostics: placed, outline, checkMs, ...(scenario ? { scenario } : {}) };
}
