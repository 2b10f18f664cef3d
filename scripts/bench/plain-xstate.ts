/**
 * The baseline for the core benchmark: the same story graph as a plain XState machine, written the
 * way one would by hand: one state per node, guards and effects as closures, plain `assign`. No
 * screens, no step log, no save support; what the engine adds on top is what the ratio measures.
 */
import { assign, createMachine, type AnyStateMachine } from 'xstate';
import type { Condition, Effects, Scenario, ScenarioNode } from '../../src/core/model/schema';

interface PlainContext {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
}
type PlainEvent = { type: 'CHOOSE'; choice: string } | { type: 'ANSWER'; option: number } | { type: 'CONTINUE' };

function guardOf(condition: Condition): (context: PlainContext) => boolean {
  if ('all' in condition) {
    const parts = condition.all.map(guardOf);
    return (c) => parts.every((p) => p(c));
  }
  if ('any' in condition) {
    const parts = condition.any.map(guardOf);
    return (c) => parts.some((p) => p(c));
  }
  if ('not' in condition) {
    const inner = guardOf(condition.not);
    return (c) => !inner(c);
  }
  if ('visited' in condition) throw new Error('the benchmark story uses no visited conditions');
  if ('flag' in condition) {
    const { flag, is = true } = condition;
    return (c) => (c.flags[flag] ?? false) === is;
  }
  const { meter, gte, gt, lte, lt, eq } = condition;
  return (c) => {
    const v = c.meters[meter] ?? 0;
    return (
      (gte === undefined || v >= gte) &&
      (gt === undefined || v > gt) &&
      (lte === undefined || v <= lte) &&
      (lt === undefined || v < lt) &&
      (eq === undefined || v === eq)
    );
  };
}

function effectOf(scenario: Scenario, effects: Effects | undefined) {
  return assign(({ context }: { context: PlainContext }) => {
    const meters = { ...context.meters };
    for (const [id, delta] of Object.entries(effects?.meters ?? {})) {
      const range = scenario.meters[id];
      if (range) meters[id] = Math.min(range.max, Math.max(range.min, (meters[id] ?? range.initial) + delta));
    }
    return { meters, flags: { ...context.flags, ...effects?.flags } };
  });
}

function stateOf(scenario: Scenario, node: ScenarioNode) {
  switch (node.type) {
    case 'dialogue':
      if (!node.choices) return { on: { CONTINUE: { target: node.next } } };
      return {
        on: {
          CHOOSE: node.choices.map((choice) => {
            const requires = choice.requires ? guardOf(choice.requires) : () => true;
            return {
              guard: ({ context, event }: { context: PlainContext; event: PlainEvent }) =>
                event.type === 'CHOOSE' && event.choice === choice.id && requires(context),
              target: choice.next,
              actions: effectOf(scenario, choice.effects),
            };
          }),
        },
      };
    case 'quiz':
      return {
        on: {
          ANSWER: [
            {
              guard: ({ event }: { event: PlainEvent }) => event.type === 'ANSWER' && event.option === node.answer,
              target: node.next,
              actions: effectOf(scenario, node.effects?.correct),
            },
            { target: node.nextIfIncorrect ?? node.next, actions: effectOf(scenario, node.effects?.incorrect) },
          ],
        },
      };
    case 'branch':
      return {
        always: [
          ...node.cases.map((c) => ({ guard: ({ context }: { context: PlainContext }) => guardOf(c.if)(context), target: c.next })),
          { target: node.else },
        ],
      };
    case 'ending':
      return { type: 'final' as const };
  }
}

export function plainMachine(scenario: Scenario): AnyStateMachine {
  const meters = Object.fromEntries(Object.entries(scenario.meters).map(([id, m]) => [id, m.initial]));
  return createMachine({
    id: scenario.id,
    context: { meters, flags: {} },
    initial: scenario.start,
    states: Object.fromEntries(Object.entries(scenario.nodes).map(([id, node]) => [id, stateOf(scenario, node)])),
  } as Parameters<typeof createMachine>[0]);
}
