/**
 * Conditions, defined once: their shapes (the schema the types are inferred from), when one holds,
 * how it reads to a player, what story state it reads (for the walk), which names it uses (for the
 * reference check), when it can never hold (for the range check), and where they sit in a scenario.
 *
 * Every function over kinds ends in `const never: never = condition`: a kind added to the schema and
 * not handled here fails `tsc`. See docs/AUTHORING.md ("Adding a condition kind") for what else a kind needs.
 */
import * as v from 'valibot';
import type { Meter, Scenario, ScenarioNode } from './schema';
import type { StoryState } from './state';

const name = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/** Documentation for authors, carried by the JSON Schema to their editors' hover (as in schema.ts). */
const doc = <const S extends v.GenericSchema>(schema: S, description: string) => v.pipe(schema, v.description(description));
const bound = (words: string) => v.optional(doc(v.number(), `Holds when the meter is ${words}, e.g. \`40\`.`));

const MeterOps = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;
type MeterOp = (typeof MeterOps)[number];

const MeterConditionSchema = v.strictObject({
  meter: doc(name, 'The meter compared, with one or more of `gte`, `gt`, `lte`, `lt`, `eq`, e.g. `{ "meter": "trust", "gte": 40 }`.'),
  gte: bound('at least this'),
  gt: bound('above this'),
  lte: bound('at most this'),
  lt: bound('below this'),
  eq: bound('exactly this'),
});
const FlagConditionSchema = v.strictObject({
  flag: doc(name, 'Holds when this flag is set (or, with `"is": false`, when it is not), e.g. `{ "flag": "consulted-allies" }`.'),
  is: v.optional(doc(v.boolean(), 'The value the flag must have: `true` (the default) or `false`.')),
});
const VisitedConditionSchema = v.strictObject({
  visited: doc(name, 'Holds when this play has been at the node with this id, e.g. `{ "visited": "allies-call" }`.'),
});

type MeterCondition = v.InferOutput<typeof MeterConditionSchema>;
type FlagCondition = v.InferOutput<typeof FlagConditionSchema>;
type VisitedCondition = v.InferOutput<typeof VisitedConditionSchema>;
// The composite kinds contain conditions, so their type is written out: valibot cannot infer a recursive one.
export type Condition =
  MeterCondition | FlagCondition | VisitedCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

// The lazy schema returns one union built once: built inside the getter, a new union (and new
// schemas for its six shapes) would be made for every condition checked.
export const ConditionSchema: v.GenericSchema<Condition> = v.lazy(() => ConditionShapesSchema);

const conditionList = v.pipe(v.array(ConditionSchema), v.minLength(1, 'needs at least one condition'));
const ConditionShapesSchema = doc(
  v.union([
    MeterConditionSchema,
    FlagConditionSchema,
    VisitedConditionSchema,
    v.strictObject({ all: doc(conditionList, 'Holds when every condition in the list holds.') }),
    v.strictObject({ any: doc(conditionList, 'Holds when at least one condition in the list holds.') }),
    v.strictObject({ not: doc(ConditionSchema, 'Holds when this condition does not.') }),
  ]),
  'A test of the story state, written as data: `{ "meter", "gte"|"gt"|"lte"|"lt"|"eq" }`, `{ "flag", "is"? }`, `{ "visited" }`, or `{ "all" | "any": [...] }`, `{ "not": ... }`.',
);

// Ids such as `constructor` are valid kebab-case, so lookups must never reach Object.prototype.
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** What each comparison of a meter means, says and bounds: one entry per op, so a new op is handled everywhere. */
const METER_OPS: Record<MeterOp, { test(value: number, bound: number): boolean; words: string }> = {
  gte: { test: (value, bound) => value >= bound, words: 'at least' },
  gt: { test: (value, bound) => value > bound, words: 'above' },
  lte: { test: (value, bound) => value <= bound, words: 'at most' },
  lt: { test: (value, bound) => value < bound, words: 'below' },
  eq: { test: (value, bound) => value === bound, words: 'exactly' },
};

/** Conditions are data, evaluated here by walking them; nothing is ever run as code. */
export function holds(condition: Condition, state: StoryState): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, state));
  if ('any' in condition) return condition.any.some((c) => holds(c, state));
  if ('not' in condition) return !holds(condition.not, state);
  if ('visited' in condition) return state.visited.includes(condition.visited);
  if ('flag' in condition) return (own(state.flags, condition.flag) ?? false) === (condition.is ?? true);
  if ('meter' in condition) {
    const value = own(state.meters, condition.meter) ?? 0;
    for (const op of MeterOps) {
      const bound = condition[op];
      if (bound !== undefined && !METER_OPS[op].test(value, bound)) return false;
    }
    return true;
  }
  const never: never = condition;
  throw new Error(`unknown condition ${JSON.stringify(never)}`);
}

/** A plain-English reading of a condition, for a locked choice's "why". */
export function describeCondition(condition: Condition, scenario: Scenario): string {
  if ('all' in condition) return condition.all.map((c) => describeCondition(c, scenario)).join(' and ');
  if ('any' in condition) return condition.any.map((c) => describeCondition(c, scenario)).join(' or ');
  if ('not' in condition) return `not (${describeCondition(condition.not, scenario)})`;
  if ('visited' in condition) return `after visiting “${condition.visited}”`;
  if ('flag' in condition) return `${condition.is === false ? 'not ' : ''}${condition.flag.replaceAll('-', ' ')}`;
  if ('meter' in condition) {
    const label = own(scenario.meters, condition.meter)?.label ?? condition.meter;
    const parts: string[] = [];
    for (const op of MeterOps) {
      const bound = condition[op];
      if (bound !== undefined) parts.push(`${label} ${METER_OPS[op].words} ${bound}`);
    }
    return parts.join(' and ') || `${label} (any value)`;
  }
  const never: never = condition;
  throw new Error(`unknown condition ${JSON.stringify(never)}`);
}

/** What parts of the story state conditions read: the walk carries only these. */
export interface ReadState {
  meters: Set<string>;
  flags: Set<string>;
  visited: Set<string>;
}

/** Adds what this condition itself reads (not its parts: `forEachCondition` hands those over too). */
export function addReads(condition: Condition, reads: ReadState): void {
  if ('all' in condition || 'any' in condition || 'not' in condition) return;
  if ('visited' in condition) reads.visited.add(condition.visited);
  else if ('flag' in condition) reads.flags.add(condition.flag);
  else if ('meter' in condition) reads.meters.add(condition.meter);
  else {
    const never: never = condition;
    throw new Error(`unknown condition ${JSON.stringify(never)}`);
  }
}

export type NameKind = 'node' | 'meter' | 'flag';

/** The name this condition itself uses, if any, with what it names and the key it is written under. */
export function nameUsed(condition: Condition): { kind: NameKind; name: string; key: string } | undefined {
  if ('all' in condition || 'any' in condition || 'not' in condition) return undefined;
  if ('visited' in condition) return { kind: 'node', name: condition.visited, key: 'visited' };
  if ('flag' in condition) return { kind: 'flag', name: condition.flag, key: 'flag' };
  if ('meter' in condition) return { kind: 'meter', name: condition.meter, key: 'meter' };
  const never: never = condition;
  throw new Error(`unknown condition ${JSON.stringify(never)}`);
}

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
  for (const op of MeterOps) {
    const bound = condition[op];
    if (bound === undefined) continue;
    switch (op) {
      case 'gte':
        raise(bound, false);
        break;
      case 'gt':
        raise(bound, true);
        break;
      case 'lte':
        lower(bound, false);
        break;
      case 'lt':
        lower(bound, true);
        break;
      case 'eq':
        raise(bound, false);
        lower(bound, false);
        break;
      default: {
        const never: never = op;
        throw new Error(`unknown meter comparison ${String(never)}`);
      }
    }
  }
  return low < high || (low === high && !lowOpen && !highOpen);
}

/**
 * Why this condition itself can never hold within the ranges of the meters it reads, or undefined
 * when it can (or cannot be judged: a meter missing or with a broken range is reported elsewhere).
 */
export function neverHolds(condition: Condition, scenario: Scenario): string | undefined {
  if ('all' in condition || 'any' in condition || 'not' in condition) return undefined;
  if ('visited' in condition || 'flag' in condition) return undefined;
  if ('meter' in condition) {
    const meter = own(scenario.meters, condition.meter);
    if (!meter || meter.min >= meter.max || canHold(condition, meter)) return undefined;
    const ops = MeterOps.filter((op) => condition[op] !== undefined).map((op) => `"${op}": ${condition[op]}`);
    return `the condition on '${condition.meter}' (${ops.join(', ')}) can never hold: the meter stays within ${meter.min}..${meter.max}; change the number or the meter's range`;
  }
  const never: never = condition;
  throw new Error(`unknown condition ${JSON.stringify(never)}`);
}

/** A walk's place in the file: one list pushed and popped as the walk goes, never copied. */
export type WalkPath = (string | number)[];

/** Hands over a condition and then each of its parts, with its path (valid only during the call). */
function forEachCondition(condition: Condition, path: WalkPath, visit: (condition: Condition, path: WalkPath) => void): void {
  visit(condition, path);
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    path.push('all' in condition ? 'all' : 'any', 0);
    for (let i = 0; i < list.length; i++) {
      path[path.length - 1] = i;
      forEachCondition(list[i] as Condition, path, visit);
    }
    path.length -= 2;
  } else if ('not' in condition) {
    path.push('not');
    forEachCondition(condition.not, path, visit);
    path.pop();
  } else if (!('visited' in condition || 'flag' in condition || 'meter' in condition)) {
    const never: never = condition;
    throw new Error(`unknown condition ${JSON.stringify(never)}`);
  }
}

/**
 * Every condition a scenario holds, each part of a composite one too, with its path: a choice's
 * `requires`, a branch's cases, an ending's claims and debrief lines (read at the ending).
 */
export function forEachConditionIn(scenario: Scenario, visit: (condition: Condition, path: WalkPath) => void): void {
  const path: WalkPath = ['nodes', ''];
  for (const id of Object.keys(scenario.nodes)) {
    const node = scenario.nodes[id] as ScenarioNode;
    path[1] = id;
    switch (node.type) {
      case 'dialogue':
        if (!node.choices) break;
        path.push('choices', 0, 'requires');
        for (let i = 0; i < node.choices.length; i++) {
          const requires = node.choices[i]?.requires;
          path[3] = i;
          if (requires) forEachCondition(requires, path, visit);
        }
        path.length = 2;
        break;
      case 'branch':
        path.push('cases', 0, 'if');
        for (let i = 0; i < node.cases.length; i++) {
          path[3] = i;
          forEachCondition(node.cases[i]!.if, path, visit);
        }
        path.length = 2;
        break;
      case 'ending':
        if (node.claims) {
          path.push('claims', 0);
          for (let i = 0; i < node.claims.length; i++) {
            path[3] = i;
            forEachCondition(node.claims[i]!, path, visit);
          }
          path.length = 2;
        }
        if (node.debriefLines) {
          path.push('debriefLines', 0, 'if');
          for (let i = 0; i < node.debriefLines.length; i++) {
            path[3] = i;
            forEachCondition(node.debriefLines[i]!.if, path, visit);
          }
          path.length = 2;
        }
        break;
      case 'quiz':
        break;
      default: {
        const never: never = node;
        throw new Error(`unknown node ${JSON.stringify(never)}`);
      }
    }
  }
}
