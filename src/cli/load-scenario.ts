/** Reading and validating one scenario file for the authoring commands (graph, analyze). */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../core/model/schema';
import { validateScenarioText } from '../core/validator';
import type { Outcome } from './command';

/** The file's scenario, or the exit to take: 2 when it cannot be read, 1 with its errors listed. */
export function loadScenarioFile(file: string): { scenario: Scenario } | { failure: Outcome } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { failure: { code: 2, err: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
  const { diagnostics, scenario } = validateScenarioText(text, { file });
  if (scenario) return { scenario };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.map((d) => `${d.file}:${d.line}:${d.column}: error ${d.code} ${d.path}: ${d.message}`);
  return {
    failure: { code: 1, err: `${lines.join('\n')}\n${file} has ${errors.length} error(s); fix them with npm run validate -- ${file}` },
  };
}
