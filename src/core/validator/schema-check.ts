/**
 * The shape check: runs the valibot `ScenarioSchema` and rewrites its issues as diagnostics that say
 * what is wrong and what to do, at the position of the offending value.
 */
import * as v from 'valibot';
import { ConditionSchema, FORMAT, FORMAT_VERSION, ScenarioSchema, type Scenario } from '../model/schema';
import type { Diagnostic, DiagnosticSink } from './diagnostics';
import { toPointer, type JsonPath } from './json-document';
import { describeValue, isObject, own, PROTOTYPE_KEYS, valueAt } from './json-value';
import { quickCheck } from './quick-shape';
import { nearest } from './suggest';

type Issue = v.BaseIssue<unknown>;
// The schema is walked structurally (entries, item, options, getter) to name allowed keys; valibot's
// schema objects expose these as plain properties.
type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  value?: AnySchema;
  wrapped?: AnySchema;
  options?: AnySchema[];
  key?: string;
  literal?: unknown;
  getter?: (input: unknown) => AnySchema;
};

const SCENARIO_SCHEMA = ScenarioSchema as unknown as AnySchema;

/**
 * Reports a `formatVersion` newer than this game reads. Such a file is checked no further: its other
 * keys follow rules this version does not know.
 */
export function checkFormatVersion(root: unknown, sink: DiagnosticSink): boolean {
  const version = own(root, 'formatVersion');
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    sink.report(
      ['formatVersion'],
      'E_FORMAT',
      `this file is format version ${version}; this game reads version ${FORMAT_VERSION}, update the game`,
    );
    return false;
  }
  return true;
}

/**
 * Returns the typed scenario when the shape is right; reports every shape problem otherwise.
 * `hasPrototypeKeys` says whether the value has keys that valibot would skip (see `withAliasedKeys`).
 */
export function checkShape(
  root: unknown,
  hasPrototypeKeys: boolean,
  sink: DiagnosticSink,
  readable: ReadonlySet<Diagnostic>,
): Scenario | undefined {
  if (!isObject(root)) {
    sink.report([], 'E_SCHEMA', `a scenario file holds one JSON object { "format": "${FORMAT}", … }, not ${describeValue(root)}`);
    return undefined;
  }
  checkDialogueEndings(root, sink);
  // Most files are well formed: the quick check says so without valibot's copy of the whole value.
  // Prototype-like keys need valibot's own reading of them (see `withAliasedKeys`).
  if (!hasPrototypeKeys && quickCheck(ScenarioSchema)(root)) return sink.hasErrorsBesides(readable) ? undefined : (root as Scenario);
  checkListsForMaps(SCENARIO_SCHEMA, root, [], sink);
  const result = v.safeParse(ScenarioSchema, hasPrototypeKeys ? withAliasedKeys(root) : root, { abortEarly: false });
  // The schema transforms nothing, so the checked value is the scenario. valibot's own output is not
  // used: its records drop the keys `constructor` and `prototype`, which are valid kebab-case ids.
  if (result.success) return sink.hasErrorsBesides(readable) ? undefined : (root as Scenario);
  reportIssues(result.issues, [], root, SCENARIO_SCHEMA, sink);
  return undefined;
}

/**
 * valibot takes a list where a map of ids is expected (`"nodes": []` passes as an empty record, and
 * `[{…}]` as a record with the key "0"), so lists are looked for wherever the schema has a record.
 */
function checkListsForMaps(schema: AnySchema, value: unknown, path: (string | number)[], sink: DiagnosticSink): void {
  if (typeof value !== 'object' || value === null) return;
  const here = resolve(schema, value);
  if (here.type === 'record' && Array.isArray(value)) {
    sink.report(
      [...path],
      'E_SCHEMA',
      `"${String(path[path.length - 1] ?? '')}" must be an object that maps ids to entries, { "some-id": { … } }, not a list [ … ]`,
    );
  } else if (here.type === 'record' && here.value && isObject(value)) {
    for (const key of Object.keys(value)) checkListsForMapsAt(here.value, value[key], key, path, sink);
  } else if (here.type === 'strict_object' && isObject(value)) {
    for (const [key, entry] of entriesWithRecords(here)) checkListsForMapsAt(entry, own(value, key), key, path, sink);
  } else if (here.type === 'array' && here.item && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkListsForMapsAt(here.item, value[i], i, path, sink);
  }
}

function checkListsForMapsAt(
  schema: AnySchema | undefined,
  value: unknown,
  key: string | number,
  path: (string | number)[],
  sink: DiagnosticSink,
): void {
  if (!schema || typeof value !== 'object' || value === null || !mayHoldRecord(schema)) return;
  path.push(key);
  checkListsForMaps(schema, value, path, sink);
  path.pop();
}

/** The schemas directly inside a schema, whatever value it meets (a lazy schema's is the same for any). */
function innerSchemas(schema: AnySchema): AnySchema[] {
  const inner = [...(schema.options ?? []), ...Object.values(schema.entries ?? {})];
  for (const one of [schema.wrapped, schema.item, schema.value, schema.type === 'lazy' ? schema.getter?.(undefined) : undefined]) {
    if (one) inner.push(one);
  }
  return inner;
}

const holdsRecord = new WeakMap<AnySchema, boolean>();

/** Whether a record can be met inside values of this schema; the others (texts, conditions, …) need no look. */
function mayHoldRecord(schema: AnySchema): boolean {
  let known = holdsRecord.get(schema);
  if (known === undefined) {
    // Reachability in the schema graph, which is cyclic through lazy conditions.
    const seen = new Set<AnySchema>([schema]);
    const queue = [schema];
    known = false;
    for (let i = 0; i < queue.length && !known; i++) {
      const current = queue[i] as AnySchema;
      if (current.type === 'record') known = true;
      for (const inner of innerSchemas(current)) {
        if (!seen.has(inner)) {
          seen.add(inner);
          queue.push(inner);
        }
      }
    }
    holdsRecord.set(schema, known);
  }
  return known;
}

const recordEntries = new WeakMap<AnySchema, [string, AnySchema][]>();

/** The entries of an object schema inside which a record can be met. */
function entriesWithRecords(schema: AnySchema): [string, AnySchema][] {
  let entries = recordEntries.get(schema);
  if (!entries) {
    entries = Object.entries(schema.entries ?? {}).filter(([, entry]) => mayHoldRecord(entry));
    recordEntries.set(schema, entries);
  }
  return entries;
}

/** A dialogue line goes on either by the player's choice or by Continue; the schema cannot say "exactly one". */
function checkDialogueEndings(root: Record<string, unknown>, sink: DiagnosticSink): void {
  const nodes = own(root, 'nodes');
  if (!isObject(nodes)) return;
  for (const [id, node] of Object.entries(nodes)) {
    if (own(node, 'type') !== 'dialogue') continue;
    const hasChoices = own(node, 'choices') !== undefined;
    const hasNext = own(node, 'next') !== undefined;
    if (hasChoices && hasNext) {
      sink.report(
        ['nodes', id, 'next'],
        'E_SCHEMA',
        'a dialogue node has either "choices" (the player answers) or "next" (a Continue button), never both; remove one of them',
      );
    } else if (!hasChoices && !hasNext) {
      sink.report(
        ['nodes', id],
        'E_SCHEMA',
        'a dialogue node needs "choices" (the player answers) or "next" (a line with a Continue button); add one of them',
      );
    }
  }
}

/**
 * valibot skips the keys `constructor` and `prototype` (and `__proto__`) of a record without checking
 * their values, to keep them off prototypes. They are valid ids here, so the schema check sees them
 * under aliases, and issue paths are translated back.
 */
const ALIAS_MARK = '\u0000';

/** Copies only the objects on the way to such a key; almost every file has none and is returned as it is. */
function withAliasedKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withAliasedKeys);
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (!isObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  const keys = Object.keys(value);
  keys.forEach((key, i) => {
    const item = value[key];
    const aliased = withAliasedKeys(item);
    if (!copy && (aliased !== item || PROTOTYPE_KEYS.has(key))) {
      copy = {};
      for (const earlier of keys.slice(0, i)) copy[earlier] = value[earlier];
    }
    if (copy) copy[PROTOTYPE_KEYS.has(key) ? key + ALIAS_MARK : key] = aliased;
  });
  return copy ?? value;
}

function unalias(key: unknown): string | number {
  if (typeof key === 'number') return key;
  const text = String(key);
  return text.endsWith(ALIAS_MARK) ? text.slice(0, -ALIAS_MARK.length) : text;
}

function reportIssues(issues: readonly Issue[], prefix: JsonPath, root: unknown, rootSchema: AnySchema, sink: DiagnosticSink): void {
  // Missing keys of one object are told in one line, not one line each.
  const missing = new Map<string, { path: JsonPath; keys: string[] }>();
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path ?? []).map((item) => unalias(item.key))];
    const key = path[path.length - 1];
    const isMissingKey =
      issue.type === 'strict_object' && issue.expected !== 'never' && typeof key === 'string' && valueAt(root, path) === undefined;
    if (isMissingKey && !(path.length === 1 && (key === 'format' || key === 'formatVersion'))) {
      const objectPath = path.slice(0, -1);
      const entry = missing.get(toPointer(objectPath)) ?? { path: objectPath, keys: [] };
      entry.keys.push(key);
      missing.set(toPointer(objectPath), entry);
    } else reportIssue(issue, path, root, rootSchema, sink);
  }
  for (const { path, keys } of missing.values()) {
    const list = keys.map((k) => `"${k}"`).join(', ');
    sink.report(path, 'E_SCHEMA', keys.length === 1 ? `missing required key ${list}; add it` : `missing required keys ${list}; add them`);
  }
}

function reportIssue(issue: Issue, path: JsonPath, root: unknown, rootSchema: AnySchema, sink: DiagnosticSink): void {
  const key = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const value = valueAt(root, path);

  if (path.length === 1 && (key === 'format' || key === 'formatVersion')) {
    const expected = key === 'format' ? JSON.stringify(FORMAT) : String(FORMAT_VERSION);
    const what = value === undefined ? `"${key}" is missing` : `"${key}" is ${describeValue(value)}`;
    sink.report(value === undefined ? [] : path, 'E_FORMAT', `${what}; a Crisis Table scenario has "${key}": ${expected}`);
    return;
  }
  if (issue.type === 'union') {
    reportCondition(path, value, root, rootSchema, sink);
    return;
  }
  if (issue.type === 'variant') {
    reportNodeType(issue, path, value, sink);
    return;
  }
  if (issue.type === 'strict_object' && typeof key === 'string') {
    const allowed = Object.keys(schemaAt(rootSchema, root, parentPath)?.entries ?? {});
    const match = nearest(key, allowed);
    const hint = match
      ? `did you mean "${match}"?`
      : `the keys allowed here are ${allowed.map((k) => `"${k}"`).join(', ')} (or your own, starting with "x-")`;
    sink.report(path, 'E_SCHEMA', `unknown key "${key}"; ${hint}`, 'key');
    return;
  }
  const label = typeof key === 'number' ? `item ${key}` : key === undefined ? 'the value' : `"${key}"`;
  if (issue.kind === 'validation') {
    sink.report(path, 'E_SCHEMA', `${label} ${validationMessage(issue)} (it is ${describeValue(value)})`);
    return;
  }
  if (value === undefined) {
    sink.report(parentPath, 'E_SCHEMA', `missing required key "${String(key)}"; add it`);
    return;
  }
  sink.report(path, 'E_SCHEMA', `${label} must be ${describeExpected(issue.expected)}, but it is ${describeValue(value)}`);
}

/** The schema's own messages ("must not be empty") are already phrased for authors; the others are rephrased. */
function validationMessage(issue: Issue): string {
  if (!issue.message.startsWith('Invalid')) return issue.message;
  const requirement = (issue as Issue & { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'min_value':
      return `must be at least ${String(requirement)}`;
    case 'max_value':
      return `must be at most ${String(requirement)}`;
    case 'min_length':
      return `must have at least ${String(requirement)} item(s)`;
    case 'max_length':
      return `must have at most ${String(requirement)} item(s)`;
    default:
      return `is not valid: ${issue.message}`;
  }
}

function describeExpected(expected: string | null): string {
  switch (expected) {
    case 'string':
      return 'text in "quotes"';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'Object':
      return 'an object { … }';
    case 'Array':
      return 'a list [ … ]';
    case null:
      return 'something else';
    default:
      // Literals and picklists arrive as `"a"` or `("a" | "b")`.
      return expected.startsWith('(') ? `one of ${expected.slice(1, -1).split(' | ').join(', ')}` : expected;
  }
}

function reportNodeType(issue: Issue, path: JsonPath, value: unknown, sink: DiagnosticSink): void {
  const types = [...(issue.expected ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
  const list = types.map((t) => `"${t}"`).join(', ');
  if (path[path.length - 1] !== 'type') {
    sink.report(path, 'E_SCHEMA', `a node must be an object such as { "type": "dialogue", … }, not ${describeValue(value)}`);
  } else if (value === undefined) {
    sink.report(path.slice(0, -1), 'E_SCHEMA', `this node has no "type"; add one of ${list}`);
  } else {
    const match = typeof value === 'string' ? nearest(value, types) : undefined;
    sink.report(
      path,
      'E_SCHEMA',
      `unknown node type ${describeValue(value)}; the types are ${list}${match ? `; did you mean "${match}"?` : ''}`,
    );
  }
}

/**
 * A condition is a union of six shapes, and valibot can only say "matches none of them". The shape is
 * picked by the key that names it (meter, flag, visited, all, any, not) and checked alone, so the
 * author hears what is wrong inside the shape they meant.
 */
function reportCondition(path: JsonPath, value: unknown, root: unknown, rootSchema: AnySchema, sink: DiagnosticSink): void {
  const shapes = resolve(ConditionSchema, undefined).options ?? [];
  const kinds = shapes.map((shape) => Object.keys(shape.entries ?? {})[0] ?? '');
  const kindList = kinds.map((k) => `"${k}"`).join(', ');
  if (!isObject(value)) {
    sink.report(
      path,
      'E_SCHEMA',
      `a condition must be an object such as { "flag": "…" } or { "meter": "…", "gte": 50 }, not ${describeValue(value)}`,
    );
    return;
  }
  const present = kinds.filter((kind) => Object.hasOwn(value, kind));
  if (present.length > 1) {
    sink.report(
      path,
      'E_SCHEMA',
      `a condition has exactly one of ${kindList}; this one has ${present.map((k) => `"${k}"`).join(' and ')}; combine them with { "all": [ … ] }`,
    );
    return;
  }
  const shape = shapes[kinds.indexOf(present[0] ?? '')];
  if (!shape) {
    const typo = Object.keys(value)
      .map((k) => nearest(k, kinds))
      .find((m) => m !== undefined);
    sink.report(path, 'E_SCHEMA', `a condition needs one of the keys ${kindList}${typo ? `; did you mean "${typo}"?` : ''}`);
    return;
  }
  const result = v.safeParse(shape, value, { abortEarly: false });
  if (!result.success) reportIssues(result.issues, path, root, rootSchema, sink);
}

/** The schema that applies at a path of the actual value, following records, lists, variants and lazies. */
function schemaAt(rootSchema: AnySchema, root: unknown, path: JsonPath): AnySchema | undefined {
  let schema: AnySchema | undefined = resolve(rootSchema, root);
  let value = root;
  for (const segment of path) {
    if (!schema) return undefined;
    if (schema.type === 'strict_object') schema = schema.entries?.[String(segment)];
    else if (schema.type === 'record') schema = schema.value;
    else if (schema.type === 'array') schema = schema.item;
    else return undefined;
    value = own(value, segment);
    schema = schema && resolve(schema, value);
  }
  return schema;
}

/** Unwraps optional and lazy schemas, and picks the option of a variant or union that fits the value. */
function resolve(schema: AnySchema, value: unknown): AnySchema {
  let current = schema;
  for (;;) {
    if (current.type === 'optional' && current.wrapped) current = current.wrapped;
    else if (current.type === 'lazy' && current.getter) current = current.getter(value);
    else if (current.type === 'variant' && current.options && current.key) {
      const key = current.key;
      const option = current.options.find((o) => o.entries?.[key]?.literal === own(value, key));
      if (!option) return current;
      current = option;
    } else if (current.type === 'union' && current.options) {
      // A condition's shape is named by its first key (meter, flag, visited, all, any, not).
      const fitting = current.options.filter((o) => Object.hasOwn(isObject(value) ? value : {}, Object.keys(o.entries ?? {})[0] ?? ''));
      if (fitting.length !== 1 || !fitting[0]) return current;
      current = fitting[0];
    } else return current;
  }
}
