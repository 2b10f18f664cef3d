/** Helpers for tests that mutate JSON values at random places. */

/** A place in a JSON value: the keys and indexes that lead to it. */
export type Path = (string | number)[];

/** Every place in a value, the root first, in a fixed order, so a random number can pick one. */
export function places(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => places(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) places(item, [...path, key], out);
  return out;
}
