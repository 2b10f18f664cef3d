/** W_CONDITION_NEVER: a meter condition no value in the meter's min..max can satisfy. */
import type { Condition, Meter, Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import { walkScenario } from './scenario-walk';

type MeterCondition = Extract<Condition, { meter: string }>;

/** Meters may hold any number in their range (effects need not be whole numbers), so bounds are real intervals. */
function canHold(condition: MeterCondition, meter: Meter): boolean {
  let low = meter.min;
  let lowOpen = false;
  let high = meter.max;
  let highOpen = false;
  const raise = (bound: number, open: boolean): void => {
    if (bound > low || (bound === low && open)) [low, lowOpen] = [bound, open];
  };
  const lower = (bound: number, open: boolean): void => {
    if (bound < high || (bound === high && open)) [high, highOpen] = [bound, open];
  };
  if (condition.gte !== undefined) raise(condition.gte, false);
  if (condition.gt !== undefined) raise(condition.gt, true);
  if (condition.lte !== undefined) lower(condition.lte, false);
  if (condition.lt !== undefined) lower(condition.lt, true);
  if (condition.eq !== undefined) {
    raise(condition.eq, false);
    lower(condition.eq, false);
  }
  return low < high || (low === high && !lowOpen && !highOpen);
}

function describe(condition: MeterCondition): string {
  const ops = (['gte', 'gt', 'lte', 'lt', 'eq'] as const).filter((op) => condition[op] !== undefined);
  return ops.map((op) => `"${op}": ${condition[op]}`).join(', ');
}

export function checkConditionRanges(scenario: Scenario, sink: DiagnosticSink): void {
  walkScenario(scenario, {
    condition(condition, path) {
      if (!('meter' in condition)) return;
      const meter = Object.hasOwn(scenario.meters, condition.meter) ? scenario.meters[condition.meter] : undefined;
      // A meter whose own range is broken is reported as E_METER; its conditions cannot be judged.
      if (!meter || meter.min >= meter.max || canHold(condition, meter)) return;
      sink.report(
        path,
        'W_CONDITION_NEVER',
        `the condition on '${condition.meter}' (${describe(condition)}) can never hold: the meter stays within ${meter.min}..${meter.max}; change the number or the meter's range`,
      );
    },
  });
}
