import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/schema';
import { factQuizProblems, storyProblems } from './rules';
import { FACT_QUIZ_ID, isStory, loadScenarioFiles } from './scenario-files';

const files = loadScenarioFiles();
const stories = files.filter((f) => isStory(f.scenario));
const firstStory = (): Scenario => structuredClone(stories[0]!.scenario);

describe('scenario structure', () => {
  it('ships the fact quiz and at least one story', () => {
    expect(files.map((f) => f.scenario.id)).toContain(FACT_QUIZ_ID);
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories.map((f) => [f.file, f.scenario] as const))('story %s', (_file, scenario) => {
    expect(storyProblems(scenario)).toEqual([]);
  });

  it.each(files.filter((f) => !isStory(f.scenario)).map((f) => [f.file, f.scenario] as const))('fact quiz %s', (_file, scenario) => {
    expect(factQuizProblems(scenario)).toEqual([]);
  });

  it('catches two choices with the same consequence', () => {
    const scenario = firstStory();
    const [id, node] = Object.entries(scenario.nodes).find(([, n]) => n.type === 'dialogue' && (n.choices?.length ?? 0) >= 2)!;
    if (node.type !== 'dialogue' || !node.choices) throw new Error('unreachable');
    node.choices[1] = { ...node.choices[0]!, id: 'copy', text: 'Said differently' };
    expect(storyProblems(scenario)).toContain(`/nodes/${id}: choices "${node.choices[0]!.id}" and "copy" have the same next and effects`);
  });

  it('catches a missing outcome, a real person without delivery and too few quizzes', () => {
    const scenario = firstStory();
    for (const node of Object.values(scenario.nodes)) if (node.type === 'ending' && node.outcome === 'mixed') node.outcome = 'failure';
    const realId = Object.keys(scenario.characters).find((c) => scenario.characters[c]!.real)!;
    scenario.nodes['bare-line'] = { type: 'dialogue', speaker: realId, text: 'Invented words.', next: scenario.start };
    for (const [id, node] of Object.entries(scenario.nodes)) if (node.type === 'quiz') delete scenario.nodes[id];
    const problems = storyProblems(scenario);
    expect(problems).toContain('no ending with outcome "mixed"');
    expect(problems).toContain(`/nodes/bare-line: a real person's line needs "delivery"`);
    expect(problems).toContain('only 0 quiz nodes; a story needs at least 4');
  });

  it('catches missing teacher fields, a meter off the 0-100 scale and the invasion outside an epilogue', () => {
    const scenario = firstStory();
    scenario.vocabulary = scenario.vocabulary?.slice(0, 4);
    scenario.discussionQuestions = [];
    const ending = Object.values(scenario.nodes).find((n) => n.type === 'ending')!;
    if (ending.type !== 'ending') throw new Error('unreachable');
    ending.text = 'On 24 February Russia invaded.';
    const [meterId, meter] = Object.entries(scenario.meters)[0]!;
    meter.max = 50;
    const problems = storyProblems(scenario);
    expect(problems).toContain(`/meters/${meterId}: a story's meters run from 0 to 100`);
    expect(problems).toContain('fewer than 5 vocabulary terms');
    expect(problems).toContain('fewer than 3 discussion questions');
    expect(problems.some((p) => p.endsWith("events after 11 January 2022 belong in an ending's epilogue"))).toBe(true);
  });
});
