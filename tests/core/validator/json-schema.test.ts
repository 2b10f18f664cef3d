/** The committed JSON Schema is exactly what `npm run schema` generates, and it states the rules the validator checks. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, scenarioJsonSchemaText } from '../../../scripts/write-schema';

describe('scenario.schema.json', () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');

  it('has not drifted from the valibot schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it("allows the author's x- keys, gives ids the kebab-case pattern and defines conditions once", () => {
    const schema = JSON.parse(committed) as {
      patternProperties: unknown;
      properties: { id: { pattern: string }; nodes: { propertyNames: { pattern: string } }; flags: { items: { pattern: string } } };
      $defs: object;
    };
    expect(schema.patternProperties).toEqual({ '^x-': {} });
    expect(schema.properties.id.pattern).toBe('^[a-z][a-z0-9-]*$');
    expect(schema.properties.nodes.propertyNames.pattern).toBe('^[a-z][a-z0-9-]*$');
    expect(schema.properties.flags.items.pattern).toBe('^[a-z][a-z0-9-]*$');
    expect(Object.keys(schema.$defs)).toEqual(['Condition']);
    expect(committed).toContain('"$ref": "#/$defs/Condition"');
    expect(committed).not.toContain('#/$defs/0');
  });

  it('describes every field for authors (the studio and editors show it on hover)', () => {
    const undescribed: string[] = [];
    const walk = (schema: unknown, at: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const properties = (schema as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [key, value] of Object.entries(properties)) if (!value.description) undescribed.push(`${at}/${key}`);
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    walk(JSON.parse(committed), '');
    expect(undescribed).toEqual([]);
  });
});
