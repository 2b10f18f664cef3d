/**
 * The ways out of a node, defined once: where each leads, what takes it (a choice, an answer, a
 * line's continue, a branch's case), what it requires and what it changes, and where its target is
 * written in the node. The compiler, the validator's walk and checks, and the tests read them here.
 */
import type { Condition } from './conditions';
import type { Choice, Effects, ScenarioNode } from './schema';

export type WayOut =
  | { kind: 'continue'; target: string; at: ['next'] }
  | { kind: 'choice'; choice: Choice; target: string; at: ['choices', number, 'next'] }
  /** A quiz answer, right or wrong; a wrong one leads to `nextIfIncorrect` when the quiz has one. */
  | { kind: 'answer'; correct: boolean; effects: Effects | undefined; target: string; at: ['next'] | ['nextIfIncorrect'] }
  /** A branch's case: the first case whose condition holds is taken at once, else the `else`. */
  | { kind: 'case'; condition: Condition; target: string; at: ['cases', number, 'next'] }
  | { kind: 'else'; target: string; at: ['else'] };

// Worked out once per node: the validator, the compiler and the walk each ask for every node.
const known = new WeakMap<ScenarioNode, readonly WayOut[]>();

export function waysOut(node: ScenarioNode): readonly WayOut[] {
  let ways = known.get(node);
  if (!ways) known.set(node, (ways = computeWaysOut(node)));
  return ways;
}

function computeWaysOut(node: ScenarioNode): WayOut[] {
  switch (node.type) {
    case 'dialogue':
      if (node.choices)
        return node.choices.map((choice, i) => ({ kind: 'choice', choice, target: choice.next, at: ['choices', i, 'next'] }));
      return node.next === undefined ? [] : [{ kind: 'continue', target: node.next, at: ['next'] }];
    case 'quiz':
      return [
        { kind: 'answer', correct: true, effects: node.effects?.correct, target: node.next, at: ['next'] },
        node.nextIfIncorrect === undefined
          ? { kind: 'answer', correct: false, effects: node.effects?.incorrect, target: node.next, at: ['next'] }
          : { kind: 'answer', correct: false, effects: node.effects?.incorrect, target: node.nextIfIncorrect, at: ['nextIfIncorrect'] },
      ];
    case 'branch':
      return [
        ...node.cases.map((c, i): WayOut => ({ kind: 'case', condition: c.if, target: c.next, at: ['cases', i, 'next'] })),
        { kind: 'else', target: node.else, at: ['else'] },
      ];
    case 'ending':
      return [];
    default: {
      const never: never = node;
      throw new Error(`unknown node ${JSON.stringify(never)}`);
    }
  }
}

/** What must hold for a way to be open: a choice's `requires` or a case's condition. */
export function wayCondition(way: WayOut): Condition | undefined {
  switch (way.kind) {
    case 'choice':
      return way.choice.requires;
    case 'case':
      return way.condition;
    case 'continue':
    case 'answer':
    case 'else':
      return undefined;
    default: {
      const never: never = way;
      throw new Error(`unknown way out ${JSON.stringify(never)}`);
    }
  }
}

/** What taking a way changes: a choice's or an answer's effects. */
export function wayEffects(way: WayOut): Effects | undefined {
  switch (way.kind) {
    case 'choice':
      return way.choice.effects;
    case 'answer':
      return way.effects;
    case 'continue':
    case 'case':
    case 'else':
      return undefined;
    default: {
      const never: never = way;
      throw new Error(`unknown way out ${JSON.stringify(never)}`);
    }
  }
}

/** Whether the story takes the first open way by itself (a branch) rather than the player picking one. */
export function takesFirstOpenWay(node: ScenarioNode): boolean {
  return node.type === 'branch';
}
