import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/schema';
import { walkDecisions } from './rules';
import { isStory, loadScenarioFiles } from './scenario-files';

const MIN_DECISIONS = 6;
// The walk visits every reachable state (tens of thousands per story), which takes seconds.
const WALK_TIMEOUT_MS = 60_000;
const stories = loadScenarioFiles().filter((f) => isStory(f.scenario));

function endingIds(scenario: Scenario): string[] {
  return Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]!.type === 'ending').sort();
}

describe(`every play passes at least ${MIN_DECISIONS} decisions`, () => {
  it.each(stories.map((f) => [f.file, f.scenario] as const))('%s', (_file, scenario) => {
    const { fewestDecisions } = walkDecisions(scenario);
    expect([...fewestDecisions.keys()].sort(), 'every ending is reached by some play').toEqual(endingIds(scenario));
    const short = [...fewestDecisions].filter(([, n]) => n < MIN_DECISIONS);
    expect(short, 'endings reachable with too few decisions').toEqual([]);
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
    expect(walkDecisions(scenario).fewestDecisions.get(ending)).toBe(1);
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
        { id: 'locked', text: 'Locked', next: ending, requires: { meter, gt: 1000 }, effects: { meters: { [meter]: 1 } } },
      ],
    };
    scenario.start = 'one-open-door';
    expect(walkDecisions(scenario).fewestDecisions.get(ending)).toBe(0);
  });
});
