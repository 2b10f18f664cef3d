/**
 * Effects, defined once: their shape (the schema the type is inferred from), how they change a story
 * state (a meter within its range, a flag), which names they use (for the reference check), and
 * which part of the state they write (for the walk, which carries only what conditions read).
 *
 * Each kind of effect is a key of the effects object and one entry of `KINDS`, a record over the
 * schema's keys: a kind added to the schema and not given its rules here fails `tsc`. See
 * docs/AUTHORING.md ("For contributors") for what else a kind needs.
 */
import * as v from 'valibot';
import type { NameKind } from './conditions';
import type { Meter, Scenario } from './schema';
import type { StoryState } from './state';

/** Documentation for authors, carried by the JSON Schema to their editors' hover (as in schema.ts). */
const doc = <const S extends v.GenericSchema>(schema: S, description: string) => v.pipe(schema, v.description(description));

export const EffectsSchema = doc(
  v.strictObject({
    meters: v.optional(
      doc(
        v.record(v.string(), v.number()),
        'Meter id → how much to add (negative to subtract); the meter stays within its `min`..`max`. E.g. `{ "tension": 10, "trust": -5 }`.',
      ),
    ),
    flags: v.optional(
      doc(v.record(v.string(), v.boolean()), 'Flag id → the value it takes from now on, e.g. `{ "consulted-allies": true }`.'),
    ),
  }),
  'What happens to the story state: `{ "meters": { id: change }, "flags": { id: true|false } }`.',
);

export type Effects = v.InferOutput<typeof EffectsSchema>;
type Kind = keyof Effects;

// Ids such as `constructor` are valid kebab-case, so lookups must never reach Object.prototype.
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A meter's value kept within its range: effects never take it below `min` or above `max`. */
function clamp(meter: Meter, value: number): number {
  return Math.min(meter.max, Math.max(meter.min, value));
}

interface KindRules<K extends Kind> {
  /** What each key of the kind names: the reference check reports one that does not exist, and the walk carries it if a condition reads it. */
  names: Extract<NameKind, 'meter' | 'flag'>;
  /** Writes the kind's entries into `next`, a state whose meters and flags are already copies. */
  apply(entries: NonNullable<Effects[K]>, next: StoryState, scenario: Scenario): void;
}

const KINDS: { [K in Kind]: KindRules<K> } = {
  meters: {
    names: 'meter',
    apply(entries, next, scenario) {
      for (const id of Object.keys(entries)) {
        const meter = own(scenario.meters, id);
        // A meter the scenario lacks is E_REF's to report; the engine leaves it out.
        if (meter) next.meters[id] = clamp(meter, (own(next.meters, id) ?? meter.initial) + (entries[id] as number));
      }
    },
  },
  flags: {
    names: 'flag',
    apply(entries, next) {
      for (const id of Object.keys(entries)) next.flags[id] = entries[id] as boolean;
    },
  },
};

const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** The kind's entries, read alike for every kind: id → value. */
function entriesOf(effects: Effects, kind: Kind): Record<string, unknown> | undefined {
  return effects[kind];
}

/** Applies effects (meters clamped to their ranges); returns a new state. */
export function applyEffects(scenario: Scenario, state: StoryState, effects: Effects | undefined): StoryState {
  if (!effects) return state;
  const next: StoryState = { ...state, meters: { ...state.meters }, flags: { ...state.flags } };
  for (const kind of KIND_NAMES) applyKind(kind, effects, next, scenario);
  return next;
}

function applyKind<K extends Kind>(kind: K, effects: Effects, next: StoryState, scenario: Scenario): void {
  const entries = effects[kind];
  if (entries) KINDS[kind].apply(entries, next, scenario);
}

/** Hands over each name the effects use, with what it names and the keys it is written under (for the reference check). */
export function forEachNameIn(effects: Effects, visit: (kind: NameKind, name: string, at: [Kind, string]) => void): void {
  for (const kind of KIND_NAMES) {
    const entries = entriesOf(effects, kind);
    if (entries) for (const id of Object.keys(entries)) visit(KINDS[kind].names, id, [kind, id]);
  }
}

/** What the walk carries of a story state: the meters and flags that some condition reads. */
export type Carried = Record<KindRules<Kind>['names'], ReadonlySet<string>>;

/**
 * The part of `effects` that writes what the walk carries, with a spelling that is equal for equal
 * parts (so each distinct change is worked out once); undefined when they write nothing it carries.
 * Each meter is clamped on its own and each flag set on its own, so this part applied to the carried
 * part of a state gives exactly that part of the full result.
 */
export function carriedPart(effects: Effects, carried: Carried): { effects: Effects; spelling: string } | undefined {
  const part: Record<string, Record<string, unknown>> = {};
  let spelling = '';
  for (const kind of KIND_NAMES) {
    const entries = entriesOf(effects, kind);
    // Without a prototype, so that any id, `__proto__` included, is an ordinary key.
    const kept = Object.create(null) as Record<string, unknown>;
    if (entries) {
      for (const id of Object.keys(entries)) {
        if (!carried[KINDS[kind].names].has(id)) continue;
        kept[id] = entries[id];
        spelling += `${JSON.stringify(id)}:${String(entries[id])},`;
      }
    }
    part[kind] = kept;
    spelling += '|';
  }
  return spelling === '|'.repeat(KIND_NAMES.length) ? undefined : { effects: part, spelling };
}
