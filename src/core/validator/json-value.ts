/** Small, prototype-safe helpers for reading the plain value of a file whose shape is not yet known. */
import type { JsonPath } from './json-document';

export type JsonObject = Record<string, unknown>;

/** Keys that name members of Object.prototype's machinery rather than ordinary data. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['constructor', 'prototype', '__proto__']);

/** The author's own keys, which the checks leave out. */
export function isAuthorKey(key: string): boolean {
  return key.startsWith('x-');
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: ids such as `constructor` must never find Object.prototype's members. */
export function own(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? value[key] : undefined;
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const segment of path) value = own(value, segment);
  return value;
}

/** How a value reads in a message: strings quoted and shortened, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list []' : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object { … }';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}
