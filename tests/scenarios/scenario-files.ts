/**
 * The real scenario files and the one article they are built from, read once for the scenario
 * tests. Shape-checked with the format's own valibot schema so every rule below can trust the types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from '../../src/core/model/schema';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const scenariosDir = path.join(repoRoot, 'scenarios');

/** The fact quiz is all questions; the story rules (decisions, ≥4 quizzes, endings by play) skip it. */
export const FACT_QUIZ_ID = 'fact-quiz-week';

export interface ScenarioFile {
  file: string;
  scenario: Scenario;
}

export function loadScenarioFiles(): ScenarioFile[] {
  const names = readdirSync(scenariosDir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort();
  return names.map((file) => {
    const parsed = v.safeParse(ScenarioSchema, JSON.parse(readFileSync(path.join(scenariosDir, file), 'utf8')));
    if (!parsed.success) {
      const first = parsed.issues[0];
      throw new Error(`${file}: not a valid scenario: ${v.getDotPath(first) ?? ''} ${first.message}`);
    }
    return { file, scenario: parsed.output };
  });
}

export function isStory(scenario: Scenario): boolean {
  return scenario.id !== FACT_QUIZ_ID;
}
