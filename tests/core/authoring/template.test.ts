import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioTemplateText } from '../../../src/core/authoring/template';
import { validateScenarioText } from '../../../src/core/validator';
import { articlePath, readArticle } from '../../scenarios/scenario-files';

describe('the scenario template', () => {
  it('validates with no errors and no warnings, under the id and title it is given', () => {
    const text = scenarioTemplateText({ id: 'my-first-try', title: 'My First Try' });
    const { diagnostics, scenario } = validateScenarioText(text, { file: 'my-first-try.json' });
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe('my-first-try');
    expect(scenario?.title).toBe('My First Try');
  });

  it.skipIf(!existsSync(articlePath))('quotes its source word for word (needs ../shared)', () => {
    const { diagnostics } = validateScenarioText(scenarioTemplateText({ id: 'x' }), {
      file: 'x.json',
      sourceTexts: { 'ap-2022-01-11': readArticle() },
    });
    expect(diagnostics).toEqual([]);
  });
});
