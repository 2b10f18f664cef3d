import { describe, expect, it } from 'vitest';
import { scenarioTemplateText } from '../../../src/core/authoring/template';
import { validateScenarioText } from '../../../src/core/validator';
import { NO_ARTICLE, SOURCE_TEXTS } from '../../source-texts';

describe('the scenario template', () => {
  it('validates with no errors and no warnings, under the id and title it is given', () => {
    const text = scenarioTemplateText({ id: 'my-first-try', title: 'My First Try' });
    const { diagnostics, scenario } = validateScenarioText(text, { file: 'my-first-try.json' });
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe('my-first-try');
    expect(scenario?.title).toBe('My First Try');
  });

  it.skipIf(NO_ARTICLE)('quotes its source word for word (needs the source text)', () => {
    const { diagnostics } = validateScenarioText(scenarioTemplateText({ id: 'x' }), {
      file: 'x.json',
      sourceTexts: SOURCE_TEXTS,
    });
    expect(diagnostics).toEqual([]);
  });
});
