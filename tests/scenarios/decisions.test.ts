/** The decisions-per-play house rule, as the validator's strict mode checks it on the state walk. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/schema';
import { validateScenarioText } from '../../src/core/validator';
import { HOUSE_RULES } from '../../src/core/validator/house-rules';
import { isStory, loadScenarioFiles } from './scenario-files';

// The walk visits every reachable state (tens of thousands per story), which takes seconds.
const WALK_TIMEOUT_MS = 60_000;
const stories = loadScenarioFiles().filter((f) => isStory(f.scenario));

function endingIds(scenario: Scenario): string[] {
  return Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]!.type === 'ending').sort();
}

function decisionErrors(scenario: Scenario): string[] {
  const { diagnostics } = validateScenarioText(JSON.stringify(scenario), { file: `${scenario.id}.json`, strict: true });
  return diagnostics.filter((d) => d.code === 'E_HOUSE_DECISIONS').map((d) => `${d.path}: ${d.message}`);
}

describe(`every play passes at least ${HOUSE_RULES.minDecisions} decisions`, () => {
  it.each(stories.map((f) => [f.file, f.scenario] as const))('%s', (_file, scenario) => {
    expect(decisionErrors(scenario)).toEqual([]);
  }, WALK_TIMEOUT_MS);

  it('finds the shortcut when a choice jumps straight to an ending', () => {
    const scenario = structuredClone(stories[0]!.scenario);
    const ending = endingIds(scenario)[0]!;
    scenario.nodes['shortcut'] = {
      type: 'dialogue',
      speaker: 'narrator',
      text: 'Stop here or go on?',
      choices: [
        { id: 'stop', text: 'Stop', next: ending },
        { id: 'go', text: 'Go on', next: scenario.start },
      ],
    };
    scenario.start = 'shortcut';
    expect(decisionErrors(scenario)).toEqual([
      `/nodes/${ending}: a play can reach the ending '${ending}' after only 1 decisions; every play of a story passes at least ${HOUSE_RULES.minDecisions} screens with two or more available choices`,
    ]);
  }, WALK_TIMEOUT_MS);

  it('does not count a node whose second choice is unavailable as a decision', () => {
    const scenario = structuredClone(stories[0]!.scenario);
    const ending = endingIds(scenario)[0]!;
    const meter = Object.keys(scenario.meters)[0]!;
    scenario.nodes['one-open-door'] = {
      type: 'dialogue',
      speaker: 'narrator',
      text: 'Only one way is open.',
      choices: [
        { id: 'open', text: 'Go', next: ending },
        // Locked in every play, it keeps the rest of the story linked without opening a second way.
        { id: 'locked', text: 'Locked', next: scenario.start, requires: { meter, gt: 100 } },
      ],
    };
    scenario.start = 'one-open-door';
    expect(decisionErrors(scenario)).toEqual([expect.stringContaining(`after only 0 decisions`)]);
  }, WALK_TIMEOUT_MS);
});
