import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RESULT_SCHEMA_FILE, resultCodeJsonSchemaText } from '../../../scripts/write-schema';

it('docs/result-code.schema.json is what npm run schema writes from the valibot schema', () => {
  expect(readFileSync(RESULT_SCHEMA_FILE, 'utf8'), 'run npm run schema').toBe(resultCodeJsonSchemaText());
});
