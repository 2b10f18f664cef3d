/**
 * The house rules on the shipped files, through the validator's strict mode (as `npm run validate --
 * --strict` checks them), and on broken copies of a shipped story, which proves each rule can fail.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/schema';
import { validateScenarioText, type Diagnostic } from '../../src/core/validator';
import { realPeopleProblems } from './rules';
import { FACT_QUIZ_ID, isStory, loadScenarioFiles } from './scenario-files';

const files = loadScenarioFiles();
const stories = files.filter((f) => isStory(f.scenario));
const firstStory = (): Scenario => structuredClone(stories[0]!.scenario);
// The strict check walks every state a play can reach (tens of thousands per story).
const WALK_TIMEOUT_MS = 60_000;

function strict(scenario: Scenario): Diagnostic[] {
  return validateScenarioText(JSON.stringify(scenario, null, 2), { file: `${scenario.id}.json`, strict: true }).diagnostics;
}

const found = (scenario: Scenario): string[] => strict(scenario).map((d) => `${d.code} ${d.path}`);

describe('scenario structure', () => {
  it('ships the fact quiz and at least one story', () => {
    expect(files.map((f) => f.scenario.id)).toContain(FACT_QUIZ_ID);
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.file, f.scenario] as const))(
    '%s keeps the house rules (validate --strict)',
    (_file, scenario) => {
      expect(strict(scenario).map((d) => `${d.line}:${d.column} ${d.code} ${d.path}: ${d.message}`)).toEqual([]);
      expect(realPeopleProblems(scenario)).toEqual([]);
    },
    WALK_TIMEOUT_MS,
  );

  it('catches two choices with the same consequence', () => {
    const scenario = firstStory();
    const [id, node] = Object.entries(scenario.nodes).find(([, n]) => n.type === 'dialogue' && (n.choices?.length ?? 0) >= 2)!;
    if (node.type !== 'dialogue' || !node.choices) throw new Error('unreachable');
    node.choices.push({ ...node.choices[0]!, id: 'copy', text: 'Said differently' });
    expect(found(scenario)).toContain(`E_HOUSE_CHOICES /nodes/${id}/choices/${node.choices.length - 1}`);
  }, WALK_TIMEOUT_MS);

  it('catches a missing outcome, a missing history, no emblem and too few quizzes', () => {
    const scenario = firstStory();
    for (const node of Object.values(scenario.nodes)) if (node.type === 'ending' && node.outcome === 'mixed') node.outcome = 'failure';
    const [endingId, ending] = Object.entries(scenario.nodes).find(([, n]) => n.type === 'ending')!;
    if (ending.type !== 'ending') throw new Error('unreachable');
    delete ending.history;
    const characterId = Object.keys(scenario.characters)[0]!;
    delete scenario.characters[characterId]!.emblem;
    // Each quiz becomes a line that goes where the quiz went.
    for (const [id, node] of Object.entries(scenario.nodes))
      if (node.type === 'quiz') scenario.nodes[id] = { type: 'dialogue', speaker: 'narrator', text: node.question, next: node.next };
    const problems = found(scenario);
    expect(problems).toContain('E_HOUSE_OUTCOMES /nodes');
    expect(problems).toContain(`E_HOUSE_HISTORY /nodes/${endingId}`);
    expect(problems).toContain(`E_HOUSE_EMBLEM /characters/${characterId}`);
    expect(problems).toContain('E_HOUSE_QUIZZES /nodes');
  }, WALK_TIMEOUT_MS);

  it('catches missing teacher fields, a meter off the 0-100 scale and the invasion outside an epilogue', () => {
    const scenario = firstStory();
    scenario.vocabulary = scenario.vocabulary?.slice(0, 4);
    scenario.discussionQuestions = [];
    delete scenario.setting;
    const [endingId, ending] = Object.entries(scenario.nodes).find(([, n]) => n.type === 'ending')!;
    if (ending.type !== 'ending') throw new Error('unreachable');
    ending.text = 'On 24 February Russia invaded.';
    const [meterId, meter] = Object.entries(scenario.meters)[0]!;
    meter.max = 50;
    meter.initial = Math.min(meter.initial, 50);
    const problems = found(scenario);
    expect(problems).toContain(`E_HOUSE_METERS /meters/${meterId}`);
    expect(problems).toContain('E_HOUSE_VOCABULARY /vocabulary');
    expect(problems).toContain('E_HOUSE_DISCUSSION /discussionQuestions');
    expect(problems).toContain('E_HOUSE_SETTING ');
    expect(problems).toContain(`E_HOUSE_LATER_EVENT /nodes/${endingId}/text`);
  }, WALK_TIMEOUT_MS);

  it('names a real person of the article who is not marked real', () => {
    const scenario = firstStory();
    const [id, character] = Object.entries(scenario.characters).find(([, c]) => c.real)!;
    delete character.real;
    expect(realPeopleProblems(scenario)).toEqual([`/characters/${id}: ${character.name} is a real person: set "real": true`]);
  });
});
