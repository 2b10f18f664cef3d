/**
 * A quick yes to "does valibot accept this value?", compiled once from the valibot schema itself:
 * plain checks, no result objects and no copy of the value, where valibot builds both for every
 * value. It only ever says yes when valibot would find no issue (it follows valibot's own rules
 * for each kind of schema it knows, and says no to any other); a no means nothing, and the full
 * check runs to find and word the issues. Records must be objects here, not lists (valibot takes
 * a list as a record), so a yes also means the list-for-map check has nothing to say.
 */
import type * as v from 'valibot';

type Check = (value: unknown) => boolean;

/** valibot's schemas and the actions in their pipes, read structurally. */
interface Node {
  kind: string;
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node | string;
  value?: Node;
  wrapped?: Node;
  default?: unknown;
  options?: readonly unknown[];
  literal?: unknown;
  getter?: (input: unknown) => Node;
  pipe?: readonly Node[];
  requirement?: unknown;
}

const compiled = new WeakMap<Node, Check>();
const refuse: Check = () => false;

/** The quick check of a schema, compiled once per schema (a lazy schema's inner one when first met). */
export function quickCheck(schema: v.GenericSchema): Check {
  return checkOf(schema);
}

function checkOf(node: Node): Check {
  let check = compiled.get(node);
  if (!check) {
    check = compile(node);
    compiled.set(node, check);
  }
  return check;
}

/** Loops rather than callbacks: the checks run for every value of a file. */
function all(checks: readonly Check[], value: unknown): boolean {
  for (const check of checks) if (!check(value)) return false;
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The keys valibot skips in records without checking them; files with them take the full check. */
function isPrototypeKey(key: string): boolean {
  return key === '__proto__' || key === 'prototype' || key === 'constructor';
}

function compile(node: Node): Check {
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const literal = node.literal;
      // valibot compares with SameValueZero, which is === except for NaN, which JSON has not.
      return (value) => value === literal;
    }
    case 'picklist': {
      const options = node.options ?? [];
      return (value) => options.includes(value);
    }
    case 'optional': {
      if (node.default !== undefined || !node.wrapped) return refuse;
      const wrapped = checkOf(node.wrapped);
      return (value) => value === undefined || wrapped(value);
    }
    case 'lazy': {
      const getter = node.getter;
      if (!getter) return refuse;
      return (value) => checkOf(getter(value))(value);
    }
    case 'array': {
      if (!node.item) return refuse;
      const item = checkOf(node.item);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const element of value) if (!item(element)) return false;
        return true;
      };
    }
    case 'record':
      return compileRecord(node);
    case 'strict_object':
      return compileStrictObject(node);
    case 'variant':
      return compileVariant(node);
    case 'union': {
      // valibot's union accepts a value exactly when one of its options does.
      const options = (node.options ?? []).map((option) => checkOf(option as Node));
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    default:
      return refuse;
  }
}

/** The schema first, then its validations; any other action (a transformation) is left to valibot. */
function compilePipe(pipe: readonly Node[]): Check {
  const [schema, ...actions] = pipe;
  if (!schema) return refuse;
  const checks = [checkOf(schema)];
  for (const action of actions) {
    if (action.kind === 'metadata') continue;
    if (action.kind !== 'validation') return refuse;
    const requirement = action.requirement;
    switch (action.type) {
      case 'min_length':
        checks.push((value) => (value as { length: number }).length >= (requirement as number));
        break;
      case 'max_length':
        checks.push((value) => (value as { length: number }).length <= (requirement as number));
        break;
      case 'min_value':
        checks.push((value) => (value as number) >= (requirement as number));
        break;
      case 'max_value':
        checks.push((value) => (value as number) <= (requirement as number));
        break;
      case 'integer':
        checks.push((value) => Number.isInteger(value));
        break;
      case 'iso_date':
        checks.push((value) => (requirement as RegExp).test(value as string));
        break;
      default:
        return refuse;
    }
  }
  return (value) => all(checks, value);
}

function compileRecord(node: Node): Check {
  if (typeof node.key !== 'object' || !node.value) return refuse;
  const key = checkOf(node.key);
  const item = checkOf(node.value);
  return (value) => {
    if (!isObject(value) || Array.isArray(value)) return false;
    for (const entry in value) {
      if (!Object.hasOwn(value, entry) || isPrototypeKey(entry) || !key(entry) || !item(value[entry])) return false;
    }
    return true;
  };
}

/** As valibot reads a strict object: each entry the value has (`in`, as valibot asks), each required one present, no other key. */
function compileStrictObject(node: Node): Check {
  const entries = Object.entries(node.entries ?? {}).map(([key, schema]) => ({
    key,
    check: checkOf(schema),
    required: schema.type !== 'optional' && schema.type !== 'exact_optional' && schema.type !== 'nullish',
    hasDefault: schema.default !== undefined,
  }));
  if (entries.some((entry) => entry.hasDefault)) return refuse;
  const known = node.entries ?? {};
  return (value) => {
    if (!isObject(value)) return false;
    for (const { key, check, required } of entries) {
      if (key in value) {
        if (!check(value[key])) return false;
      } else if (required) return false;
    }
    for (const key in value) if (!Object.hasOwn(known, key)) return false;
    return true;
  };
}

/**
 * valibot's variant runs the first option whose discriminator fits, and that option's result is
 * the variant's (a later option does not replace an earlier one that failed); so does this.
 */
function compileVariant(node: Node): Check {
  const key = node.key;
  if (typeof key !== 'string') return refuse;
  const options: { discriminator: Check; check: Check }[] = [];
  for (const option of (node.options ?? []) as Node[]) {
    const discriminator = option.entries?.[key];
    if (
      option.type === 'variant' ||
      !discriminator ||
      discriminator.type === 'optional' ||
      discriminator.type === 'exact_optional' ||
      discriminator.type === 'nullish'
    )
      return refuse;
    options.push({ discriminator: checkOf(discriminator), check: checkOf(option) });
  }
  return (value) => {
    if (!isObject(value) || !(key in value)) return false;
    for (const option of options) if (option.discriminator(value[key])) return option.check(value);
    return false;
  };
}
