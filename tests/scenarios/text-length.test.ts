import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/core/model/text-limits';
import { textFields, textLengthProblems } from './rules';
import { loadScenarioFiles } from './scenario-files';

const files = loadScenarioFiles();

describe('every text fits its box (TEXT_LIMITS)', () => {
  it.each(files.map((f) => [f.file, f.scenario] as const))('%s', (file, scenario) => {
    expect(textLengthProblems(scenario).map((p) => `${file}${p}`)).toEqual([]);
  });

  it('walks every limited field kind', () => {
    const kinds = new Set(files.flatMap((f) => textFields(f.scenario).map(([, field]) => field)));
    expect([...kinds].sort()).toEqual(Object.keys(TEXT_LIMITS).sort());
  });

  it('names the JSON path and length of a text one character too long', () => {
    const scenario = structuredClone(files[0]!.scenario);
    scenario.role.briefing = 'x'.repeat(TEXT_LIMITS.briefing + 1);
    const ending = Object.values(scenario.nodes).find((n) => n.type === 'ending')!;
    if (ending.type !== 'ending') throw new Error('unreachable');
    ending.debrief = 'y'.repeat(TEXT_LIMITS.debrief);
    expect(textLengthProblems(scenario)).toEqual([`/role/briefing: ${TEXT_LIMITS.briefing + 1} characters, over the briefing limit of ${TEXT_LIMITS.briefing}`]);
  });
});
