/** W_CONDITION_NEVER: a condition no value in its meters' ranges can satisfy (the conditions module says which). */
import { neverHolds } from '../model/conditions';
import type { Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import { walkScenario } from './scenario-walk';

export function checkConditionRanges(scenario: Scenario, sink: DiagnosticSink): void {
  walkScenario(scenario, {
    condition(condition, path) {
      const why = neverHolds(condition, scenario);
      if (why !== undefined) sink.report(path, 'W_CONDITION_NEVER', why);
    },
  });
}
