/** `npm run schema`: writes scenarios/scenario.schema.json and docs/result-code.schema.json from their valibot schemas. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildScenarioJsonSchema } from '../src/core/model/json-schema';
import { buildResultCodeJsonSchema } from '../src/core/results/json-schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
export const RESULT_SCHEMA_FILE = fileURLToPath(new URL('../docs/result-code.schema.json', import.meta.url));

export function scenarioJsonSchemaText(): string {
  return JSON.stringify(buildScenarioJsonSchema(), null, 2) + '\n';
}

export function resultCodeJsonSchemaText(): string {
  return JSON.stringify(buildResultCodeJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, scenarioJsonSchemaText());
  writeFileSync(RESULT_SCHEMA_FILE, resultCodeJsonSchemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\nwrote ${RESULT_SCHEMA_FILE}\n`);
}
