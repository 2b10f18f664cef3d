/**
 * Every ending of every shipped scenario says, in `claims`, what its debrief asserts, and the
 * validator's exhaustive walk over every reachable state proves each claim on every play that
 * arrives there (W_CLAIM otherwise).
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/schema';
import { validateScenarioText } from '../../src/core/validator';
import { loadScenarioFiles } from './scenario-files';

const files = loadScenarioFiles();
const WALK_TIMEOUT_MS = 60_000;

function claimWarnings(scenario: Scenario): string[] {
  const { diagnostics } = validateScenarioText(JSON.stringify(scenario), { file: `${scenario.id}.json` });
  return diagnostics.filter((d) => d.code === 'W_CLAIM').map((d) => `${d.path}: ${d.message}`);
}

const endings = (scenario: Scenario) => Object.entries(scenario.nodes).filter(([, node]) => node.type === 'ending');

describe("each ending's claims hold on every play that reaches it", () => {
  it.each(files.map((f) => [f.file, f.scenario] as const))(
    '%s',
    (_file, scenario) => {
      const unclaimed = endings(scenario).filter(([, node]) => node.type === 'ending' && (node.claims ?? []).length === 0);
      expect(
        unclaimed.map(([id]) => id),
        'endings whose debrief asserts nothing checkable',
      ).toEqual([]);
      expect(claimWarnings(scenario)).toEqual([]);
    },
    WALK_TIMEOUT_MS,
  );

  it('finds the play that breaks a claim: a success ending claimed for a meter it does not check', () => {
    const { scenario } = files.find((f) => f.scenario.id === 'geneva-us-delegation')!;
    const broken = structuredClone(scenario);
    const ending = broken.nodes['end-door-held-path-open'];
    if (ending?.type !== 'ending') throw new Error('fixture changed');
    ending.claims = [...(ending.claims ?? []), { meter: 'credibility', gte: 95 }];
    expect(claimWarnings(broken)).toEqual([expect.stringMatching(/^\/nodes\/end-door-held-path-open\/claims\/\d+: the ending .* claims Credibility at least 95/)]);
  }, WALK_TIMEOUT_MS);
});
