/**
 * W_CLAIM: an ending's `claims` are what its debrief asserts of every play that arrives there. The
 * condition-aware walk hands over every state in which some play reaches each ending; a claim that
 * fails in one of them is reported with that state as the example.
 */
import type { Condition, Scenario, ScenarioNode } from '../model/schema';
import { describeCondition, holds } from '../model/conditions';
import type { StoryState } from '../model/state';
import type { DiagnosticSink } from './diagnostics';

/** Ending id → the states (only what conditions read) in which plays reach it. */
export type StatesAtEndings = ReadonlyMap<string, readonly StoryState[]>;

export function checkClaims(
  scenario: Scenario,
  statesAtEndings: StatesAtEndings,
  describeState: (state: StoryState) => string,
  sink: DiagnosticSink,
): void {
  for (const [id, states] of statesAtEndings) {
    const node = scenario.nodes[id] as ScenarioNode;
    if (node.type !== 'ending' || !node.claims) continue;
    node.claims.forEach((claim: Condition, i) => {
      const counterexample = states.find((state) => !holds(claim, state));
      if (!counterexample) return;
      sink.report(
        ['nodes', id, 'claims', i],
        'W_CLAIM',
        `the ending '${id}' claims ${describeCondition(claim, scenario)}, but a play can reach it without that; for example with ${describeState(counterexample)}. Change the conditions on the way here, or the debrief and its claim`,
      );
    });
  }
}
