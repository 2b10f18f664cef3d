/**
 * The authoring guide must not drift from the code: its example is a valid scenario (no errors, no
 * warnings) and its table of validator codes names every code the validator can emit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/core/validator';
import { SOURCE_TEXTS } from '../source-texts';
import { repoRoot } from './scenario-files';

const guide = readFileSync(path.join(repoRoot, 'docs/AUTHORING.md'), 'utf8');
const validatorDir = path.join(repoRoot, 'src/core/validator');

describe('docs/AUTHORING.md', () => {
  it('has an example that validates with no errors and no warnings', () => {
    const example = /## A small example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(example, 'the ```json block under "A small example"').toBeDefined();
    const { diagnostics, scenario } = validateScenarioText(example!, {
      file: 'vienna-first-steps.json',
      sourceTexts: SOURCE_TEXTS,
    });
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe('vienna-first-steps');
  });

  it('explains every code the validator can emit', () => {
    const emitted = new Set<string>();
    for (const file of readdirSync(validatorDir).filter((f) => f.endsWith('.ts'))) {
      for (const match of readFileSync(path.join(validatorDir, file), 'utf8').matchAll(/'([EW]_[A-Z_]+)'/g)) emitted.add(match[1]!);
    }
    expect(emitted.size).toBeGreaterThan(0);
    const explained = new Set([...guide.matchAll(/^\| `([EW]_[A-Z_]+)` +\|/gm)].map((m) => m[1]!));
    expect([...emitted].filter((code) => !explained.has(code)).sort()).toEqual([]);
  });
});
