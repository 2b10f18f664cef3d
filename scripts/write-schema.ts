/** `npm run schema`: writes scenarios/scenario.schema.json from the valibot schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildScenarioJsonSchema } from '../src/core/model/json-schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));

export function scenarioJsonSchemaText(): string {
  return JSON.stringify(buildScenarioJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, scenarioJsonSchemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
